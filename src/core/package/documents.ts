/** The other documents of a proposal package, read from their sheets by kind (DESIGN.md §3a). */
import type { Grid } from "../grid/types";
import { readKak, type KakDocument } from "./kak";
import type { SheetKind } from "./kinds";
import { readRab, type RabDocument } from "./rab";
import { readRealisasi, type RealisasiDocument } from "./realisasi";
import { readSentraSheet, type SentraSheet } from "./sentra";

export interface PackageDocuments {
  readonly rab: readonly RabDocument[];
  readonly kak: readonly KakDocument[];
  readonly sentra: readonly SentraSheet[];
  readonly realisasi: readonly RealisasiDocument[];
}

export interface DocumentsBuilder {
  add(kind: SheetKind, grid: Grid): void;
  build(): PackageDocuments;
}

export function documentsBuilder(): DocumentsBuilder {
  const rab: RabDocument[] = [];
  const kak: KakDocument[] = [];
  const sentra: SentraSheet[] = [];
  const realisasi: RealisasiDocument[] = [];
  const push = <T>(list: T[], doc: T | undefined) => {
    if (doc !== undefined) list.push(doc);
  };
  return {
    add(kind, grid) {
      if (kind === "rab") push(rab, readRab(grid));
      else if (kind === "kak") push(kak, readKak(grid));
      else if (kind === "sentra") push(sentra, readSentraSheet(grid));
      else if (kind === "realisasi") push(realisasi, readRealisasi(grid));
    },
    build: () => ({ rab, kak, sentra, realisasi }),
  };
}
