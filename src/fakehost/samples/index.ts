/**
 * Sample RK workbooks for the playground and tests, converted once from test/fixtures/samples by
 * test/excel/make-fake-samples.ts (see its README there for what each holds).
 */
import type { WorkbookJson } from "../json";
import rkDatar from "./rk-datar.json";
import rkDenganMasalah from "./rk-dengan-masalah.json";
import rkKrisnaBertingkat from "./rk-krisna-bertingkat.json";

export interface SampleWorkbook {
  readonly id: string;
  /** What it shows, in Bahasa Indonesia. */
  readonly title: string;
  readonly workbook: WorkbookJson;
}

export const SAMPLE_WORKBOOKS: readonly SampleWorkbook[] = [
  { id: "rk-dengan-masalah", title: "RK datar dengan lima masalah", workbook: rkDenganMasalah as WorkbookJson },
  { id: "rk-datar", title: "RK datar tanpa masalah", workbook: rkDatar as WorkbookJson },
  {
    id: "rk-krisna-bertingkat",
    title: "RK bertingkat (KRISNA) tanpa masalah",
    workbook: rkKrisnaBertingkat as WorkbookJson,
  },
];
