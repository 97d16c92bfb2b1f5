/**
 * The field table is the one place a line's cells are named: the lists the checks walk come from
 * it, and the written-out fast test of the usual line (usualCells) must agree with it, field by
 * field, for every kind of cell a field can hold.
 */
import { buildProposal, okLine } from "../../../../test/rules/builder";
import type { NumberCell, ProposalLine, TextCell } from "../../proposal/types";
import { usualCells } from "./line-cells";
import { LINE_FIELDS, NUMBER_FIELDS, REQUIRED_FIELDS, TEXT_FIELDS, type LineField } from "./line-fields";

const clean: ProposalLine = buildProposal({ lines: [okLine(0, { latitude: -6.7, longitude: 108.5 })] }).parts[0]
  .lines[0];
const FIELDS = Object.keys(LINE_FIELDS) as LineField[];

type Cell = TextCell | NumberCell;
const with_ = (field: LineField, cell: Cell): ProposalLine => ({ ...clean, [field]: cell });

/** Every kind of cell a field of this kind can hold, and whether the line is still usual with it. */
function variants(field: LineField): [string, Cell, boolean][] {
  const { kind, required } = LINE_FIELDS[field];
  const empty: [string, Cell, boolean] = ["empty", { kind: "empty", cell: "A1" }, !required];
  const error: [string, Cell, boolean] = ["error", { kind: "error", code: "#N/A", cell: "A1" }, false];
  if (kind === "text") return [empty, error, ["text", { kind: "text", value: "x", cell: "A1" }, true]];
  return [
    empty,
    error,
    ["number", { kind: "number", value: 5, cell: "A1" }, true],
    ["number typed as text", { kind: "number", value: 5, cell: "A1", fromText: "5" }, false],
    ["invalid", { kind: "invalid", text: "lima", reason: "NOT_A_NUMBER", cell: "A1" }, false],
  ];
}

describe("the line field table", () => {
  it("gives the lists the checks walk, in table order", () => {
    expect(REQUIRED_FIELDS).toEqual(["menu", "rincian", "uraian", "volume", "satuan", "hargaSatuan"]);
    expect(NUMBER_FIELDS).toEqual(["volume", "hargaSatuan", "jumlah", "latitude", "longitude"]);
    expect([...TEXT_FIELDS, ...NUMBER_FIELDS].sort()).toEqual([...FIELDS].sort());
    // Each field's kind is the kind of cell the reader gives it.
    for (const field of FIELDS) {
      const cell = clean[field];
      expect({ field, kind: cell.kind === "empty" ? "?" : cell.kind }).toEqual({
        field,
        kind: cell.kind === "empty" ? "?" : LINE_FIELDS[field].kind,
      });
    }
  });

  it("holds usualCells to it: a clean line is usual", () => {
    expect(usualCells(clean)).toBe(true);
  });

  it.each(FIELDS)("holds usualCells to it for %s", (field) => {
    for (const [name, cell, usual] of variants(field)) {
      expect({ field, name, usual: usualCells(with_(field, cell)) }).toEqual({ field, name, usual });
    }
  });
});
