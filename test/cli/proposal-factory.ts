/**
 * Writes realistic flat RK workbooks (the layout of test/fixtures/samples/rk-datar.xlsx) for the
 * CLI tests and the CLI benchmark: a merged title, the meta block, the standard header, N lines
 * that respect the default TA 2020 ruleset, a JUMLAH row and pagu = total. A few named problems
 * can be planted, each on a known cell, so tests check exit codes and findings end to end.
 */
import { RK_LINE_COLUMNS } from "../../src/core/templates/rk";
import ExcelJS from "exceljs";

const M1 = "Pembangunan dan Revitalisasi Sentra IKM";
const MP = "Kegiatan Penunjang";

interface Line {
  menu: string;
  rincian: string;
  uraian: string;
  vol: number;
  sat: string;
  harga: number | string;
  met: string;
  jumlah?: number;
}

/** Lines that cycle through construction, machinery and infrastructure rincian (all valid). */
const BUILD: readonly Omit<Line, "uraian">[] = [
  { menu: M1, rincian: "Mesin dan Peralatan", vol: 2, sat: "unit", harga: 36_250_000, met: "Kontraktual" },
  { menu: M1, rincian: "Mesin dan Peralatan", vol: 4, sat: "set", harga: 9_600_000, met: "Kontraktual" },
  { menu: M1, rincian: "Rumah Produksi Bersama", vol: 120, sat: "m2", harga: 5_175_000, met: "Kontraktual" },
  { menu: M1, rincian: "Gudang", vol: 60, sat: "m2", harga: 3_450_000, met: "Kontraktual" },
  { menu: M1, rincian: "Drainase", vol: 80, sat: "m", harga: 690_000, met: "Kontraktual" },
  { menu: M1, rincian: "Jalan dan Paving Lingkungan", vol: 200, sat: "m2", harga: 187_500, met: "Kontraktual" },
];

export type Problem =
  | "amount" // H of the first line: jumlah ≠ volume × harga satuan (AMOUNT_MISMATCH, error)
  | "satuan" // F of the second line: "ls" for a machine (SATUAN_INVALID, error)
  | "text-number" // G of the third line: "Rp14.750.000,00" (NUMBER_AS_TEXT, warning)
  | "honor" // a Biaya Tender line paying an honorarium (HONOR_NOT_ALLOWED, error)
  | "hostile"; // uraian starting with "=" and containing quotes, commas, a newline (no finding)

export interface ProposalSpec {
  lines: number;
  kabKota?: string;
  provinsi?: string;
  problems?: readonly Problem[];
  sheet?: string;
  /** Pagu minus the total (default 0: pagu = total; negative: PAGU_EXCEEDED). */
  paguSlack?: number;
  /** Jumlah Unit IKM of the sentra (default 112; under 5: SENTRA_TOO_SMALL). */
  units?: number;
  /** Uraian of the honorarium line (problem "honor"). */
  honorUraian?: string;
}

export const HOSTILE_URAIAN = '=HYPERLINK("http://x","klik"), "kutip"\nbaris dua';

