// `node scripts/run-ts.mjs scripts/tune-apart.ts [--details]`: the figures to tune inference over
// users' codes by, and only those — tuning halves, never a held-out one. The questions on codes
// written for the evaluation (apartNN-tuning.yaml, each within its code, as a user's code is
// searched), pooled and each; the built-in codes each written apart (tuning.yaml, inferred); and
// the pooled standard-judged tuning halves (freshNN-tuning.yaml), which inference must not lower.
// --details lists each apart question whose first hit is wrong, with the expected standards'
// inferred concepts and the concepts of the standard ranked first.
import { join } from "node:path";
import { builtIndex, evaluate, evaluateInferredApart, pooled, readBuiltinLibrary, readEvalCases, STANDARD_JUDGED_SETS, USERS_CODES_SETS, withUsersCodes, expectedKey, type EvalReport } from "../test/eval/evaluate.js";
import { conceptsOfCode } from "../src/core/concepts/standard-concepts.js";

const root = process.cwd();
const library = readBuiltinLibrary(root);
const figures = (report: EvalReport) => `${report.recall.toFixed(4)} / ${report.firstHit.toFixed(4)}  (${report.results.length} questions)`;
const details = process.argv.includes("--details");

const apartReports: EvalReport[] = [];
for (const { set, codes } of USERS_CODES_SETS) {
  const withCodes = withUsersCodes(library, join(root, codes));
  const report = evaluate(withCodes, readEvalCases(join(root, "test/eval", `${set}-tuning.yaml`)), builtIndex(withCodes));
  apartReports.push(report);
  console.log(`${set}-tuning  ${figures(report)}`);
  if (!details) continue;
  const conceptsOf = new Map<string, string[]>();
  for (const code of withCodes.codes.filter((each) => each.origin === "user")) {
    for (const [key, found] of conceptsOfCode(withCodes, code)) conceptsOf.set(key, found.ids);
  }
  for (const result of report.results.filter((each) => !each.firstHitRight || each.recall < 1)) {
    console.log(`  ${result.firstHitRight ? "  " : "✗ "}${result.case.query}  recall ${result.recall.toFixed(2)}`);
    for (const reference of result.case.expect) console.log(`      want ${reference.padEnd(28)} ${(conceptsOf.get(expectedKey(withCodes, reference)) ?? []).join(", ")}${result.missing.includes(reference) ? "  (missing)" : ""}`);
    for (const hit of result.hits.slice(0, 3)) console.log(`      got  ${hit}`);
  }
}
console.log(`apart pooled   ${figures(pooled(apartReports))}`);
const inferred = evaluateInferredApart(library, readEvalCases(join(root, "test/eval/tuning.yaml")));
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
console.log(`built-in codes written apart (tuning.yaml, inferred, mean of codes)  ${mean(inferred.map(({ inferred }) => inferred.recall)).toFixed(4)} / ${mean(inferred.map(({ inferred }) => inferred.firstHit)).toFixed(4)}`);
for (const { code, inferred: each } of inferred) console.log(`    ${code.padEnd(16)} ${figures(each)}`);
const index = builtIndex(library);
const judged = STANDARD_JUDGED_SETS.map((set) => evaluate(library, readEvalCases(join(root, "test/eval", `fresh${set}-tuning.yaml`)), index));
console.log(`standard-judged tuning halves, pooled  ${figures(pooled(judged))}`);
