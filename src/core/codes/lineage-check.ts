// A code's lineage (source.derivedFrom) names the code it was adapted from. It is provenance,
// not content: a name that matches no code is reported (as a problem by `validate`, as a warning
// when a user's folder is loaded, where the code still loads), never a reason to refuse the code.
import { derivedFromOf, type Code } from "../../model.js";
import { didYouMean } from "../suggest.js";

export interface LineageProblem {
  code: Code;
  /** What is wrong with the name, and the nearest known id where one is close. */
  message: string;
  /**
   * The name is of a loaded code, whose lineage leads back: neither diff (compare/lineage.ts),
   * which compares the loop's codes as written apart, nor `show`'s header (withLineageFollowed)
   * follows it, since which is the older is not known.
   */
  loops?: true;
}

/**
 * The loop a code's lineage makes back to it through other codes (aa → bb → aa), if it makes
 * one: then each code of it derives, at some remove, from itself. `parentOf`: the id a code's
 * derives from, undefined where none (or no such code is loaded).
 */
export function lineageLoop(id: string, parentOf: (id: string) => string | undefined): string[] | undefined {
  const path = [id];
  const seen = new Set(path);
  for (let parent = parentOf(id); parent !== undefined; parent = parentOf(parent)) {
    path.push(parent);
    if (parent === id) return path;
    if (seen.has(parent)) return undefined; // a loop further up, not through this code
    seen.add(parent);
  }
  return undefined;
}

/**
 * Whether a code's lineage leads back to it through other codes of `byId` (aa → bb → aa): then
 * the code it names is not the one it was adapted from, nor that one's. A code that names itself
 * is not asked about here: it is said plainly where it is shown.
 */
function loopsThrough(code: Code, byId: ReadonlyMap<string, Code>): boolean {
  const parent = derivedFromOf(code);
  if (parent === undefined || parent === code.id) return false;
  return (
    lineageLoop(code.id, (id) => {
      if (id === code.id) return parent;
      const known = byId.get(id);
      return known === undefined ? undefined : derivedFromOf(known);
    }) !== undefined
  );
}

/**
 * `codes` as their headers tell them (`show`, the Markdown and HTML exports): a code whose lineage
 * loops back to it through `known` (loopsThrough) names no code it was adapted from, since which is
 * the older is not known; diff likewise compares the codes of a loop as written apart. The JSON
 * and YAML exports, code files, keep the field as written.
 */
export function withLineageFollowed(codes: readonly Code[], known: readonly Code[]): Code[] {
  const byId = new Map(known.map((code) => [code.id, code] as const));
  return codes.map((code) => {
    if (!loopsThrough(code, byId)) return code;
    const { derivedFrom: _loops, ...source } = code.source;
    return { ...code, source };
  });
}

/**
 * Whether the lineage from an id ends (at an id with no parent) without looping, remembered for
 * every id walked: a code whose lineage ends is on no loop, so lineageLoop need not walk
 * it. Five thousand users' codes derived from one built-in code each walked it, with a Set of
 * their own, on every run that loaded them.
 */
function endingLineages(parentOf: ReadonlyMap<string, string>): (id: string) => boolean {
  const ends = new Map<string, boolean>();
  return (start) => {
    const path: string[] = [];
    const onPath = new Set<string>();
    let id: string | undefined = start;
    let result: boolean;
    for (;;) {
      if (id === undefined) {
        result = true;
        break;
      }
      const known = ends.get(id);
      if (known !== undefined) {
        result = known;
        break;
      }
      if (onPath.has(id)) {
        result = false;
        break;
      }
      path.push(id);
      onPath.add(id);
      id = parentOf.get(id);
    }
    for (const walked of path) ends.set(walked, result);
    return result;
  };
}

/**
 * Each code of `checked` whose derivedFrom names itself, none of the `known` codes, or a code
 * whose own lineage leads back to it.
 */
export function lineageProblems(checked: readonly Code[], known: readonly Code[], expected: string): LineageProblem[] {
  const problems: LineageProblem[] = [];
  const ids = new Set(known.map((code) => code.id));
  const parentOf = new Map<string, string>();
  for (const code of known) {
    const parent = derivedFromOf(code);
    if (parent !== undefined && !parentOf.has(code.id)) parentOf.set(code.id, parent);
  }
  const ends = endingLineages(parentOf);
  for (const code of checked) {
    const parent = derivedFromOf(code);
    if (parent === undefined) continue;
    if (parent === code.id) {
      problems.push({ code, message: "a code cannot derive from itself; name the code it is a revision of, or leave derivedFrom out" });
      continue;
    }
    if (ids.has(parent)) {
      const loop = ends(code.id) ? undefined : lineageLoop(code.id, (id) => parentOf.get(id));
      if (loop) problems.push({ code, message: `the lineage loops (${loop.join(" → ")}): a code cannot derive, at any remove, from itself; leave derivedFrom out of the older code`, loops: true });
      continue;
    }
    // Never the code's own id: that is the one name derivedFrom cannot take.
    const suggestion = didYouMean(parent, [...ids].filter((id) => id !== code.id));
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
  return lineageProblems(users, codes, "the id of a loaded code").map(
    ({ code, message, loops }) => `${code.file} source.derivedFrom: ${message} (the code loads${loops ? "; diff compares the codes of the loop as written apart" : "; its lineage is ignored"})`,
  );
}
