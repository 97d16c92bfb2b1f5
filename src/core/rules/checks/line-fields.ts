/**
 * The cells of a line the line checks read, each named once: whether it holds text or a number
 * (the compiler holds this to ProposalLine's own types) and whether every line must fill it
 * (LINE_REQUIRED). The lists checkLines walks are derived from this table, in its order, which
 * is the order of a line's findings.
 */
import type { ColumnKey, NumberCell, ProposalLine, TextCell } from "../../proposal/types";

/** Every column of the line table but "No" (a running number the checks do not read). */
export type LineField = Exclude<ColumnKey, "no">;

type FieldSpec<F extends LineField> = {
  readonly kind: ProposalLine[F] extends NumberCell ? "number" : ProposalLine[F] extends TextCell ? "text" : never;
  readonly required?: true;
};

export const LINE_FIELDS: { readonly [F in LineField]: FieldSpec<F> } = {
  menu: { kind: "text", required: true },
  rincian: { kind: "text", required: true },
  uraian: { kind: "text", required: true },
  volume: { kind: "number", required: true },
  satuan: { kind: "text", required: true },
  hargaSatuan: { kind: "number", required: true },
  jumlah: { kind: "number" },
  metode: { kind: "text" },
  lokasi: { kind: "text" },
  kecamatan: { kind: "text" },
  desa: { kind: "text" },
  latitude: { kind: "number" },
  longitude: { kind: "number" },
  penerimaManfaat: { kind: "text" },
  keterangan: { kind: "text" },
};

type FieldOfKind<K extends "text" | "number"> = {
  [F in LineField]: (typeof LINE_FIELDS)[F]["kind"] extends K ? F : never;
}[LineField];

export type TextField = FieldOfKind<"text">;
export type NumberField = FieldOfKind<"number">;

/** Every field, in table order. */
const FIELDS: readonly LineField[] = Object.keys(LINE_FIELDS) as LineField[];

/** The fields every line must fill, in table order. */
export const REQUIRED_FIELDS: readonly LineField[] = FIELDS.filter((f) => LINE_FIELDS[f].required);
export const TEXT_FIELDS = FIELDS.filter((f): f is TextField => LINE_FIELDS[f].kind === "text");
export const NUMBER_FIELDS = FIELDS.filter((f): f is NumberField => LINE_FIELDS[f].kind === "number");
