/**
 * The three example RKs (test/fixtures/samples), read by readProposal and validated with the
 * bundled TA 2020 ruleset: the clean ones give no finding, the one with planted problems gives
 * exactly those five, on their cells.
 */
import { readProposal } from "../../src/core/proposal";
import { getRuleset } from "../../src/core/rules/bundled";
import { validate } from "../../src/core/rules/validate";
import { summarize } from "../../src/core/budget/summarize";
import { rkDatar, rkDenganMasalah, rkKrisnaBertingkat } from "../helpers/proposal-samples";

const rs = getRuleset(2020)!;
const found = (grid: Parameters<typeof readProposal>[0][number]) =>
  validate(readProposal([grid]), rs)
    .map((f) => `${f.code} ${f.cell}`)
    .sort();

describe("sample RKs", () => {
  it("rk-datar: nothing to report", () => expect(found(rkDatar())).toEqual([]));

  it("rk-krisna-bertingkat: nothing to report (inherited menu/rincian, subtotals checked)", () => {
    expect(found(rkKrisnaBertingkat().grid)).toEqual([]);
  });

  it("rk-dengan-masalah: exactly the five planted problems", () => {
    expect(found(rkDenganMasalah())).toEqual(
      [
        "AMOUNT_MISMATCH H17",
        "SATUAN_INVALID F21",
        "NUMBER_AS_TEXT G24",
        "PENUNJANG_METHOD C27",
        "HONOR_NOT_ALLOWED D28",
      ].sort(),
    );
  });

  it("summaries agree with the samples' README (penunjang share)", () => {
    const datar = summarize(readProposal([rkDatar()]), rs);
    expect(datar.total).toBe(3_715_830_000);
    expect(datar.sisa).toBe(0);
    expect(datar.penunjang.shareOfPagu!).toBeCloseTo(0.0399, 4);
    const krisna = summarize(readProposal([rkKrisnaBertingkat().grid]), rs);
    expect(krisna.total).toBe(3_546_300_000);
    expect(krisna.penunjang.shareOfPagu!).toBeCloseTo(0.04, 4);
  });
});
