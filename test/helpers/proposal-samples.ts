/**
 * The three example RK workbooks of test/fixtures/samples (make-samples.mjs), rebuilt as Grids in
 * code with the same cells, so reading can be tested without the .xlsx adapter. Same lines, same
 * sites, same layouts: flat (rk-datar, rk-dengan-masalah) and KRISNA hierarchical
 * (rk-krisna-bertingkat). Merged cells keep their value in the top-left cell only, as in Excel.
 */
import type { CellValue, Grid } from "../../src/core/grid/types";
import { sheet, type SheetBuilder } from "./grid-builder";

export const M1 = "Pembangunan dan Revitalisasi Sentra IKM";
export const MP = "Kegiatan Penunjang";
const K = "Kontraktual";
const S = "Swakelola";

export interface SampleLine {
  readonly menu: string;
  readonly rincian: string;
  readonly uraian: string;
  readonly vol: number;
  readonly sat: string;
  readonly harga: number;
  readonly met: string;
  readonly jumlah?: number;
  readonly ket?: string;
  /** Values written instead of the computed ones (e.g. harga typed as text). */
  readonly raw?: Partial<Record<ColumnId, CellValue>>;
}

export interface Site {
  readonly prov: string;
  readonly kab: string;
  readonly sentra: string;
  readonly kec: string;
  readonly desa: string;
  readonly lat: number;
  readonly lon: number;
  readonly units: number;
  readonly sk: string;
  readonly instansi: string;
  readonly penerima: string;
}

type ColumnId =
  | "no"
  | "menu"
  | "rincian"
  | "uraian"
  | "volume"
  | "satuan"
  | "harga"
  | "jumlah"
  | "metode"
  | "lokasi"
  | "kecamatan"
  | "desa"
  | "lat"
  | "lon"
  | "penerima"
  | "ket";

export const amountOf = (l: SampleLine): number => l.jumlah ?? Math.round(l.vol * l.harga);

const L = (
  menu: string,
  rincian: string,
  uraian: string,
  vol: number,
  sat: string,
  harga: number,
  met: string,
  extra = {},
) => ({ menu, rincian, uraian, vol, sat, harga, met, ...extra }) as SampleLine;
const b = (rincian: string, uraian: string, vol: number, sat: string, harga: number, extra?: Partial<SampleLine>) =>
  L(M1, rincian, uraian, vol, sat, harga, K, extra);
const p = (
  rincian: string,
  uraian: string,
  vol: number,
  sat: string,
  harga: number,
  met: string,
  extra?: Partial<SampleLine>,
) => L(MP, rincian, uraian, vol, sat, harga, met, extra);

export const STD_COLS: readonly (readonly [ColumnId, string])[] = [
  ["no", "No"],
  ["menu", "Menu"],
  ["rincian", "Rincian"],
  ["uraian", "Uraian"],
  ["volume", "Volume"],
  ["satuan", "Satuan"],
  ["harga", "Harga Satuan (Rp)"],
  ["jumlah", "Jumlah (Rp)"],
  ["metode", "Metode"],
  ["lokasi", "Lokasi"],
  ["kecamatan", "Kecamatan"],
  ["desa", "Desa"],
  ["lat", "Latitude"],
  ["lon", "Longitude"],
  ["penerima", "Penerima Manfaat"],
  ["ket", "Keterangan"],
];

