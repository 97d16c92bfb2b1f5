/**
 * Comparing two 20,000-line versions of an RK in core (target < 1 s), beside one `validate` of the
 * new version for scale: the new version is the old one re-sorted, with one line in 100 edited
 * (volume, uraian, rincian or lokasi), one in 500 removed and one in 500 added.
 */
import { compareProposals } from "../src/core/compare";
import { getRuleset } from "../src/core/rules/bundled";
import { validate } from "../src/core/rules/validate";
import { buildPart, MP, okLine, type LineSpec } from "../test/rules/builder";
import { medianMs, report } from "./measure";

const RINCIAN = ["Rumah Produksi Bersama", "Mesin dan Peralatan", "Gudang", "IPAL", "Jalan dan Paving Lingkungan"];

function line(i: number): LineSpec {
  if (i % 20 === 0) {
    const harga = 400_000;
    return {
      menu: MP,
      rincian: "Perjalanan Dinas",
      uraian: `Perjalanan dinas ${i}`,
      volume: 2,
      satuan: "OH",
      harga,
      metode: "Swakelola",
    };
  }
  const rincian = RINCIAN[i % RINCIAN.length];
  const satuan = rincian === "Mesin dan Peralatan" || rincian === "IPAL" ? "unit" : "m2";
  return okLine(i, { rincian, satuan, harga: 1_000_000 + (i % 97) * 1_000, lokasi: "Sentra IKM Rotan" });
}

function edited(lines: readonly LineSpec[]): LineSpec[] {
  const out: LineSpec[] = [];
  lines.forEach((l, i) => {
    if (i % 500 === 3) return;
    if (i % 100 === 11) out.push({ ...l, volume: 3 });
    else if (i % 100 === 37) out.push({ ...l, uraian: `${String(l.uraian)} (revisi)` });
    else if (i % 100 === 61) out.push({ ...l, rincian: "Gudang", satuan: "m2" });
    else if (i % 100 === 89) out.push({ ...l, lokasi: "Lokasi baru" });
    else out.push(l);
    if (i % 500 === 250) out.push(okLine(1_000_000 + i));
  });
  // Re-sorted: every other line moved to the end.
  return [...out.filter((_, i) => i % 2 === 0), ...out.filter((_, i) => i % 2 === 1)];
}

export default async function run(): Promise<void> {
  const rs = getRuleset(2020)!;
  const n = 20_000;
  const oldLines = Array.from({ length: n }, (_, i) => line(i));
  const old = { parts: [buildPart({ lines: oldLines, statedTotal: "sum" })], sheetsRead: ["RK"] };
  const now = { parts: [buildPart({ sheet: "RK Perubahan", lines: edited(oldLines) })], sheetsRead: ["RK Perubahan"] };
  // Fresh Proposal objects per run, so nothing resolved by an earlier run is reused.
  let changes = 0;
  const compareMs = await medianMs(() => {
    changes = compareProposals({ ...old }, { ...now }, { ruleset: rs }).changes.length;
  }, 5);
  const validateMs = await medianMs(() => validate({ ...now }, rs), 5);
  report(
    `compareProposals 2 × ${n.toLocaleString("en-US")} lines (${changes} changes)`,
    `${compareMs.toFixed(1)} ms`,
    "< 1000 ms",
    compareMs < 1000,
  );
  report(`  validate of the new version`, `${validateMs.toFixed(1)} ms`);
  report(`  ratio compare / validate`, `${(compareMs / validateMs).toFixed(2)}×`);
}
