/** Test helper: a fake Excel over a workbook, installed as the globals Excel and Office. */
import { createFakeExcel, type FakeExcel, type WorkbookModel } from "../../src/fakehost";

export function withFakeExcel(model: WorkbookModel): FakeExcel {
  const fake = createFakeExcel(model);
  const uninstall = fake.installGlobals();
  afterEachCleanups.push(uninstall);
  return fake;
}

const afterEachCleanups: (() => void)[] = [];
afterEach(() => {
  while (afterEachCleanups.length > 0) afterEachCleanups.pop()?.();
});

export { linesSheet } from "../helpers/lines-sheet";
