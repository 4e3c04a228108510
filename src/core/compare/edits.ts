// What kind of edit turned one wording of a standard into another, so that a revision can be
// read as eCFR's comparisons are: the same substitution made throughout ("served" → "engaging in
// services") said once with a count, changes of punctuation or capitals counted, and only the
// standards reworded otherwise shown word by word.
import type { WordChange } from "./redline.js";

/** One place where the wording changed: what was there, what is there now (either may be empty). */
export interface Hunk {
  from: string;
  to: string;
}

/**
 * none: the same words. punctuation: only punctuation, spacing or capitals changed.
 * substitutions: besides those, only substitutions made in other standards too.
 * wording: reworded otherwise.
 */
export type PairEdit = "none" | "punctuation" | "substitutions" | "wording";

/** The hunks of a redline: each run of removed and added text between unchanged text. */
export function hunksOf(changes: readonly WordChange[]): Hunk[] {
  const hunks: Hunk[] = [];
  let open: Hunk | null = null;
  for (const change of changes) {
    if (change.type === "same") {
      if (open) hunks.push(open);
      open = null;
      continue;
    }
    open ??= { from: "", to: "" };
    if (change.type === "removed") open.from += change.text;
    else open.to += change.text;
  }
  if (open) hunks.push(open);
  return hunks.map((hunk) => ({ from: hunk.from.trim(), to: hunk.to.trim() }));
}

/** Letters and digits, in lower case: what is left when punctuation, spacing and capitals are set aside. */
function lettersOf(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

/** "strong{+,+} not", "recovery/[- -]resiliency", "[-Recovery-]{+recovery+}". */
export function isPunctuationOnly(hunk: Hunk): boolean {
  return lettersOf(hunk.from) === lettersOf(hunk.to);
}

/** A hunk without the punctuation at its edges. */
function wordsOf(hunk: Hunk): Hunk {
  // The run at the end is matched from where it starts only: tried from each of its marks, a
  // long one took time growing with its square.
  const edges = /^[^\p{L}\p{N}]+|(?<![^\p{L}\p{N}])[^\p{L}\p{N}]+$/gu;
  return { from: hunk.from.replace(edges, ""), to: hunk.to.replace(edges, "") };
}

function keyOf(hunk: Hunk): string {
  return `${hunk.from}\u0000${hunk.to}`;
}

export interface SubstitutionGroup {
  from: string;
  to: string;
  /** How many times it was made, across all the pairs. */
  count: number;
  /** The pairs it was made in (indices into the pairs given), in their order. */
  pairs: number[];
}

export interface EditReading {
  /** Substitutions made in two or more pairs, most frequent first. */
  substitutions: SubstitutionGroup[];
  /** For each pair, the kind of edit. */
  edits: PairEdit[];
}

/**
 * Reads the edits of a set of pairs (each its redline; empty for the same words): a substitution
 * made in two or more of them is a repeated one, to be said once. Only versions of one code are
 * edited throughout; between codes written apart (`throughout` false) no substitution is.
 */
export function readEdits(redlines: readonly (readonly WordChange[])[], throughout = true): EditReading {
  // "served," → "engaging in services" is the substitution made elsewhere, and a comma dropped.
  const hunks = redlines.map((changes) => hunksOf(changes).filter((hunk) => !isPunctuationOnly(hunk)).map(wordsOf));
  const groups = new Map<string, SubstitutionGroup>();
  hunks.forEach((list, pair) => {
    for (const hunk of list) {
      const key = keyOf(hunk);
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { from: hunk.from, to: hunk.to, count: 0, pairs: [] }));
      group.count++;
      if (group.pairs[group.pairs.length - 1] !== pair) group.pairs.push(pair);
    }
  });
  const repeated = throughout ? [...groups.values()].filter((group) => group.pairs.length >= 2) : [];
  const repeatedKeys = new Set(repeated.map(keyOf));
  const edits = redlines.map((changes, pair): PairEdit => {
    if (changes.length === 0) return "none";
    const substantive = hunks[pair]!;
    if (substantive.length === 0) return "punctuation";
    return substantive.every((hunk) => repeatedKeys.has(keyOf(hunk))) ? "substitutions" : "wording";
  });
  repeated.sort((x, y) => y.count - x.count || y.pairs.length - x.pairs.length || x.pairs[0]! - y.pairs[0]!);
  return { substitutions: repeated, edits };
}
