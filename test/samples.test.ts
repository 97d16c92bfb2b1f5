/**
 * End to end over the sample RK workbooks (test/fixtures/samples, described in its README): the
 * xlsx reader, readProposal and validate together give no finding for the two clean samples and
 * exactly the five planted problems, each on its cell, for rk-dengan-masalah.xlsx.
 */
import { join } from "node:path";
import { readProposal } from "../src/core/proposal";
import { getRuleset } from "../src/core/rules/bundled";
import { validate } from "../src/core/rules/validate";
import { readWorkbookFile } from "../src/xlsx/grid-reader";

const SAMPLES = join(__dirname, "fixtures/samples");

async function findingsOf(file: string): Promise<string[]> {
  const proposal = readProposal(await readWorkbookFile(join(SAMPLES, file)));
  const ruleset = getRuleset(2020);
  if (!ruleset) throw new Error("no TA 2020 ruleset bundled");
  return validate(proposal, ruleset)
    .map((f) => `${f.sheet}!${f.cell} ${f.code}`)
    .sort();
}

describe("sample workbooks, read from .xlsx", () => {
  it.each(["rk-datar.xlsx", "rk-krisna-bertingkat.xlsx"])("%s gives no finding", async (file) => {
    expect(await findingsOf(file)).toEqual([]);
  });

  it("rk-dengan-masalah.xlsx gives exactly its five planted problems", async () => {
    expect(await findingsOf("rk-dengan-masalah.xlsx")).toEqual(
      [
        "RK!H17 AMOUNT_MISMATCH",
        "RK!F21 SATUAN_INVALID",
        "RK!G24 NUMBER_AS_TEXT",
        "RK!C27 PENUNJANG_METHOD",
        "RK!D28 HONOR_NOT_ALLOWED",
      ].sort(),
    );
  });
});
