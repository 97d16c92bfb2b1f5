/**
 * The sample grids built in code (test/helpers/proposal-samples.ts) must stay true to the real
 * sample workbooks: read through the exceljs adapter, each .xlsx gives the same Proposal.
 */
import { join } from "node:path";
import { readProposal } from "../src/core/proposal";
import { readWorkbookFile } from "../src/xlsx/grid-reader";
import { rkDatar, rkDenganMasalah, rkKrisnaBertingkat } from "./helpers/proposal-samples";

const FIXTURES = join(__dirname, "fixtures", "samples");

describe.each([
  ["rk-datar.xlsx", rkDatar],
  ["rk-krisna-bertingkat.xlsx", () => rkKrisnaBertingkat().grid],
  ["rk-dengan-masalah.xlsx", rkDenganMasalah],
])("%s", (file, inCode) => {
  it("reads to the same Proposal as its grid built in code", async () => {
    const fromFile = readProposal(await readWorkbookFile(join(FIXTURES, file)));
    expect(fromFile.parts).toHaveLength(1);
    expect(fromFile.parts).toEqual(readProposal([inCode()]).parts);
  });
});
