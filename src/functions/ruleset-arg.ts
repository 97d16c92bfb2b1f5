/**
 * The ruleset a custom function uses: the one active in the shared runtime (what the task pane
 * chose or loaded, else the TA of the proposal last validated, else the newest), or the fiscal
 * year given as the function's optional TA argument. Decided by core (rules/active.ts, which
 * asks rules/choose.ts), never here.
 */
import { activeRuleset } from "../core/rules/active";
import type { Ruleset } from "../core/rules/ruleset";
import { fail, isEmpty, toNumber } from "./args";
import { functionTexts } from "./texts";

/** An optional TA argument: empty = the active ruleset; else a whole year such as 2024. */
export function rulesetArg(ta: unknown): Ruleset {
  if (isEmpty(ta)) return activeRuleset().ruleset;
  const year = toNumber(ta, "ta");
  if (!Number.isInteger(year) || year < 2000 || year > 2100) fail("#VALUE!", functionTexts().badTa(year));
  return activeRuleset({ ta: year }).ruleset;
}