export const CIREBON: Site = {
  prov: "Jawa Barat",
  kab: "Kabupaten Cirebon",
  sentra: "Sentra IKM Rotan Tegalwangi",
  kec: "Weru",
  desa: "Tegalwangi",
  lat: -6.74512,
  lon: 108.50633,
  units: 112,
  sk: "Keputusan Bupati Cirebon Nomor 530/Kep.214-Disperdagin/2018",
  instansi: "Dinas Perdagangan dan Perindustrian Kabupaten Cirebon",
  penerima: "112 unit IKM rotan",
};
export const SUKOHARJO: Site = {
  prov: "Jawa Tengah",
  kab: "Kabupaten Sukoharjo",
  sentra: "Sentra IKM Jamu Tradisional Nguter",
  kec: "Nguter",
  desa: "Nguter",
  lat: -7.75203,
  lon: 110.86204,
  units: 84,
  sk: "Keputusan Bupati Sukoharjo Nomor 530/309 Tahun 2018",
  instansi: "Dinas Perdagangan, Koperasi dan UKM Kabupaten Sukoharjo",
  penerima: "84 unit IKM jamu",
};
export const TOMOHON: Site = {
  prov: "Sulawesi Utara",
  kab: "Kota Tomohon",
  sentra: "Sentra IKM Rumah Kayu Woloan",
  kec: "Tomohon Barat",
  desa: "Woloan Satu",
  lat: 1.33712,
  lon: 124.81205,
  units: 46,
  sk: "Keputusan Wali Kota Tomohon Nomor 171 Tahun 2018",
  instansi: "Dinas Perindustrian dan Perdagangan Kota Tomohon",
  penerima: "46 unit IKM rumah kayu",
};

export const CIREBON_LINES: readonly SampleLine[] = [
  b(
    "Rumah Produksi Bersama",
    "Pembangunan rumah produksi bersama rotan 2 lantai (ruang anyam dan ruang rakit)",
    320,
    "m2",
    5175000,
    {
      ket: "Lahan milik Pemda, surat pernyataan kesiapan lahan dari Bupati terlampir",
    },
  ),
  b("Mesin dan Peralatan", "Mesin steam dan bending rotan", 4, "unit", 36250000),
  b("Mesin dan Peralatan", "Mesin poles (polishing) rotan", 6, "unit", 14750000),
  b("Mesin dan Peralatan", "Mesin belah dan hati rotan (splitting)", 3, "unit", 43500000),
  b("Mesin dan Peralatan", "Kompresor dan spray gun finishing", 8, "set", 9600000),
  b("Mesin dan Peralatan", "Oven pengering rotan kapasitas 2 ton", 2, "unit", 95000000),
  b("Gudang", "Gudang bahan baku rotan asalan", 150, "m2", 3450000),
  b("Ruang Pamer/Promosi", "Ruang pamer mebel dan kerajinan rotan", 80, "m2", 4725000),
  b("Jalan dan Paving Lingkungan", "Paving blok K-300 area bongkar muat", 600, "m2", 187500, { met: S }),
  b("Drainase", "Saluran drainase U-ditch 50x50 keliling kawasan", 220, "m", 690000, { met: S }),
  b("Jaringan Listrik dan Genset", "Penambahan daya listrik 53 kVA dan instalasi", 1, "paket", 98500000),
  b("Papan Nama Sentra", "Papan nama sentra dan penunjuk arah kawasan", 2, "unit", 11250000),
  p(
    "Desain Perencanaan",
    "Jasa konsultan perencana DED rumah produksi, gudang dan ruang pamer",
    1,
    "paket",
    56000000,
    K,
  ),
  p("Konsultan Pengawas", "Jasa konsultan pengawas pekerjaan konstruksi", 1, "paket", 43750000, K),
  p(
    "Jasa Pendamping/Fasilitator Non-ASN",
    "Tenaga pendamping teknis pekerjaan swakelola paving dan drainase (1 orang x 8 bulan)",
    8,
    "OB",
    3750000,
    S,
  ),
  p("Rapat Koordinasi", "Rapat koordinasi pelaksanaan DAK dengan Bappeda dan BPKAD", 4, "kali", 2250000, S),
  p("Perjalanan Dinas", "Perjalanan dinas monitoring dan pengendalian ke Tegalwangi", 24, "OH", 395000, S),
];

