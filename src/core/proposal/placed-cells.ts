/**
 * The line table's cells, whose A1 address is made only when asked for (issue 18). A 100,000-line
 * RK holds 1.6 million cells; each carried its address as a string of its own, made while reading
 * and held as long as the proposal: a third of the proposal's memory and much of what the garbage
 * collector copied. A placed cell keeps its column and row packed in one number and gives `cell`
 * from a getter; its other fields are own properties, as in the plain cells of cells.ts, so every
 * reader of `.kind`, `.value` or `.cell` sees the same cell.
 *
 * What differs from a plain object: `cell` lives on the prototype. JSON.stringify still writes it
 * (toJSON), but a spread or a structured clone would drop it: copy a cell with plainCell.
 */
import { columnLetters } from "../grid/a1";
import type { CellMaker } from "./cells";
import type { NumberCell, TextCell } from "./types";

/** Rows per column in a packed place (Excel's 1,048,576): col × ROWS + row is a small integer up to column 2,047. */
const ROWS = 1_048_576;

/** Column letters made once per column ("A", …, "P"): the getter asks for them for every finding. */
const LETTERS: string[] = [];

function letters(col: number): string {
  return (LETTERS[col] ??= columnLetters(col));
}

/** The packed place of a 0-based sheet row and column. */
export function placeOf(row: number, col: number): number {
  return col * ROWS + row;
}

abstract class PlacedCell {
  readonly #place: number;

  constructor(place: number) {
    this.#place = place;
  }

  /** The A1 address, e.g. "H15". */
  get cell(): string {
    const col = Math.floor(this.#place / ROWS);
    return `${letters(col)}${this.#place - col * ROWS + 1}`;
  }

  toJSON(): object {
    return { ...this, cell: this.cell };
  }
}

class PlacedEmpty extends PlacedCell {
  readonly kind = "empty";
}

class PlacedText extends PlacedCell {
  readonly kind = "text";
  constructor(
    readonly value: string,
    place: number,
  ) {
    super(place);
  }
}

class PlacedNumber extends PlacedCell {
  readonly kind = "number";
  constructor(
    readonly value: number,
    place: number,
  ) {
    super(place);
  }
}

/** A number read from text: the text is kept (NUMBER_AS_TEXT). */
class PlacedNumberFromText extends PlacedCell {
  readonly kind = "number";
  constructor(
    readonly value: number,
    place: number,
    readonly fromText: string,
  ) {
    super(place);
  }
}

class PlacedInvalid extends PlacedCell {
  readonly kind = "invalid";
  constructor(
    readonly text: string,
    readonly reason: string,
    place: number,
  ) {
    super(place);
  }
}

class PlacedError extends PlacedCell {
  readonly kind = "error";
  constructor(
    readonly code: string,
    place: number,
  ) {
    super(place);
  }
}

/** Cells at a packed place (placeOf), for readText, readNumber and readCoordinate. */
export const AT_PLACE: CellMaker<number> = {
  empty: (place) => new PlacedEmpty(place),
  text: (value, place) => new PlacedText(value, place),
  number: (value, place, fromText) =>
    fromText === undefined ? new PlacedNumber(value, place) : new PlacedNumberFromText(value, place, fromText),
  invalid: (text, reason, place) => new PlacedInvalid(text, reason, place),
  error: (code, place) => new PlacedError(code, place),
};

/** True for a cell whose address is made when asked for. */
export function isPlacedCell(x: unknown): x is TextCell | NumberCell {
  return x instanceof PlacedCell;
}

/** A cell as a plain object with its address as an own property (for copying or comparing). */
export function plainCell<C extends TextCell | NumberCell>(cell: C): C {
  return { ...cell, cell: cell.cell };
}
