// Forgiving typos: a query word no standard uses is matched against the vocabulary of the
// index (a few thousand distinct words, not the standards themselves) with fuse.js, and the
// candidates it finds are kept only if they are a small number of keyboard slips away.
import Fuse from "fuse.js";
import { typoDistance } from "../suggest.js";

/** Fuse's own cut-off, loose on purpose: it only proposes, the edit distance decides. */
const FUSE_THRESHOLD = 0.5;
/** At most this many corrections of one word (ties at the smallest distance). */
const MAX_CORRECTIONS = 3;

/**
 * Edits a word of this length may be away from what was meant. Short words are left alone:
 * one edit of a three-letter word reaches dozens of real words. A four-letter word is corrected
 * only for the commonest slips, for the same reason (shortSlip).
 */
export function allowedEdits(length: number): number {
  if (length < 4) return 0;
  if (length < 9) return 1;
  return 2;
}

export function sameLetters(a: string, b: string): boolean {
  return [...a].sort().join("") === [...b].sort().join("");
}

/** Whether `long` is `short` with one letter more ("gifts", "gifs"). */
function oneLetterMore(short: string, long: string): boolean {
  if (long.length !== short.length + 1) return false;
  let at = 0;
  while (at < short.length && short[at] === long[at]) at++;
  return short.slice(at) === long.slice(at + 1);
}

/**
 * The slips a four-letter word is corrected for: two letters swapped ("gfit") and one letter
 * left out ("gifs", "mony"), as fast typing and dyslexic spelling make them most. A letter
 * changed or added reaches far more words that were not meant.
 */
export function shortSlip(typed: string, candidate: string): boolean {
  return sameLetters(typed, candidate) || oneLetterMore(typed, candidate);
}

/**
 * The vocabulary entries the user most likely meant by `word`: those fewest edits away, in
 * alphabetical order (none when nothing is close enough). `vocabulary` holds lower-case words as text.ts `words` makes them, or their
 * stems; `typed` is what the user typed, whose length sets the edits allowed: the stem of a
 * mistyped word carries the same slips ("harrasment" → harras, meant harass).
 */
export function correctTypo(word: string, vocabulary: readonly string[], typed: string = word): string[] {
  const allowed = allowedEdits(typed.length);
  if (allowed === 0) return [];
  const acceptable = (candidate: string, distance: number) =>
    distance <= allowed && (typed.length >= 5 || shortSlip(word, candidate));
  const pairs = letterPairs(word);
  const plausible = vocabulary.filter((candidate) => sharesEnough(word, pairs, candidate, allowed));
  if (plausible.length === 0) return [];
  const fuse = new Fuse(plausible, { includeScore: true, threshold: FUSE_THRESHOLD, ignoreLocation: true });
  const scored = fuse
    .search(word)
    .map((result) => ({ candidate: result.item, distance: typoDistance(word, result.item) }))
    .filter(({ candidate, distance }) => acceptable(candidate, distance));
  if (scored.length === 0) return [];
  const nearest = Math.min(...scored.map(({ distance }) => distance));
  return scored
    .filter(({ distance }) => distance === nearest)
    .map(({ candidate }) => candidate)
    .sort()
    .slice(0, MAX_CORRECTIONS);
}

function letterPairs(word: string): string[] {
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < word.length; i++) pairs.add(word.slice(i, i + 2));
  return [...pairs];
}

/**
 * A cheap necessary condition for being within `allowed` edits, so that Fuse looks at dozens of
 * words, not the whole vocabulary: the lengths differ by at most `allowed`, and since one edit
 * (a swap included) changes at most three of a word's letter pairs, all but 3 × allowed of the
 * word's distinct letter pairs appear in the candidate.
 */
function sharesEnough(word: string, pairs: readonly string[], candidate: string, allowed: number): boolean {
  if (Math.abs(candidate.length - word.length) > allowed) return false;
  let missing = 0;
  for (const pair of pairs) if (!candidate.includes(pair) && ++missing > 3 * allowed) return false;
  return true;
}

