// `npm run eval`: search judged on its evaluation files. The tuning file is printed query by
// query (it is what search may be tuned on); the held-out file only as its two figures, so that
// nobody tunes on it by reading it (`--held-out-details` prints it too, for the maintainers);
// the same for the questions written blind in the eighteenth session (test/eval/blind.yaml).
// Then the fresh questions labelled by concept (test/eval/fresh.yaml), as figures
// (`--fresh-details` prints them query by query), and the twenty-third session's, in a tuning
// half (`--fresh-details`) and a held-out half (figures only, as the held-out file), the
// twenty-fourth session's situations told at length and short questions likewise, the
// twenty-sixth's, twenty-eighth's and twenty-ninth's questions of three kinds judged standard
// by standard likewise, how many questions no code answers are given no answer (two halves
// alike), how far two judges of the forty-second session's questions agree (the most a search
// can be expected to reach on questions judged standard by standard), and the tuning file's queries framed as people frame a question ("is it ethical:
// …"). Last, search within a code written apart, its
// concepts inferred as a user's code's are, beside the same code curated (tuning queries only).
// After the fresh questions come those on codes written for the evaluation by helpers who saw
// no code of ours (test/fixtures/apart62/, apart63/, apart67/, apart68/, apart69/), each searched within its code, as a user's is.
// Exits 1 below the targets. Run from the repository root.
import { join } from "node:path";
import { builtIndex, casesOfConcepts, evaluate, evaluateWrittenApart, formatAgreement, formatApart, formatReport, formatSummary, framedCases, FRAMES, meetsTargets, readBuiltinLibrary, readConceptCases, readEvalCases, readQuestions, STANDARD_JUDGED_SETS, setWrittenIn, unanswered, USERS_CODES_SETS, withUsersCodes } from "../test/eval/evaluate.js";

const root = process.cwd();
const library = readBuiltinLibrary(root);
const index = builtIndex(library);
const tuningCases = readEvalCases(join(root, "test/eval/tuning.yaml"));
const tuning = evaluate(library, tuningCases, index);
const heldOut = evaluate(library, readEvalCases(join(root, "test/eval/held-out.yaml")), index);
console.log(formatReport(tuning, "tuning (test/eval/tuning.yaml)"));
console.log();
console.log(process.argv.includes("--held-out-details") ? formatReport(heldOut, "held out (test/eval/held-out.yaml)") : formatSummary(heldOut, "held out (test/eval/held-out.yaml)"));
console.log();
const blindTitle = "written blind, eighteenth session (test/eval/blind.yaml)";
const blind = evaluate(library, readEvalCases(join(root, "test/eval/blind.yaml")), index);
console.log(process.argv.includes("--held-out-details") ? formatReport(blind, blindTitle) : formatSummary(blind, blindTitle));
console.log();
const fresh = evaluate(library, casesOfConcepts(library, readConceptCases(join(root, "test/eval/fresh.yaml"))), index);
const freshTitle = "fresh questions, labelled by concept (test/eval/fresh.yaml)";
console.log(process.argv.includes("--fresh-details") ? formatReport(fresh, freshTitle) : formatSummary(fresh, freshTitle));
console.log();
const freshHalves = ["", "-narrative", "-slang"].flatMap((set) => [
  { file: `fresh23${set}-tuning.yaml`, title: `fresh questions${set.replace("-", ", ")} (23rd session), tuning half`, details: "--fresh-details" },
  { file: `fresh23${set}-held-out.yaml`, title: `fresh questions${set.replace("-", ", ")} (23rd session), held-out half`, details: "--held-out-details" },
]);
freshHalves.push(
  { file: "fresh24-narrative-tuning.yaml", title: "fresh questions, narrative (24th session), tuning half", details: "--fresh-details" },
  { file: "fresh24-narrative-held-out.yaml", title: "fresh questions, narrative (24th session), held-out half", details: "--held-out-details" },
  { file: "fresh24-plain-tuning.yaml", title: "fresh questions, short (24th session), tuning half", details: "--fresh-details" },
  { file: "fresh24-plain-held-out.yaml", title: "fresh questions, short (24th session), held-out half", details: "--held-out-details" },
);
/** A session's questions judged standard by standard, as the tuning file is: its two halves. */
const judgedByStandard = (set: string) =>
  (["tuning", "held-out"] as const).map((half) => ({
    file: `fresh${set}-${half}.yaml`,
    title: `fresh questions, standards judged (${setWrittenIn(set)}), ${half === "tuning" ? "tuning" : "held-out"} half`,
    details: half === "tuning" ? "--fresh-details" : "--held-out-details",
    byStandard: true,
  }));
const standardHalves = STANDARD_JUDGED_SETS.flatMap(judgedByStandard);
for (const { file, title, details, byStandard } of [...freshHalves.map((half) => ({ ...half, byStandard: false })), ...standardHalves]) {
  const path = join(root, "test/eval", file);
  const cases = byStandard ? readEvalCases(path) : casesOfConcepts(library, readConceptCases(path));
  const report = evaluate(library, cases, index);
  const heading = `${title} (test/eval/${file})`;
  console.log(process.argv.includes(details) ? formatReport(report, heading) : formatSummary(report, heading));
  console.log();
}
for (const { set, codes } of USERS_CODES_SETS) {
  const withCodes = withUsersCodes(library, join(root, codes));
  const codesIndex = builtIndex(withCodes);
  for (const half of ["tuning", "held-out"] as const) {
    const file = `${set}-${half}.yaml`;
    const report = evaluate(withCodes, readEvalCases(join(root, "test/eval", file)), codesIndex);
    const heading = `questions on codes written for the evaluation (${codes}), ${half} half (test/eval/${file})`;
    console.log(process.argv.includes(half === "tuning" ? "--fresh-details" : "--held-out-details") ? formatReport(report, heading) : formatSummary(report, heading));
    console.log();
  }
}
for (const { file, details } of [
  { file: "off-topic-tuning.yaml", details: "--fresh-details" },
  { file: "off-topic-held-out.yaml", details: "--held-out-details" },
]) {
  const report = unanswered(library, readQuestions(join(root, "test/eval", file)), index);
  console.log(`questions no code answers (test/eval/${file}): ${report.unanswered} of ${report.total} given no answer`);
  if (process.argv.includes(details)) for (const { query, first } of report.answered) console.log(`  answered: ${query} → ${first}`);
}
console.log();
console.log(formatAgreement(library, index, join(root, "test/eval")));
console.log();
console.log("the tuning file's queries framed as people frame a question: recall@10 / first hit");
for (const { name, frame } of FRAMES) {
  const framed = evaluate(library, framedCases(tuningCases, frame), index);
  console.log(`  ${name.padEnd(40)} ${framed.recall.toFixed(4)} / ${framed.firstHit.toFixed(4)}`);
}
console.log();
console.log(formatApart(evaluateWrittenApart(library, tuningCases), "codes written apart (the tuning file's queries, searched within each code, its concepts curated and inferred)"));
if (!meetsTargets(tuning) || !meetsTargets(heldOut)) {
  console.error("\nbelow the targets");
  process.exitCode = 1;
}
