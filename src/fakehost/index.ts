/** The in-memory Excel host: what tests, the browser tests and the playground import. */
export { createFakeExcel, FakeExcelContext } from "./host";
export type { FakeExcel, FakeExcelOptions, FakeOffice, Batch } from "./host";
export { CELL_READ_LIMIT, PAYLOAD_LIMIT_BYTES } from "./client";
export type { HostStats, SyncRecord } from "./client";
export { FakeOfficeError } from "./errors";
export { createWorkbook, createSheet, getCell, setCell, findSheet } from "./model";
export type { WorkbookModel, SheetModel, CellModel, ConditionalFormatModel, ScalarValue } from "./model";
export { workbookToJson, workbookFromJson, cloneWorkbook, snapshotWorkbook } from "./json";
export type { WorkbookJson, SheetJson } from "./json";
export { workbookFromGrids } from "./fromGrids";
export type { SheetSource } from "./fromGrids";
