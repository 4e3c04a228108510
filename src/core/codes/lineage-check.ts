// A code's lineage (source.derivedFrom) names the code it was adapted from. It is provenance,
// not content: a name that matches no code is reported (as a problem by `validate`, as a warning
// when a user's folder is loaded, where the code still loads), never a reason to refuse the code.
import { derivedFromOf, type Code } from "../../model.js";
import { didYouMean } from "../suggest.js";

export interface LineageProblem {
  code: Code;
  /** What is wrong with the name, and the nearest known id where one is close. */
  message: string;
}

/** Each code of `checked` whose derivedFrom names itself or none of the ids in `known`. */
export function lineageProblems(checked: readonly Code[], known: readonly string[], expected: string): LineageProblem[] {
  const problems: LineageProblem[] = [];
  for (const code of checked) {
    const parent = derivedFromOf(code);
    if (parent === undefined || (parent !== code.id && known.includes(parent))) continue;
    if (parent === code.id) {
      problems.push({ code, message: "a code cannot derive from itself; name the code it is a revision of, or leave derivedFrom out" });
      continue;
    }
    // Never the code's own id: that is the one name derivedFrom cannot take.
    const suggestion = didYouMean(parent, known.filter((id) => id !== code.id));
    problems.push({ code, message: `no code '${parent}': expected ${expected}${suggestion ? ` — ${suggestion}` : ""}` });
  }
  return problems;
}

/**
 * The warnings for users' codes once a library is loaded: one line each, saying what is ignored.
 * Built-in codes are checked by the build and the tests, not on every run.
 */
export function lineageWarnings(codes: readonly Code[]): string[] {
  const users = codes.filter((code) => code.origin === "user");
  // derivedFromOf: a cached user's code knows its lineage without its entry being read.
  if (!users.some((code) => derivedFromOf(code) !== undefined)) return [];
  const known = codes.map((code) => code.id);
  return lineageProblems(users, known, "the id of a loaded code").map(
    ({ code, message }) => `${code.file} source.derivedFrom: ${message} (the code loads; its lineage is ignored)`,
  );
}
