/** The standard templates by id: what the task pane offers and `dak template <id>` writes. */
import type { TemplateContext } from "./context";
import { buildAlokasi } from "./alokasi";
import { buildKak } from "./kak";
import { buildRab } from "./rab";
import { buildRealisasi } from "./realisasi";
import { buildRk } from "./rk";
import { buildSentra } from "./sentra";
import { TEMPLATE_TEXTS } from "./texts";
import type { SheetSpec, TemplateId } from "./types";

export interface TemplateInfo {
  readonly id: TemplateId;
  /** In Bahasa Indonesia; both languages with a description: templateText(id, locale). */
  readonly title: string;
  readonly build: (ctx: TemplateContext) => SheetSpec;
}

export const TEMPLATES: readonly TemplateInfo[] = [
  { id: "rk", title: TEMPLATE_TEXTS.id.rk.title, build: buildRk },
  { id: "rab", title: TEMPLATE_TEXTS.id.rab.title, build: buildRab },
  { id: "kak", title: TEMPLATE_TEXTS.id.kak.title, build: buildKak },
  { id: "sentra", title: TEMPLATE_TEXTS.id.sentra.title, build: buildSentra },
  { id: "realisasi", title: TEMPLATE_TEXTS.id.realisasi.title, build: buildRealisasi },
  { id: "alokasi", title: TEMPLATE_TEXTS.id.alokasi.title, build: buildAlokasi },
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
