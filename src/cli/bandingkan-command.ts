/**
 * `dak bandingkan LAMA.xlsx BARU.xlsx`: reads both versions (never writing them), lets the core
 * review the revision (comparison, REVISION_APPROVED_CHANGED, the new version validated) and
 * prints a table or JSON. Exit 0 = same lines and pagu, 1 = differences, 2 = usage error or a
 * file that cannot be read or holds no RK table (DESIGN.md §6).
 */
import { resolve } from "node:path";
import { hasDifferences, reviewRevision } from "../core/compare";
import { readProposal } from "../core/proposal";
import type { Proposal } from "../core/proposal/types";
import { getRuleset } from "../core/rules/bundled";
import type { Ruleset } from "../core/rules/ruleset";
import { readWorkbookFile } from "../xlsx/grid-reader";
import { DEFAULT_LIMITS } from "../xlsx/limits";
import { isUnreadableError } from "../xlsx/unreadable";
import type { BandingkanArgs } from "./args";
import { bandingkanJson } from "./format-bandingkan-json";
import { bandingkanTable } from "./format-bandingkan-table";
import type { CliIO } from "./io";
import { t } from "./messages";
import { reasonText, type Presenter } from "./presenter";
import { unreadableReport } from "./report";
import { availableTas, readRulesOption, usageError } from "./usage";

export async function runBandingkan(args: BandingkanArgs, io: CliIO, p: Presenter): Promise<number> {
  let ruleset: Ruleset | undefined;
  if (args.rules !== undefined) {
    const loaded = await readRulesOption(args.rules, io, p.lang);
    if (!loaded) return 2;
    ruleset = loaded.ruleset;
  } else if (args.ta !== undefined) {
    ruleset = getRuleset(args.ta);
    if (!ruleset) {
      return usageError(io, p.lang, {
        key: "usage.badTa",
        params: { value: args.ta, available: availableTas() },
        command: "bandingkan",
      });
    }
  }
  const old = await readVersion(args.old, io, p);
  const now = await readVersion(args.new, io, p);
  if (!old || !now) return 2;
  const review = reviewRevision(old, now, ruleset);
  const files = { old: args.old, new: args.new };
  io.stdout.write(
    args.format === "json" ? bandingkanJson(review, files, p) : bandingkanTable(review, files, p, io.color),
  );
  return hasDifferences(review.comparison) ? 1 : 0;
}

/** One version as a Proposal, or undefined after saying on stderr why it cannot be compared. */
async function readVersion(path: string, io: CliIO, p: Presenter): Promise<Proposal | undefined> {
  let proposal: Proposal;
  try {
    proposal = readProposal(await readWorkbookFile(resolve(io.cwd, path), io.limits ?? DEFAULT_LIMITS));
  } catch (e) {
    const report = isUnreadableError(e)
      ? unreadableReport(path, e.reason, e.params)
      : unreadableReport(path, "INTERNAL_ERROR", { detail: e instanceof Error ? e.message : String(e) });
    io.stderr.write(`dak: ${t(p.lang, "bandingkan.unreadable", { path, reason: reasonText(p, report) })}\n`);
    return undefined;
  }
  if (proposal.parts.length === 0) {
    io.stderr.write(`dak: ${t(p.lang, "bandingkan.noTable", { path })}\n`);
    return undefined;
  }
  return proposal;
}