/** The workbook as an exceljs object, so tests can add to it before writing. */
export function buildProposal(spec: ProposalSpec): ExcelJS.Workbook {
  const problems = new Set(spec.problems ?? []);
  const lines: Line[] = [];
  const nBuild = Math.max(1, spec.lines - 3);
  for (let i = 0; i < nBuild; i++) {
    const b = BUILD[i % BUILD.length];
    lines.push({ ...b, uraian: `${b.rincian} paket ${i + 1}` });
  }
  if (problems.has("amount")) lines[0].jumlah = Number(lines[0].vol) * Number(lines[0].harga) + 5_000_000;
  if (problems.has("satuan") && lines[1]) lines[1].sat = "ls";
  if (problems.has("text-number") && lines[2]) lines[2].harga = "Rp14.750.000,00";
  if (problems.has("hostile")) lines[0].uraian = HOSTILE_URAIAN;
  const buildTotal = lines.reduce((a, l) => a + amountOf(l), 0);
  // Penunjang lines kept well under the 5% cap.
  lines.push({
    menu: MP,
    rincian: "Rapat Koordinasi",
    uraian: "Rapat koordinasi pelaksanaan",
    vol: 2,
    sat: "kali",
    harga: 2_250_000,
    met: "Swakelola",
  });
  lines.push({
    menu: MP,
    rincian: "Perjalanan Dinas",
    uraian: "Perjalanan dinas monitoring",
    vol: 4,
    sat: "OH",
    harga: 395_000,
    met: "Swakelola",
  });
  if (problems.has("honor")) {
    lines.push({
      menu: MP,
      rincian: "Biaya Tender",
      uraian: spec.honorUraian ?? "Honor Pokja Pemilihan",
      vol: 1,
      sat: "OB",
      harga: 1_500_000,
      met: "Swakelola",
    });
  } else {
    const share = Math.max(1, Math.round((buildTotal * 0.02) / 1000) * 1000);
    lines.push({
      menu: MP,
      rincian: "Desain Perencanaan",
      uraian: "Jasa konsultan perencana DED",
      vol: 1,
      sat: "paket",
      harga: share,
      met: "Kontraktual",
    });
  }
  const total = lines.reduce((a, l) => a + amountOf(l), 0);

  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(spec.sheet ?? "Rencana Kegiatan");
  ws.mergeCells("A1:P1");
  ws.getCell("A1").value =
    `RENCANA KEGIATAN DAK FISIK BIDANG IKM TA 2020 - ${(spec.kabKota ?? "Kabupaten Cirebon").toUpperCase()}`;
  const meta: [string, string | number][] = [
    ["Tahun Anggaran", 2020],
    ["Provinsi", spec.provinsi ?? "Jawa Barat"],
    ["Kabupaten/Kota", spec.kabKota ?? "Kabupaten Cirebon"],
    ["Bidang", "Industri Kecil dan Menengah (IKM)"],
    ["Pagu (Rp)", total + (spec.paguSlack ?? 0)],
    ["Instansi Pelaksana", "Dinas Perindustrian"],
    ["Nama Sentra", "Sentra IKM Rotan Tegalwangi"],
    ["Jumlah Unit IKM", spec.units ?? 112],
    ["Nomor SK Sentra", "Keputusan Bupati Nomor 530/Kep.214/2018"],
  ];
  meta.forEach(([label, value], i) => {
    ws.getCell(3 + i, 2).value = label;
    ws.getCell(3 + i, 3).value = value;
  });
  // The standard RK line header, as the rk template writes it.
  const header = RK_LINE_COLUMNS.map((c) => c.header);
  const headerRow = 13;
  ws.getRow(headerRow).values = header;
  lines.forEach((l, i) => {
    ws.getRow(headerRow + 1 + i).values = [
      i + 1,
      l.menu,
      l.rincian,
      l.uraian,
      l.vol,
      l.sat,
      l.harga,
      amountOf(l),
      l.met,
      "Sentra IKM Rotan Tegalwangi",
      "Weru",
      "Tegalwangi",
      -6.74512,
      108.50633,
      "112 unit IKM rotan",
      null,
    ];
  });
  const totalRow = headerRow + lines.length + 1;
  ws.mergeCells(totalRow, 1, totalRow, 7);
  ws.getCell(totalRow, 1).value = "JUMLAH";
  ws.getCell(totalRow, 8).value = total;
  return wb;
}

function amountOf(l: Line): number {
  return l.jumlah ?? Math.round(l.vol * (typeof l.harga === "number" ? l.harga : 14_750_000));
}

export async function writeProposal(path: string, spec: ProposalSpec): Promise<void> {
  await buildProposal(spec).xlsx.writeFile(path);
}
