/**
 * The HyperFormula adapter itself, on small made-up functions: how arguments arrive (scalars,
 * ranges, empty cells, omitted arguments, error values), how results come back (spills, errors
 * with messages, uncaught exceptions), and that it loads every real *.functions.ts.
 */
import type { HyperFormula } from "hyperformula";
import { excelError, mapCells, toNumber } from "../../src/functions/args";
import {
  buildWorkbook,
  loadCustomFunctions,
  registerCustomFunctions,
  valueAt,
  type CustomFunctionSpec,
  type Registration,
} from "../helpers/hyperformula";

const seen: unknown[][] = [];
const specs: CustomFunctionSpec[] = [
  {
    id: "T_ECHO",
    name: "T_ECHO",
    parameters: [
      { name: "a", type: "any" },
      { name: "b", type: "any", optional: true },
    ],
    impl: (a: unknown, b: unknown) => {
      seen.push([a, b]);
      return "ok";
    },
  },
  {
    id: "T_MATRIX",
    name: "T_MATRIX",
    parameters: [{ name: "m", type: "any", dimensionality: "matrix" }],
    impl: (m: unknown) => {
      seen.push([m]);
      return "ok";
    },
  },
  {
    id: "T_DOUBLE",
    name: "T_DOUBLE",
    parameters: [{ name: "m", type: "any", dimensionality: "matrix" }],
    result: { type: "any", dimensionality: "matrix" },
    impl: (m: unknown) => mapCells(m, (c) => 2 * toNumber(c, "m")),
  },
  {
    id: "T_FIXED",
    name: "T_FIXED",
    parameters: [],
    result: { type: "any", dimensionality: "matrix" },
    impl: () => [
      ["a", 1],
      ["b", excelError("#NUM!", "pesan")],
    ],
  },
  {
    id: "T_SUM",
    name: "T_SUM",
    parameters: [{ name: "xs", type: "number", repeating: true }],
    impl: (xs: unknown) => (xs as number[]).reduce((s, x) => s + x, 0),
  },
  { id: "T_THROW", name: "T_THROW", parameters: [], impl: () => excelError("#N/A", "tidak ada") },
  {
    id: "T_BUG",
    name: "T_BUG",
    parameters: [],
    impl: () => {
      throw new TypeError("oops");
    },
  },
  { id: "T_INF", name: "T_INF", parameters: [], impl: () => 1 / 0 },
];

describe("HyperFormula adapter", () => {
  let reg: Registration;
  let hf: HyperFormula;
  beforeAll(() => {
    reg = registerCustomFunctions(specs, { resultSizes: { T_FIXED: () => ({ rows: 2, cols: 2 }) } });
    hf = buildWorkbook({
      S: [
        [1, null, "teks", "=1/0", "=DAK.T_ECHO(B1)", "=DAK.T_ECHO(D1)", "=DAK.T_ECHO(C1)", "=DAK.T_MATRIX(A1:D1)"],
        [null, null, null, "=DAK.T_FIXED()", null, "=DAK.T_SUM(1,2,3)", "=DAK.T_THROW()", "=DAK.T_BUG()"],
        [3, 4, "=DAK.T_INF()", null, null, "=DAK.T_MATRIX(A1)"],
        [5, "x", null, null, null, null, null, null, "=DAK.T_DOUBLE(A3:B3)", null, "=SUM(I4:J4)"],
        [null, null, null, null, null, null, null, null, "=DAK.T_DOUBLE(A4:B4)"],
      ],
    });
  });
  afterAll(() => {
    hf.destroy();
    reg.unregister();
  });

  it("passes empty cells and omitted optionals as null, errors as CustomFunctions.Error", () => {
    expect(seen).toContainEqual([null, null]);
    expect(seen).toContainEqual(["teks", null]);
    const withError = seen.find((s) => s[0] instanceof CustomFunctions.Error) as unknown[];
    expect(withError[0]).toMatchObject({ code: "#DIV/0!" });
  });

  it("passes ranges as row-major matrices, a single cell to a matrix parameter as 1×1", () => {
    const matrices = seen.filter((s) => Array.isArray(s[0])).map((s) => s[0] as unknown[][]);
    expect(matrices).toContainEqual([[1]]);
    const row = matrices.find((m) => m[0].length === 4) as unknown[][];
    expect(row[0].slice(0, 3)).toEqual([1, null, "teks"]);
    expect(row[0][3]).toBeInstanceOf(CustomFunctions.Error);
  });

  it("spills a matrix shaped like its first range, with per-cell errors, and feeds SUM", () => {
    expect(valueAt(hf, "S", "I4")).toBe(6);
    expect(valueAt(hf, "S", "J4")).toBe(8);
    expect(valueAt(hf, "S", "K4")).toBe(14);
    expect(valueAt(hf, "S", "I5")).toBe(10);
    expect(valueAt(hf, "S", "J5")).toMatchObject({ value: "#VALUE!", message: expect.stringContaining("bukan angka") });
    expect(valueAt(hf, "S", "D2")).toBe("a");
    expect(valueAt(hf, "S", "E2")).toBe(1);
    expect(valueAt(hf, "S", "E3")).toMatchObject({ value: "#NUM!", message: "pesan" });
  });

  it("turns thrown or returned errors into engine errors with their message", () => {
    expect(valueAt(hf, "S", "F2")).toBe(6);
    expect(valueAt(hf, "S", "G2")).toMatchObject({ value: "#N/A", message: "tidak ada" });
    expect(valueAt(hf, "S", "C3")).toMatchObject({ value: "#NUM!" });
  });

  it("records a plain exception as #VALUE! in uncaught (a bug, as Excel shows it)", () => {
    expect(valueAt(hf, "S", "H2")).toMatchObject({ value: "#VALUE!" });
    expect(reg.uncaught).toHaveLength(1);
    expect(reg.uncaught[0]).toBeInstanceOf(TypeError);
  });
});

describe("loading the real custom functions", () => {
  it("binds every id of every family to its implementation", async () => {
    const loaded = await loadCustomFunctions();
    const ids = loaded.map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining(["TERBILANG", "PERTUMBUHAN", "INDIKATOR_SENTRA", "SENTRA_LAYAK"]));
    for (const f of loaded) expect(typeof f.impl).toBe("function");
  }, 60_000);
});