export const SUKOHARJO_LINES: readonly SampleLine[] = [
  b(
    "Rumah Produksi Bersama",
    "Pembangunan rumah produksi bersama jamu (ruang racik, ruang rebus, ruang sortasi)",
    280,
    "m2",
    5350000,
  ),
  b("Rumah Produksi Bersama", "Ruang bersih (clean room) produksi jamu serbuk", 60, "m2", 6800000),
  b("Mesin dan Peralatan", "Mesin penggiling simplisia (disk mill)", 4, "unit", 27500000),
  b("Mesin dan Peralatan", "Mesin pengering simplisia (cabinet dryer)", 3, "unit", 48250000),
  b("Mesin dan Peralatan", "Mesin pengaduk serbuk (ribbon mixer)", 2, "unit", 38750000),
  b("Mesin dan Peralatan", "Mesin pengisi kapsul semi otomatis", 2, "unit", 66500000),
  b("Mesin dan Peralatan", "Mesin pengemas sachet serbuk jamu", 2, "unit", 72500000),
  b("Rumah Kemasan", "Pembangunan rumah kemasan jamu", 90, "m2", 5125000),
  b("IPAL", "IPAL limbah cair perebusan jamu", 1, "unit", 252000000),
  b("IPAB", "Sumur bor dalam dan menara air", 1, "unit", 175000000, { met: S }),
  p("Desain Perencanaan", "DED rumah produksi bersama dan rumah kemasan", 1, "paket", 52500000, K),
  p("Konsultan Pengawas", "Pengawasan pekerjaan konstruksi rumah produksi dan rumah kemasan", 1, "paket", 41500000, K),
  p(
    "Jasa Pendamping/Fasilitator Non-ASN",
    "Tenaga pendamping teknis pekerjaan swakelola sumur bor dan menara air (1 orang x 6 bulan)",
    6,
    "OB",
    3625000,
    S,
  ),
  p("Rapat Koordinasi", "Rapat koordinasi teknis dengan OPD terkait", 5, "kali", 2600000, S),
  p("Perjalanan Dinas", "Perjalanan dinas pemantauan pekerjaan ke Nguter", 30, "OH", 435000, S),
];

export const TOMOHON_LINES: readonly SampleLine[] = [
  b(
    "Rumah Produksi Bersama",
    "Pembangunan rumah produksi bersama rumah panggung kayu (bengkel rakit)",
    300,
    "m2",
    4875000,
  ),
  b("Mesin dan Peralatan", "Mesin gergaji pita (band saw) untuk log kayu", 2, "unit", 78500000),
  b("Mesin dan Peralatan", "Mesin serut kayu (planer) 4 sisi", 2, "unit", 97500000),
  b("Mesin dan Peralatan", "Mesin pembuat purus dan lubang sambungan (tenoner/mortiser)", 2, "unit", 38250000, {
    jumlah: 114750000,
  }),
  b("Mesin dan Peralatan", "Kiln dry (oven pengering kayu) kapasitas 15 m3", 1, "unit", 392000000),
  b("Gudang", "Gudang kayu olahan dan komponen rumah", 200, "m2", 3275000),
  b("Ruang Pamer/Promosi", "Rumah contoh sekaligus ruang pamer rumah panggung", 72, "m2", 5450000),
  b("Jalan dan Paving Lingkungan", "Pengerasan halaman dan area bongkar muat", 1, "ls", 98000000),
  b("IPAB", "Instalasi air bersih dan hidran kebakaran", 1, "paket", 125000000),
  b("Jaringan Listrik dan Genset", "Genset 80 kVA dan panel distribusi", 1, "unit", 218000000),
  b("Papan Nama Sentra", "Papan nama dan gapura sentra rumah kayu", 1, "unit", 14750000, {
    raw: { harga: "Rp14.750.000,00" },
  }),
  p("Desain Perencanaan", "DED rumah produksi bersama, gudang dan rumah contoh", 1, "paket", 55500000, K),
  p("Konsultan Pengawas", "Pengawasan teknis pekerjaan konstruksi", 1, "paket", 39500000, K),
  p("Jasa Pendamping/Fasilitator Non-ASN", "Fasilitator pendampingan produksi rumah kayu", 3, "OB", 4500000, S),
  p("Biaya Tender", "Honor Pokja Pemilihan dan pejabat pengadaan", 6, "OB", 1500000, S),
  p("Rapat Koordinasi", "Rapat koordinasi dengan OPD teknis", 3, "kali", 2650000, S),
  p("Perjalanan Dinas", "Perjalanan dinas pengawasan pekerjaan ke Woloan", 20, "OH", 365000, S),
];

export const totalOf = (lines: readonly SampleLine[]): number => lines.reduce((a, l) => a + amountOf(l), 0);

