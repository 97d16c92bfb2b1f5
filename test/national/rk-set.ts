/**
 * A national batch as the ministry receives it (issue 14): 106 kab/kota in the allocation table,
 * RKs from the proposal factory, with planted differences: pagu ≠ allocation, kab/kota that sent
 * no RK, an RK whose kab/kota is not in the table, one whose name fits two rows, and spellings
 * that must still match ("Kabupaten X" / "KAB. X", doubled spaces). Used by the test, the bench
 * and the README screenshots.
 */
import { join } from "node:path";
import ExcelJS from "exceljs";
import { buildProposal } from "../cli/proposal-factory";

const PROVINSI = [
  "Aceh",
  "Sumatera Barat",
  "Jawa Barat",
  "Jawa Tengah",
  "Jawa Timur",
  "Nusa Tenggara Barat",
  "Nusa Tenggara Timur",
  "Kalimantan Selatan",
  "Sulawesi Selatan",
  "Maluku",
];
const HEADS = ["Suka", "Tanjung", "Bukit", "Sungai", "Pulau", "Batu", "Muara", "Gunung", "Rantau", "Teluk", "Air"];
const TAILS = ["maju", "jaya", "makmur", "indah", "raya", "baru", "sari", "mulya", "tinggi", "permai"];

export interface RkSet {
  readonly dir: string;
  readonly alokasi: string;
  /** Expected allocation findings: file name -> codes. Every other file has none. */
  readonly findings: Readonly<Record<string, readonly string[]>>;
  /** Kab/kota (as in the table) expected in the missing list, in table order. */
  readonly missing: readonly string[];
  readonly files: number;
}

export const PLANTED = { differs: [3, 17, 40, 77], missing: [10, 25, 50, 90, 105] } as const;

export async function writeRkSet(dir: string, lines = 8): Promise<RkSet> {
  const entries = Array.from({ length: 106 }, (_, i) => {
    const base = `${HEADS[i % HEADS.length]}${TAILS[Math.floor(i / HEADS.length)]}`;
    const kind = i % 3 === 0 ? "Kota" : "Kab.";
    return { provinsi: PROVINSI[Math.floor(i / 11)], base, kind, name: `${kind} ${base}` };
  });
  // Two rows with one name, a kabupaten and a kota (as Kab. and Kota Bandung): a bare name is ambiguous.
  entries[61] = { ...entries[60], kind: entries[60].kind === "Kota" ? "Kab." : "Kota" };
  entries[61].name = `${entries[61].kind} ${entries[61].base}`;

  const findings: Record<string, string[]> = {};
  const table: [string, string, number][] = [];
  let files = 0;
  for (const [i, e] of entries.entries()) {
    const spelled = i % 7 === 0 ? `${e.kind === "Kab." ? "Kabupaten" : "KOTA"} ${e.base}` : e.name;
    const wb = buildProposal({ lines, kabKota: spelled, provinsi: e.provinsi });
    const pagu = Number(wb.worksheets[0].getCell("C7").value);
    const differs = (PLANTED.differs as readonly number[]).includes(i);
    const tableName = i % 11 === 4 ? e.name.replace(" ", "  ").toUpperCase() : e.name;
    table.push([e.provinsi, tableName, differs ? pagu + 25_000_000 : pagu]);
    if ((PLANTED.missing as readonly number[]).includes(i)) continue;
    const file = `rk-${String(i + 1).padStart(3, "0")}.xlsx`;
    await wb.xlsx.writeFile(join(dir, file));
    files++;
    if (differs) findings[file] = ["PAGU_NOT_ALLOCATION"];
  }
  const extras: [string, string, string][] = [
    ["rk-tidak-dikenal.xlsx", "Kab. Tidakada Raya", "Maluku"],
    ["rk-nama-ganda.xlsx", entries[60].base, "Papua"],
  ];
  for (const [file, kabKota, provinsi] of extras) {
    await buildProposal({ lines, kabKota, provinsi }).xlsx.writeFile(join(dir, file));
    findings[file] = ["ALLOCATION_UNKNOWN"];
    files++;
  }
  const alokasi = join(dir, "alokasi.xlsx");
  await writeAllocationTable(alokasi, table);
  return {
    dir,
    alokasi,
    findings,
    missing: PLANTED.missing.map((i) => table[i][1]),
    files,
  };
}

/** The table as a ministry spreadsheet: title, TA, provinsi written once per group, Rp juta with decimals. */
async function writeAllocationTable(path: string, rows: readonly [string, string, number][]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Alokasi IKM 2020");
  ws.getCell("A1").value = "RINCIAN ALOKASI DAK FISIK BIDANG INDUSTRI KECIL DAN MENENGAH";
  ws.getCell("A2").value = "Tahun Anggaran";
  ws.getCell("B2").value = 2020;
  ws.getRow(4).values = ["NO", "PROVINSI", "KABUPATEN/KOTA", "ALOKASI (Rp)"];
  let last = "";
  rows.forEach(([provinsi, kabKota, pagu], i) => {
    ws.getRow(5 + i).values = [i + 1, provinsi === last ? null : provinsi, kabKota, pagu];
    last = provinsi;
  });
  ws.getRow(5 + rows.length).values = [null, null, "JUMLAH", rows.reduce((a, r) => a + r[2], 0)];
  await wb.xlsx.writeFile(path);
}
