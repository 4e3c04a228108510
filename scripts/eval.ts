// `npm run eval`: search judged on its two evaluation files. The tuning file is printed query by
// query (it is what search may be tuned on); the held-out file only as its two figures, so that
// nobody tunes on it by reading it (`--held-out-details` prints it too, for the maintainers).
// Exits 1 below the targets. Run from the repository root.
import { join } from "node:path";
import { builtIndex, evaluate, formatReport, formatSummary, meetsTargets, readBuiltinLibrary, readEvalCases } from "../test/eval/evaluate.js";

const root = process.cwd();
const library = readBuiltinLibrary(root);
const index = builtIndex(library);
const tuning = evaluate(library, readEvalCases(join(root, "test/eval/tuning.yaml")), index);
const heldOut = evaluate(library, readEvalCases(join(root, "test/eval/held-out.yaml")), index);
console.log(formatReport(tuning, "tuning (test/eval/tuning.yaml)"));
console.log();
console.log(process.argv.includes("--held-out-details") ? formatReport(heldOut, "held out (test/eval/held-out.yaml)") : formatSummary(heldOut, "held out (test/eval/held-out.yaml)"));
if (!meetsTargets(tuning) || !meetsTargets(heldOut)) {
  console.error("\nbelow the targets");
  process.exitCode = 1;
}