function metaRows(site: Site, pagu: number, paguLabel: string, colon: boolean): CellValue[][] {
  const pairs: [string, CellValue][] = [
    ["Tahun Anggaran", 2020],
    ["Provinsi", site.prov],
    ["Kabupaten/Kota", site.kab],
    ["Bidang", "Industri Kecil dan Menengah (IKM)"],
    [paguLabel, pagu],
    ["Instansi Pelaksana", site.instansi],
    ["Nama Sentra", site.sentra],
    ["Jumlah Unit IKM", site.units],
    ["Nomor SK Sentra", site.sk],
  ];
  return pairs.map(([label, value]) => (colon ? [label, ":", value] : [label, value]));
}

function lineValues(l: SampleLine, site: Site, no: CellValue): Record<ColumnId, CellValue> {
  return {
    no,
    menu: l.menu,
    rincian: l.rincian,
    uraian: l.uraian,
    volume: l.vol,
    satuan: l.sat,
    harga: l.harga,
    jumlah: amountOf(l),
    metode: l.met,
    lokasi: site.sentra,
    kecamatan: site.kec,
    desa: site.desa,
    lat: site.lat,
    lon: site.lon,
    penerima: site.penerima,
    ket: l.ket ?? null,
    ...(l.raw ?? {}),
  };
}

function letter(i: number): string {
  return String.fromCharCode(65 + i);
}

export interface FlatOptions {
  readonly sheetName: string;
  readonly site: Site;
  readonly lines: readonly SampleLine[];
  readonly cols?: readonly (readonly [ColumnId, string])[];
  readonly title: string;
  readonly totalLabel: string;
  /** The pagu written in the meta block (default: the lines' total). */
  readonly pagu?: number;
}

/** rk-datar / rk-dengan-masalah: title A1, meta B3:C11, header row 13, lines from 14, total row. */
export function flatSheet(o: FlatOptions): SheetBuilder {
  const cols = o.cols ?? STD_COLS;
  const total = totalOf(o.lines);
  const s = sheet(o.sheetName)
    .cell("A1", o.title)
    .at("B3", metaRows(o.site, o.pagu ?? total, "Pagu (Rp)", false));
  s.at("A13", [cols.map(([, h]) => h)]);
  o.lines.forEach((l, i) => {
    const v = lineValues(l, o.site, i + 1);
    s.at(`A${14 + i}`, [cols.map(([k]) => v[k])]);
  });
  const totalRow = 14 + o.lines.length;
  const jumlahAt = cols.findIndex(([k]) => k === "jumlah");
  s.cell(`A${totalRow}`, o.totalLabel).cell(`${letter(jumlahAt)}${totalRow}`, total);
  const lokasiAt = cols.findIndex(([k]) => k === "lokasi");
  s.at(`${letter(lokasiAt)}${totalRow + 2}`, [
    ["Sumber, 21 Oktober 2019"],
    ["Kepala Dinas"],
    [null],
    [null],
    ["Ir. H. Nama"],
  ]);
  return s;
}

export const rkDatar = (): Grid =>
  flatSheet({
    sheetName: "Rencana Kegiatan",
    site: CIREBON,
    lines: CIREBON_LINES,
    title: "RENCANA KEGIATAN DAK FISIK BIDANG IKM TAHUN ANGGARAN 2020 - KABUPATEN CIREBON",
    totalLabel: "JUMLAH",
  }).build();

export const rkDenganMasalah = (): Grid =>
  flatSheet({
    sheetName: "RK",
    site: TOMOHON,
    lines: TOMOHON_LINES,
    cols: STD_COLS.map(
      ([k, h]) =>
        [
          k,
          (
            { menu: "Menu Kegiatan", rincian: "Rincian Kegiatan", volume: "Vol.", harga: "Unit Cost (Rp)" } as Record<
              string,
              string
            >
          )[k] ?? h,
        ] as const,
    ),
    title: "RENCANA KEGIATAN DAK FISIK BIDANG IKM TA 2020 KOTA TOMOHON (DRAF UNTUK DIPERIKSA)",
    totalLabel: "TOTAL",
  }).build();

