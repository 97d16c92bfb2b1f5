/**
 * Coordinates typed as text ("106.845", "-6,745", "6,745° LS", "106.8 BT"), read with their own
 * rules rather than parseRupiah's: a coordinate copied from a map uses a dot as its decimal mark,
 * and "106.845" is 106.845 degrees, never 106,845. So:
 * - one decimal mark, dot or comma; never thousands grouping ("1.234,5" is refused);
 * - an optional degree sign ("°", or "º" as keyboards often give it);
 * - an optional hemisphere after the number: N/S or LU/LS for latitude, E/W or BT/BB for
 *   longitude (S, LS, W and BB make it negative); a hemisphere of the other axis is refused, and
 *   so is a minus sign together with a hemisphere (which one was meant?);
 * - degrees-minutes-seconds (6°44'30" S) is refused: decimal degrees are asked for.
 */
import type { CellMaker } from "./cells";
import type { NumberCell } from "./types";

export type CoordinateAxis = "latitude" | "longitude";

/** Why a text is not a coordinate (the `reason` of the NOT_A_NUMBER finding). */
export type CoordinateFailReason =
  "COORD_FORMAT" | "COORD_GROUPING" | "COORD_DMS" | "COORD_HEMISPHERE_AXIS" | "COORD_SIGN_AND_HEMISPHERE";

export type CoordinateResult =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly reason: CoordinateFailReason };

const HEMISPHERES: Readonly<Record<string, { readonly axis: CoordinateAxis; readonly sign: 1 | -1 }>> = {
  n: { axis: "latitude", sign: 1 },
  lu: { axis: "latitude", sign: 1 },
  s: { axis: "latitude", sign: -1 },
  ls: { axis: "latitude", sign: -1 },
  e: { axis: "longitude", sign: 1 },
  bt: { axis: "longitude", sign: 1 },
  w: { axis: "longitude", sign: -1 },
  bb: { axis: "longitude", sign: -1 },
};

/** sign, degrees with at most one decimal mark, degree sign, hemisphere word. */
const COORDINATE = /^([+\-\u2212]?)\s*(\d+)(?:[.,](\d+))?\s*[°º]?\s*(?:([a-z]{1,2})\.?)?$/i;
const DMS = /\d\s*[°º]\s*\d+(?:[.,]\d+)?\s*['\u2032]/;
const DIGITS_AND_MARKS = /^[+\-\u2212]?\s*\d+(?:[.,]\d+){2,}\s*[°º]?\s*[a-z]{0,2}\.?$/i;

export function parseCoordinate(text: string, axis: CoordinateAxis): CoordinateResult {
  const t = text.replace(/\u00a0/g, " ").trim();
  const m = COORDINATE.exec(t);
  if (!m) {
    if (DMS.test(t)) return { ok: false, reason: "COORD_DMS" };
    if (DIGITS_AND_MARKS.test(t)) return { ok: false, reason: "COORD_GROUPING" };
    return { ok: false, reason: "COORD_FORMAT" };
  }
  const [, signText, whole, fraction, hemisphereText] = m;
  let sign = signText === "-" || signText === "\u2212" ? -1 : 1;
  if (hemisphereText !== undefined) {
    const hemisphere = HEMISPHERES[hemisphereText.toLowerCase()];
    if (hemisphere === undefined) return { ok: false, reason: "COORD_FORMAT" };
    if (hemisphere.axis !== axis) return { ok: false, reason: "COORD_HEMISPHERE_AXIS" };
    if (signText !== "") return { ok: false, reason: "COORD_SIGN_AND_HEMISPHERE" };
    sign = hemisphere.sign;
  }
  const magnitude = Number(fraction === undefined ? whole : `${whole}.${fraction}`);
  return { ok: true, value: sign < 0 && magnitude !== 0 ? -magnitude : magnitude };
}

/** A coordinate typed as text, read by parseCoordinate (the text is kept for NUMBER_AS_TEXT). */
export function coordinateCell(text: string, cell: string, axis: CoordinateAxis): NumberCell {
  const parsed = parseCoordinate(text, axis);
  return parsed.ok
    ? { kind: "number", value: parsed.value, cell, fromText: text }
    : { kind: "invalid", text, reason: parsed.reason, cell };
}

/** coordinateCell for any CellMaker (the line table's cells are placed: see placed-cells.ts). */
export function readCoordinate<P>(text: string, make: CellMaker<P>, place: P, axis: CoordinateAxis): NumberCell {
  const parsed = parseCoordinate(text, axis);
  return parsed.ok ? make.number(parsed.value, place, text) : make.invalid(text, parsed.reason, place);
}
