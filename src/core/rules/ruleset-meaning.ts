/**
 * The meaning of a ruleset that a schema cannot express: references between parts (satuan,
 * metode ids), unique names and ids, ordering of stages, the years covered, and that only
 * verified rules may block (DOMAIN.md: a rule not read in a regulation never blocks a proposal).
 */
import { RULE_CODES, RULE_IDS } from "./registry";
import type { Ruleset } from "./ruleset";
import { nameKey, satuanKey } from "./names";
import { escapePointer, type ShapeProblem } from "./shape";

/** Checks that JSON Schema cannot express: references, uniqueness, ordering. */
export function checkMeaning(rs: Ruleset, problems: ShapeProblem[]): void {
  const report = (path: string, message: string) => problems.push({ path, message });
  const canonical = new Set(rs.satuan.canonical.map(satuanKey));
  const metodeIds = new Set(rs.metode.map((m) => m.id));

  for (const [written, target] of Object.entries(rs.satuan.aliases)) {
    if (!canonical.has(satuanKey(target))) {
      report(`/satuan/aliases/${escapePointer(written)}`, `"${target}" bukan satuan baku (satuan/canonical)`);
    }
  }
  uniqueNames(
    rs.metode.map((m, i) => ({ names: [m.name, ...m.aliases], path: `/metode/${i}` })),
    report,
  );
  unique(
    rs.metode.map((m, i) => ({ key: m.id, path: `/metode/${i}/id` })),
    "id metode",
    report,
  );
  uniqueNames(
    rs.menus.map((m, i) => ({ names: [m.name, ...m.aliases], path: `/menus/${i}` })),
    report,
  );
  unique(
    rs.menus.map((m, i) => ({ key: m.id, path: `/menus/${i}/id` })),
    "id menu",
    report,
  );
  unique(
    rs.menus.flatMap((m, i) => m.rincian.map((r, j) => ({ key: r.id, path: `/menus/${i}/rincian/${j}/id` }))),
    "id rincian",
    report,
  );

  rs.menus.forEach((menu, i) => {
    const menuPath = `/menus/${i}`;
    checkBounds(menu.share, `${menuPath}/share`, report);
    uniqueNames(
      menu.rincian.map((r, j) => ({ names: [r.name, ...r.aliases], path: `${menuPath}/rincian/${j}` })),
      report,
    );
    menu.rincian.forEach((r, j) => {
      const path = `${menuPath}/rincian/${j}`;
      r.satuan.forEach((s, k) => {
        if (!canonical.has(satuanKey(s))) report(`${path}/satuan/${k}`, `"${s}" bukan satuan baku (satuan/canonical)`);
      });
      r.physicalMetode?.forEach((m, k) => {
        if (!metodeIds.has(m)) report(`${path}/physicalMetode/${k}`, `"${m}" bukan id metode (metode/*/id)`);
      });
      if (menu.penunjang && r.penunjangUse === undefined) {
        report(`${path}/penunjangUse`, "rincian kegiatan penunjang wajib menyebut huruf penggunaannya (a–f)");
      }
      if (menu.penunjang !== (r.kind === "penunjang")) {
        report(`${path}/kind`, 'jenis "penunjang" hanya untuk rincian menu kegiatan penunjang, dan sebaliknya');
      }
      checkBounds(r.unitCost, `${path}/unitCost`, report);
      checkBounds(r.volume, `${path}/volume`, report);
    });
  });
  if (rs.menus.filter((m) => m.penunjang).length > 1)
    report("/menus", "hanya satu menu boleh menjadi kegiatan penunjang");

  checkRules(rs, report);
  checkBounds(rs.thresholds.latitude, "/thresholds/latitude", report);
  checkBounds(rs.thresholds.longitude, "/thresholds/longitude", report);
  if (rs.taTo < rs.ta) report("/taTo", `tahun terakhir ${rs.taTo} sebelum tahun pertama ${rs.ta}`);
  checkStages(rs, report);
}

function checkRules(rs: Ruleset, report: Report): void {
  for (const id of RULE_IDS) {
    const rule = rs.rules[id] as (typeof rs.rules)[typeof id] & { code?: string };
    if (rule.code !== undefined && rule.code !== RULE_CODES[id]) {
      report(`/rules/${id}/code`, `aturan ${id} menghasilkan kode ${RULE_CODES[id]}`);
    }
    if (rule.severity === "error" && rule.status !== "verified") {
      // DOMAIN.md: only rules read in a regulation may block a proposal.
      report(
        `/rules/${id}/severity`,
        `aturan ${id} (${RULE_CODES[id]}) berstatus "${rule.status}": hanya aturan berstatus "verified" boleh bertingkat "error"`,
      );
    }
  }
}

function checkStages(rs: Ruleset, report: Report): void {
  const stages = rs.disbursement.stages;
  stages.forEach((s, i) => {
    if (s.share === undefined && i !== stages.length - 1) {
      report(`/disbursement/stages/${i}/share`, "hanya tahap terakhir boleh tanpa porsi (sisa pagu)");
    }
  });
  const shares = stages.reduce((sum, s) => sum + (s.share ?? 0), 0);
  if (shares > 1 + 1e-9) report("/disbursement/stages", "jumlah porsi tahap melebihi 100%");
}

type Report = (path: string, message: string) => void;

function checkBounds(b: { min?: number; max?: number } | undefined, path: string, report: Report): void {
  if (b?.min !== undefined && b.max !== undefined && b.min > b.max) report(path, "min lebih besar dari max");
}

function unique(items: { key: string; path: string }[], what: string, report: Report): void {
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.key)) report(item.path, `${what} "${item.key}" dipakai lebih dari sekali`);
    seen.add(item.key);
  }
}

/** Two entries whose names fold to the same key would make matching ambiguous. */
function uniqueNames(items: { names: readonly string[]; path: string }[], report: Report): void {
  const owner = new Map<string, string>();
  for (const item of items) {
    for (const name of item.names) {
      const key = nameKey(name);
      const prev = owner.get(key);
      if (prev !== undefined && prev !== item.path) {
        report(
          item.path,
          `nama "${name}" sama dengan nama di ${prev} (setelah huruf besar/kecil dan tanda baca diabaikan)`,
        );
      }
      owner.set(key, prev ?? item.path);
    }
  }
}
