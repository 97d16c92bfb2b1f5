/**
 * Internal consistency of a SheetSpec: what would make a rendered template broken or misleading
 * (a formula pointing at a missing name, a dropdown fed by empty cells, content hidden under a
 * merge). Returns problems as sentences; an empty list means the spec is sound.
 */
import { parseA1, parseRangeA1, type CellCoord } from "../grid/a1";
import type { SheetSpec } from "./types";

interface Box {
  readonly start: CellCoord;
  readonly end: CellCoord;
}

const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;
const BAD_SHEET_CHARS = /[[\]:*?/\\]/;
/** A cell or range reference inside a formula: $A$1, A1, A1:B2 (no sheet prefix). */
const REF = /^\$?[A-Z]{1,3}\$?[0-9]{1,7}(?::\$?[A-Z]{1,3}\$?[0-9]{1,7})?$/;

export function checkSheetSpec(spec: SheetSpec): string[] {
  const problems: string[] = [];
  if (spec.sheetName.length === 0 || spec.sheetName.length > 31 || BAD_SHEET_CHARS.test(spec.sheetName)) {
    problems.push(`sheet name "${spec.sheetName}" is not a valid Excel sheet name`);
  }
  const names = new Set(spec.names.map((n) => n.name.toUpperCase()));
  const content = new Map<string, string>();

  for (const cell of spec.cells) {
    const at = parseA1(cell.ref);
    if (!at || at.row > MAX_ROW || at.col > MAX_COL) {
      problems.push(`cell ${cell.ref}: bad address`);
      continue;
    }
    const key = `${at.row}:${at.col}`;
    if (content.has(key)) problems.push(`cell ${cell.ref} is defined twice`);
    const kinds = [cell.text, cell.number, cell.formula].filter((v) => v !== undefined).length;
    if (kinds > 1) problems.push(`cell ${cell.ref} has more than one of text, number, formula`);
    if (cell.number !== undefined && !Number.isFinite(cell.number))
      problems.push(`cell ${cell.ref}: number is not finite`);
    if (cell.formula !== undefined) problems.push(...checkFormula(cell.ref, cell.formula, names));
    content.set(
      key,
      cell.text ?? (cell.number !== undefined ? String(cell.number) : cell.formula !== undefined ? "=" : ""),
    );
  }

  const merges = parseBoxes(spec.merges, "merge", problems);
  merges.forEach((m, i) => {
    merges.slice(i + 1).forEach((other, j) => {
      if (overlaps(m, other)) problems.push(`merges ${spec.merges[i]} and ${spec.merges[i + 1 + j]} overlap`);
    });
    for (const [key, value] of content) {
      const [row, col] = key.split(":").map(Number);
      const inside = row >= m.start.row && row <= m.end.row && col >= m.start.col && col <= m.end.col;
      const topLeft = row === m.start.row && col === m.start.col;
      if (inside && !topLeft && value !== "") problems.push(`merge ${spec.merges[i]} hides the content of a cell`);
    }
  });

  for (const v of spec.validations) {
    if (!parseRangeA1(v.range)) problems.push(`dropdown range ${v.range}: bad address`);
    const src = parseRangeA1(v.source.replace(/\$/g, ""));
    if (!src || !v.source.startsWith("$")) {
      problems.push(`dropdown source ${v.source}: not an absolute range on the sheet`);
      continue;
    }
    for (let row = src.start.row; row <= src.end.row; row++) {
      for (let col = src.start.col; col <= src.end.col; col++) {
        if (!content.get(`${row}:${col}`)) problems.push(`dropdown source ${v.source} has an empty cell`);
      }
    }
  }

  for (const n of spec.names) {
    if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(n.name) || REF.test(n.name.toUpperCase()))
      problems.push(`name ${n.name} is not a valid Excel name`);
    if (!parseRangeA1(n.ref.replace(/\$/g, ""))) problems.push(`name ${n.name}: bad reference ${n.ref}`);
  }

  if (spec.table) {
    const t = parseRangeA1(spec.table.ref);
    if (!t) problems.push(`table ${spec.table.name}: bad address`);
    else {
      const headers: string[] = [];
      for (let col = t.start.col; col <= t.end.col; col++) headers.push(content.get(`${t.start.row}:${col}`) ?? "");
      if (headers.some((h) => h === "" || h === "="))
        problems.push(`table ${spec.table.name}: every header cell must hold text`);
      if (new Set(headers.map((h) => h.toUpperCase())).size !== headers.length)
        problems.push(`table ${spec.table.name}: headers are not unique`);
      if (merges.some((m) => overlaps(m, t))) problems.push(`table ${spec.table.name} overlaps a merge`);
    }
  }

  if (spec.print.area && !parseRangeA1(spec.print.area)) problems.push(`print area ${spec.print.area}: bad address`);
  const rr = spec.print.repeatRows;
  if (rr && (rr.first < 1 || rr.last < rr.first)) problems.push("repeat rows: bad row numbers");
  return problems;
}

/** Problems of one formula: references outside the sheet or to names the spec does not define. */
function checkFormula(ref: string, expr: string, names: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  if (expr.startsWith("=")) problems.push(`cell ${ref}: formula must not start with "="`);
  const withoutStrings = expr.replace(/"(?:[^"]|"")*"/g, '""');
  if (withoutStrings.includes("!")) problems.push(`cell ${ref}: formula refers to another sheet`);
  if ((withoutStrings.match(/\(/g) ?? []).length !== (withoutStrings.match(/\)/g) ?? []).length) {
    problems.push(`cell ${ref}: unbalanced parentheses`);
  }
  const tokens = withoutStrings.matchAll(
    /(\$?[A-Za-z_][A-Za-z0-9_.]*\$?[0-9]*(?::\$?[A-Za-z]{1,3}\$?[0-9]{1,7})?)(\s*\()?/g,
  );
  for (const [, token, call] of tokens) {
    if (call) continue; // a function name
    const upper = token.toUpperCase();
    if (upper === "TRUE" || upper === "FALSE") continue;
    if (REF.test(upper)) {
      const box = parseRangeA1(upper.replace(/\$/g, ""));
      if (!box || box.end.row > MAX_ROW || box.end.col > MAX_COL)
        problems.push(`cell ${ref}: reference ${token} is outside the sheet`);
      continue;
    }
    if (!names.has(upper)) problems.push(`cell ${ref}: name ${token} is not defined`);
  }
  return problems;
}

/** The DAK custom functions a spec's formulas call, e.g. ["DAK.SISA_PAGU", …], with the cells calling them. */
export function dakFunctionCells(spec: SheetSpec): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const cell of spec.cells) {
    if (cell.formula === undefined) continue;
    for (const [fn] of cell.formula.replace(/"(?:[^"]|"")*"/g, '""').matchAll(/DAK\.[A-Z_]+/g)) {
      out.set(cell.ref, [...(out.get(cell.ref) ?? []), fn]);
    }
  }
  return out;
}

function parseBoxes(refs: readonly string[], what: string, problems: string[]): Box[] {
  const boxes: Box[] = [];
  for (const r of refs) {
    const box = parseRangeA1(r);
    if (!box) problems.push(`${what} ${r}: bad address`);
    else boxes.push(box);
  }
  return boxes;
}

function overlaps(a: Box, b: Box): boolean {
  return a.start.row <= b.end.row && b.start.row <= a.end.row && a.start.col <= b.end.col && b.start.col <= a.end.col;
}
