// `npm run eval`: the search evaluation, query by query, then recall@10 and the share of right
// first hits. Exits 1 below the targets. Run from the repository root (bundled by the build).
import { join } from "node:path";
import { evaluate, formatReport, meetsTargets, readBuiltinLibrary, readEvalCases } from "../test/eval/evaluate.js";

const root = process.cwd();
const report = evaluate(readBuiltinLibrary(root), readEvalCases(join(root, "test/eval/queries.yaml")));
console.log(formatReport(report));
if (!meetsTargets(report)) {
  console.error("\nbelow the targets");
  process.exitCode = 1;
}
