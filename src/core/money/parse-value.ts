/**
 * The last step of parseRupiah: the digit groups it found -> the amount's magnitude (NaN when a
 * number cannot hold it: OUT_OF_RANGE). The groups come as parallel arrays of start and length
 * in the text; `fractionAt` is the group after the decimal mark (or -1), `exponent` the power of
 * ten of a scale word ("juta" = 6).
 */
import { toSen } from "./arithmetic";

/** Below this every amount with sen is held to the sen by a number (2^53 sen). */
const SEN_EXACT_BELOW = Number.MAX_SAFE_INTEGER / 100;

/** 10^0 … 10^22, all exact as numbers. */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k);

export interface DigitGroups {
  readonly text: string;
  readonly start: Int32Array;
  readonly length: Int32Array;
  readonly count: number;
  readonly fractionAt: number;
  readonly exponent: number;
}

/**
 * Usually exact in plain arithmetic: all digits as one integer (below 2^53), then the point
 * moved by one multiplication or division by an exact power of ten, which gives the correctly
 * rounded value, as Number("…") does, without building text. Larger amounts go through text.
 */
export function magnitudeOf(g: DigitGroups): number {
  const { text, start, length } = g;
  let digits = 0;
  for (let k = 0; k < g.count; k++) {
    for (let j = start[k], e = j + length[k]; j < e; j++) digits = digits * 10 + text.charCodeAt(j) - 48;
  }
  const shift = g.exponent - (g.fractionAt < 0 ? 0 : length[g.fractionAt]);
  if (digits > Number.MAX_SAFE_INTEGER || shift < -22) return largeMagnitude(g);
  const magnitude = shift >= 0 ? digits * POWERS_OF_TEN[shift] : digits / POWERS_OF_TEN[-shift];
  return magnitude >= SEN_EXACT_BELOW ? largeMagnitude(g) : magnitude;
}

/**
 * Through one decimal string, with the scale applied by moving the point, so "166,3 miliar" is
 * exactly 166300000000. An amount whose sen a number cannot hold ("999.999.999.999.999,99"
 * would become 10^15) is NaN, as is one beyond 2^53.
 */
function largeMagnitude(g: DigitGroups): number {
  const { text, start, length, fractionAt, exponent } = g;
  const integerGroups = fractionAt < 0 ? g.count : fractionAt;
  let integer = text.slice(start[0], start[0] + length[0]);
  for (let k = 1; k < integerGroups; k++) integer += text.slice(start[k], start[k] + length[k]);
  let fraction = fractionAt < 0 ? "" : text.slice(start[fractionAt], start[fractionAt] + length[fractionAt]);
  if (exponent > 0) {
    integer += fraction.length >= exponent ? fraction.slice(0, exponent) : fraction.padEnd(exponent, "0");
    fraction = fraction.slice(exponent);
  }
  const magnitude = Number(fraction === "" ? integer : `${integer}.${fraction}`);
  if (magnitude > Number.MAX_SAFE_INTEGER) return Number.NaN;
  if (fraction !== "" && !keepsSen(magnitude, integer, fraction)) return Number.NaN;
  return magnitude;
}

function keepsSen(magnitude: number, integer: string, fraction: string): boolean {
  const sen = BigInt(integer) * 100n + BigInt(fraction.slice(0, 2).padEnd(2, "0"));
  const roundUp = fraction.length > 2 && fraction.charCodeAt(2) >= 53;
  return toSen(magnitude) === (roundUp ? sen + 1n : sen);
}
