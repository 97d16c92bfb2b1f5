import { parseRupiah } from "../src/core/money/parse";
import { terbilang } from "../src/core/money/terbilang";
import { formatRate, opsPerSecond, report } from "./measure";

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

export default async function run(): Promise<void> {
  let p = 0;
  const parseRate = opsPerSecond(() => parseRupiah(PARSE_SAMPLES[p++ % PARSE_SAMPLES.length]));
  report("parseRupiah (typical)", `${formatRate(parseRate)} calls/s`, "≥ 1,000,000", parseRate >= 1_000_000);

  const hostile = ["9".repeat(1_000_000), " ".repeat(500_000) + "x" + " ".repeat(500_000)];
  let h = 0;
  const hostileRate = opsPerSecond(() => parseRupiah(hostile[h++ % hostile.length]), 500);
  report("parseRupiah (1 MB hostile text)", `${formatRate(hostileRate)} calls/s`);

  const samples = [2_950_000, 3_715_830_000, 114_750_000, 14_750_000, 999_999_999_999_999, 1_000, 11];
  let i = 0;
  const rate = opsPerSecond(() => terbilang(samples[i++ % samples.length]));
  report("terbilang", `${formatRate(rate)} calls/s`, "≥ 500,000", rate >= 500_000);
}
