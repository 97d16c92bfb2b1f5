import { terbilang } from "../src/core/money/terbilang";
import { formatRate, opsPerSecond, report } from "./measure";

export default async function run(): Promise<void> {
  const samples = [2_950_000, 3_715_830_000, 114_750_000, 14_750_000, 999_999_999_999_999, 1_000, 11];
  let i = 0;
  const rate = opsPerSecond(() => terbilang(samples[i++ % samples.length]));
  report("terbilang", `${formatRate(rate)} calls/s`, "≥ 500,000", rate >= 500_000);
}
