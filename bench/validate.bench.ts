/**
 * Validating a 100,000-line proposal in core (target ≥ 500,000 lines/s, i.e. ≤ 0.2 s), and the
 * heap it needs, at 50,000 and 100,000 lines to show the growth is linear.
 */
import { getRuleset } from "../src/core/rules/bundled";
import { validate } from "../src/core/rules/validate";
import { summarize } from "../src/core/budget/summarize";
import { buildProposal, MP, okLine, type LineSpec } from "../test/rules/builder";
import { formatRate, medianMs, report } from "./measure";

const RINCIAN = ["Rumah Produksi Bersama", "Mesin dan Peralatan", "Gudang", "IPAL", "Jalan dan Paving Lingkungan"];

function lines(n: number): LineSpec[] {
  return Array.from({ length: n }, (_, i) => {
    if (i % 20 === 0) {
      return {
        menu: MP,
        rincian: "Perjalanan Dinas",
        uraian: `Perjalanan dinas ${i}`,
        volume: 2,
        satuan: "OH",
        harga: 400_000,
        metode: "Swakelola",
      };
    }
    const rincian = RINCIAN[i % RINCIAN.length];
    const satuan = rincian === "Mesin dan Peralatan" || rincian === "IPAL" ? "unit" : "m2";
    // One line in 1,000 carries a planted problem, as real proposals do.
    return okLine(i, {
      rincian,
      satuan,
      harga: 1_000_000 + (i % 97) * 1_000,
      jumlah: i % 1000 === 7 ? 1 : undefined,
      latitude: -6.7,
      longitude: 108.5,
    });
  });
}

function heapUsed(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
}

export default async function run(): Promise<void> {
  const rs = getRuleset(2020)!;
  for (const n of [50_000, 100_000]) {
    const proposal = buildProposal({ lines: lines(n), statedTotal: "sum" });
    // A fresh Proposal object per run (same lines): validate then resolves every line itself
    // instead of reusing the resolution it remembers for the object it last saw.
    const ms = await medianMs(() => validate({ ...proposal }, rs), 5);
    const rate = (n * 1000) / ms;
    report(
      `validate ${formatRate(n)} lines`,
      `${ms.toFixed(1)} ms, ${formatRate(rate)} lines/s`,
      "≥ 500,000 lines/s",
      rate >= 500_000,
    );
    const before = heapUsed();
    const findings = validate({ ...proposal }, rs);
    const grown = heapUsed() - before;
    report(
      `  heap growth during validate (${findings.length} findings kept)`,
      `${(grown / 1e6).toFixed(1)} MB${(globalThis as { gc?: unknown }).gc ? "" : " (run node with --expose-gc for a steadier figure)"}`,
    );
    const sm = await medianMs(() => summarize({ ...proposal }, rs), 5);
    report(`summarize ${formatRate(n)} lines`, `${sm.toFixed(1)} ms`);
    // What the CLI and the task pane do: validate, then summarize the same proposal object,
    // which reuses validate's resolution of the lines.
    const both = await medianMs(() => {
      const p = { ...proposal };
      validate(p, rs);
      summarize(p, rs);
    }, 5);
    report(`validate + summarize ${formatRate(n)} lines (shared resolution)`, `${both.toFixed(1)} ms`);
  }
}
