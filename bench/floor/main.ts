/**
 * The floor as a process, doing what `dak validate FILE --format json` does with a file: read it
 * (floor-reader.ts), readProposal, validate with the bundled ruleset of its TA, print the findings
 * as JSON. Bundled by bench/reader.bench.ts the way dak is, and run side by side with it.
 */
import { readProposal } from "../../src/core/proposal";
import { defaultRuleset, getRuleset } from "../../src/core/rules/bundled";
import { validate } from "../../src/core/rules/validate";
import { floorGrids } from "./floor-reader";

const proposal = readProposal(floorGrids(process.argv[2]));
const ta = proposal.parts[0]?.meta.ta;
const ruleset = (ta?.kind === "number" ? getRuleset(ta.value) : undefined) ?? defaultRuleset();
const findings = validate(proposal, ruleset);
process.stdout.write(`${JSON.stringify({ lines: proposal.parts.reduce((n, p) => n + p.lines.length, 0), findings })}\n`);
