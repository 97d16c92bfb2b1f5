/**
 * The floor as a process, doing what `dak validate FILE… --format json` does with each file, one
 * after the other on one thread: read it (floor-reader.ts), readProposal, validate with the
 * bundled ruleset of its TA, print the findings as JSON. Bundled by bench/cli.bench.ts the way
 * dak is, and run side by side with it.
 */
import { readProposal } from "../../src/core/proposal";
import { defaultRuleset, getRuleset } from "../../src/core/rules/bundled";
import { validate } from "../../src/core/rules/validate";
import { floorGrids } from "./floor-reader";

for (const file of process.argv.slice(2)) {
  const proposal = readProposal(floorGrids(file));
  const ta = proposal.parts[0]?.meta.ta;
  const ruleset = (ta?.kind === "number" ? getRuleset(ta.value) : undefined) ?? defaultRuleset();
  const findings = validate(proposal, ruleset);
  const lines = proposal.parts.reduce((n, p) => n + p.lines.length, 0);
  process.stdout.write(`${JSON.stringify({ file, lines, findings })}\n`);
}