export interface KrisnaLayout {
  readonly grid: Grid;
  /** 1-based sheet rows of the detail lines, in order. */
  readonly lineRows: readonly number[];
  readonly subtotals: readonly { readonly cell: string; readonly value: number; readonly lineIndexes: number[] }[];
  readonly totalCell: string;
}

/** rk-krisna-bertingkat: titles 1–3, meta "Label | : | value" 5–13, header 15–16, numbering 17. */
export function krisnaSheet(
  sheetName: string,
  site: Site,
  lines: readonly SampleLine[],
): KrisnaLayout & { builder: SheetBuilder } {
  const cols = STD_COLS.map(
    ([k, h]) => [k, k === "menu" ? "Menu Kegiatan" : k === "rincian" ? "Rincian Kegiatan" : h] as const,
  );
  const colOf = (k: ColumnId) => cols.findIndex(([c]) => c === k);
  const pagu = totalOf(lines);
  const s = sheet(sheetName)
    .at("A1", [
      ["RENCANA KEGIATAN DAK FISIK"],
      ["BIDANG INDUSTRI KECIL DAN MENENGAH (PENUGASAN)"],
      ["TAHUN ANGGARAN 2020"],
    ])
    .at("B5", metaRows(site, pagu, "Pagu Alokasi DAK (Rp)", true));
  const grouped = new Set<ColumnId>(["volume", "satuan", "harga", "jumlah", "lat", "lon"]);
  cols.forEach(([k, h], i) => s.cell(`${letter(i)}${grouped.has(k) ? 16 : 15}`, h));
  s.cell(`${letter(colOf("volume"))}15`, "Rincian Biaya").cell(`${letter(colOf("lat"))}15`, "Koordinat");
  s.at("A17", [
    cols.map(([k], i) =>
      k === "jumlah" ? `(${i + 1})=(${colOf("volume") + 1})x(${colOf("harga") + 1})` : `(${i + 1})`,
    ),
  ]);
  let row = 18;
  let menu: string | undefined;
  let rincian: string | undefined;
  let menuNo = 0;
  let rincianNo = 0;
  let detailNo = 0;
  let groupSum = 0;
  let groupLines: number[] = [];
  const lineRows: number[] = [];
  const subtotals: { cell: string; value: number; lineIndexes: number[] }[] = [];
  const J = letter(colOf("jumlah"));
  lines.forEach((l, i) => {
    if (l.menu !== menu) {
      menu = l.menu;
      rincian = undefined;
      rincianNo = 0;
      s.cell(`A${row}`, ["I", "II", "III"][menuNo++]).cell(`${letter(colOf("menu"))}${row}`, menu);
      row++;
    }
    if (l.rincian !== rincian) {
      rincian = l.rincian;
      detailNo = 0;
      s.cell(`A${row}`, String(++rincianNo)).cell(`${letter(colOf("rincian"))}${row}`, rincian);
      row++;
    }
    const v = { ...lineValues(l, site, String.fromCharCode(97 + detailNo++)), menu: null, rincian: null };
    s.at(`A${row}`, [cols.map(([k]) => v[k])]);
    lineRows.push(row);
    groupLines.push(i);
    groupSum += amountOf(l);
    row++;
    const next = lines[i + 1];
    if (!next || next.menu !== menu || next.rincian !== rincian) {
      s.cell(`${letter(colOf("uraian"))}${row}`, "Sub Total").cell(`${J}${row}`, groupSum);
      subtotals.push({ cell: `${J}${row}`, value: groupSum, lineIndexes: groupLines });
      groupSum = 0;
      groupLines = [];
      row++;
    }
  });
  s.cell(`A${row}`, "TOTAL").cell(`${J}${row}`, pagu);
  s.at(`${letter(colOf("lokasi"))}${row + 2}`, [["Sukoharjo, 18 Oktober 2019"], ["Kepala Dinas"]]);
  return { builder: s, grid: s.build(), lineRows, subtotals, totalCell: `${J}${row}` };
}

export const rkKrisnaBertingkat = (): KrisnaLayout => krisnaSheet("RK KRISNA", SUKOHARJO, SUKOHARJO_LINES);
