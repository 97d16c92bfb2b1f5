/**
 * readProposal over a 100,000-line RK (flat, 16 columns plus meta block and total row, some
 * numbers typed as Indonesian text) and over the same lines in the KRISNA layout. Target: well
 * under 0.2 s per 100,000 lines, i.e. ≥ 500,000 lines/s; memory linear in the number of lines.
 */
import type { CellValue, Grid } from "../src/core/grid/types";
import { readProposal } from "../src/core/proposal";
import { RK_LINE_COLUMNS } from "../src/core/templates/rk";
import { formatRate, medianMs, report } from "./measure";

// The standard RK line header, as the rk template writes it.
const HEADER = RK_LINE_COLUMNS.map((c) => c.header);
const RINCIAN = ["Rumah Produksi Bersama", "Mesin dan Peralatan", "Gudang", "Drainase", "IPAL"];

function detail(i: number, flat: boolean): CellValue[] {
  const harga = 1_000 + (i % 997) * 1_000;
  return [
    flat ? i + 1 : "a",
    flat ? "Pembangunan dan Revitalisasi Sentra IKM" : null,
    flat ? RINCIAN[Math.floor(i / 20) % RINCIAN.length] : null,
    `Uraian pekerjaan nomor ${i}`,
    (i % 50) + 1,
    "unit",
    i % 100 === 0 ? `Rp${harga.toLocaleString("de-DE")},00` : harga,
    ((i % 50) + 1) * harga,
    "Kontraktual",
    "Sentra IKM Rotan Tegalwangi",
    "Weru",
    "Tegalwangi",
    -6.74512,
    108.50633,
    "112 unit IKM",
    null,
  ];
}

function rk(lines: number, flat: boolean): Grid {
  const values: CellValue[][] = [
    ["RENCANA KEGIATAN DAK FISIK BIDANG IKM"],
    [],
    [null, "Tahun Anggaran", 2020],
    [null, "Provinsi", "Jawa Barat"],
    [null, "Pagu (Rp)", 3_715_830_000],
    [],
    HEADER,
  ];
  for (let i = 0; i < lines; i++) {
    if (!flat && i % 20 === 0) values.push([String(i / 20 + 1), null, RINCIAN[(i / 20) % RINCIAN.length]]);
    values.push(detail(i, flat));
  }
  values.push(["TOTAL", null, null, null, null, null, null, 1]);
  return { sheet: "RK", origin: { row: 0, col: 0 }, values };
}

/** Median CPU time (user + system, ms) of `runs` calls: steadier than wall time on a shared machine. */
function medianCpuMs(fn: () => void, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    fn();
    const c = process.cpuUsage(c0);
    times.push((c.user + c.system) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)];
}

export default async function run(): Promise<void> {
  const n = 100_000;
  for (const [name, grid] of [
    ["flat", rk(n, true)],
    ["KRISNA", rk(n, false)],
  ] as const) {
    let read = 0;
    const once = () => {
      read = readProposal([grid]).parts[0].lines.length;
    };
    const ms = await medianMs(once, 5);
    const cpu = medianCpuMs(once, 5);
    const rate = (read * 1000) / ms;
    report(
      `readProposal ${name} (${read.toLocaleString("en-US")} lines)`,
      `${ms.toFixed(1)} ms wall (${cpu.toFixed(1)} ms CPU), ${formatRate(rate)} lines/s`,
      "< 200 ms, ≥ 500,000 lines/s",
      ms < 200,
    );
  }
  // Memory: only measurable with `node --expose-gc` (e.g. NODE_OPTIONS=--expose-gc npm run bench).
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    const perLine = (lines: number): number => {
      const grid = rk(lines, true);
      gc();
      const before = process.memoryUsage().heapUsed;
      const kept = readProposal([grid]);
      gc();
      const bytes = process.memoryUsage().heapUsed - before;
      return kept.parts[0].lines.length > 0 ? bytes / lines : 0;
    };
    report(
      "proposal heap per line (25,000 / 100,000 lines)",
      `${Math.round(perLine(25_000))} / ${Math.round(perLine(n))} bytes`,
    );
  }
}
