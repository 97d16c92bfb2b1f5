import { formatRupiah, parseRupiah, ringkas, terbilang } from "../src/core/money";
import { installCustomFunctionsStub } from "../test/stubs/custom-functions";
import { formatRate, medianMs, opsPerSecond, report } from "./measure";

/** Typical cell texts of RK sheets and letters (DOMAIN.md §6). */
const PARSE_SAMPLES = [
  "Rp1.500.000,00",
  "Rp.1.500.000,-",
  "Rp 38.250.000",
  "1.500.000,00",
  "114750000",
  "IDR 1,500,000",
  "Rp1,5 M",
  "12,39 juta",
  "Rp.1 . 800.000.000",
  "(Rp5.000)",
];
const AMOUNTS = [2_950_000, 3_715_830_000, 114_750_000, 14_750_000, 999_999_999_999_999, 1_000, 11];

function cycle<T>(items: readonly T[]): () => T {
  let i = 0;
  return () => items[i++ % items.length];
}

export default async function run(): Promise<void> {
  const nextText = cycle(PARSE_SAMPLES);
  const parseRate = opsPerSecond(() => parseRupiah(nextText()));
  report("parseRupiah (typical)", `${formatRate(parseRate)} calls/s`, "≥ 1,000,000", parseRate >= 1_000_000);

  // Hostile: 1 MB texts are refused on their length; 100-character texts are fully scanned.
  const nextHostile = cycle(["9".repeat(1_000_000), " ".repeat(500_000) + "x" + " ".repeat(500_000)]);
  const hostileRate = opsPerSecond(() => parseRupiah(nextHostile()), 500);
  report("parseRupiah (1 MB hostile text)", `${formatRate(hostileRate)} calls/s`);
  const nextLong = cycle(["1.".repeat(49) + "5", "1 ".repeat(50), "Rp" + "9".repeat(98)]);
  const longRate = opsPerSecond(() => parseRupiah(nextLong()), 500);
  report("parseRupiah (100-char worst case)", `${formatRate(longRate)} calls/s`);

  const nextAmount = cycle(AMOUNTS);
  const rate = opsPerSecond(() => terbilang(nextAmount()));
  report("terbilang", `${formatRate(rate)} calls/s`, "≥ 500,000", rate >= 500_000);
  const letterRate = opsPerSecond(() => terbilang(nextAmount() + 0.5, { sen: true, titleCase: true }));
  report("terbilang (sen, Title Case)", `${formatRate(letterRate)} calls/s`, "≥ 500,000", letterRate >= 500_000);
  report("formatRupiah", `${formatRate(opsPerSecond(() => formatRupiah(nextAmount(), { decimals: 2 })))} calls/s`);
  report("ringkas", `${formatRate(opsPerSecond(() => ringkas(nextAmount())))} calls/s`);

  // A sheet of 100,000 cells through the custom functions (one spilled range each).
  installCustomFunctionsStub();
  const { angkaFn, terbilangFn } = await import("../src/functions/money.functions");
  const texts = Array.from({ length: 100_000 }, (_, i) => [PARSE_SAMPLES[i % PARSE_SAMPLES.length]]);
  const numbers = Array.from({ length: 100_000 }, (_, i) => [AMOUNTS[i % AMOUNTS.length]]);
  const angkaMs = await medianMs(() => angkaFn(texts));
  report("DAK.ANGKA over 100,000 cells", `${angkaMs.toFixed(1)} ms`, "< 1,000 ms", angkaMs < 1_000);
  const terbilangMs = await medianMs(() => terbilangFn(numbers, true, true));
  report("DAK.TERBILANG over 100,000 cells", `${terbilangMs.toFixed(1)} ms`, "< 1,000 ms", terbilangMs < 1_000);
}
