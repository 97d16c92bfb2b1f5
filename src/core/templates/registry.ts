/** The standard templates by id: what the task pane offers and `dak template <id>` writes. */
import type { TemplateContext } from "./context";
import { buildKak } from "./kak";
import { buildRab } from "./rab";
import { buildRealisasi } from "./realisasi";
import { buildRk } from "./rk";
import { buildSentra } from "./sentra";
import type { SheetSpec, TemplateId } from "./types";

export interface TemplateInfo {
  readonly id: TemplateId;
  /** Shown in the task pane and in `dak template --help` (Bahasa Indonesia). */
  readonly title: string;
  readonly build: (ctx: TemplateContext) => SheetSpec;
}

export const TEMPLATES: readonly TemplateInfo[] = [
  { id: "rk", title: "Rencana Kegiatan (RK) DAK Fisik IKM", build: buildRk },
  { id: "rab", title: "Rincian Anggaran Biaya (RAB) dengan PPN", build: buildRab },
  { id: "kak", title: "KAK/TOR: tabel output–outcome dan kebutuhan dana", build: buildKak },
  { id: "sentra", title: "Data Sentra & Indikator (sebelum/sesudah)", build: buildSentra },
  { id: "realisasi", title: "Realisasi & Penyaluran (serapan, output, tahap)", build: buildRealisasi },
];

export const TEMPLATE_IDS: readonly TemplateId[] = TEMPLATES.map((t) => t.id);

export function isTemplateId(id: string): id is TemplateId {
  return (TEMPLATE_IDS as readonly string[]).includes(id);
}

export function buildTemplate(id: TemplateId, ctx: TemplateContext): SheetSpec {
  const info = TEMPLATES.find((t) => t.id === id);
  if (!info) throw new RangeError(`unknown template ${id}`);
  return info.build(ctx);
}
