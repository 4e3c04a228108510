// Everyday English words that typo correction would take for slips of the codes' words ("great"
// for "treat", "garden" for "guardian"): a word a speaker spelt right is never "corrected" into
// another one. Worked out at build time from a list of spoken English words, so that no run
// loads the list.
import { stem, STOP_WORDS } from "../text.js";
import { MIN_PART_LENGTH } from "./compounds.js";
import { sortedStartingWith } from "./sorted.js";
import { typoDistance } from "../suggest.js";
import { allowedEdits, shortSlip } from "./typo.js";
import { withInflections } from "./inflections.js";
import { soundsLikeOneOf } from "./sound-alike.js";

/** Every string `word` becomes with up to `edits` letters deleted (itself included). */
function deletions(word: string, edits: number): Set<string> {
  let level = new Set([word]);
  const all = new Set(level);
  for (let round = 0; round < edits; round++) {
    const next = new Set<string>();
    for (const variant of level) for (let at = 0; at < variant.length; at++) next.add(variant.slice(0, at) + variant.slice(at + 1));
    for (const variant of next) all.add(variant);
    level = next;
  }
  return all;
}

/**
 * A lookup of the entries within typo distance of a word (and, if given, `other`), by shared
 * deletions (two strings within d edits, a swap included, share a string reached by at most d
 * deletions from each).
 */
function nearLookup(entries: readonly string[]): (word: string, typed: string, other?: (candidate: string) => boolean) => boolean {
  const byVariant = new Map<string, string[]>();
  for (const entry of entries) {
    for (const variant of deletions(entry, 2)) {
      const list = byVariant.get(variant);
      if (list === undefined) byVariant.set(variant, [entry]);
      else list.push(entry);
    }
  }
  return (word, typed, other = () => true) => {
    const allowed = allowedEdits(typed.length);
    if (allowed === 0) return false;
    for (const variant of deletions(word, allowed)) {
      for (const candidate of byVariant.get(variant) ?? []) {
        // correctTypo's rule: a four-letter word is corrected for its commonest slips only
        if (candidate !== word && other(candidate) && typoDistance(word, candidate) <= allowed && (typed.length >= 5 || shortSlip(word, candidate))) return true;
      }
    }
    return false;
  };
}

/**
 * The words of `english`, and the regular inflections of those that inflect (inflections.ts), that
 * are not in the vocabulary but have a correction in it (against its words or its stems; for a
 * word whose stem the codes use, a word of another stem, since search doubts such a word only
 * for a slip onto another word's stem) or sound like one of its words (sound-alike.ts: "duel",
 * dual), sorted: what the index's `realWords` holds.
 */
export function misleadingWords(english: Iterable<string>, vocabulary: readonly string[], stems: readonly string[]): string[] {
  const known = new Set(vocabulary);
  const stemSet = new Set(stems);
  const nearWord = nearLookup(vocabulary);
  const nearStem = nearLookup(stems);
  const soundsLike = soundsLikeOneOf(vocabulary);
  const misleading = new Set<string>();
  for (const word of withInflections(english)) {
    if (known.has(word)) continue;
    const stemmed = stem(word);
    if (stemSet.has(stemmed)) {
      if (nearWord(word, word, (candidate) => stem(candidate) !== stemmed)) misleading.add(word);
      continue;
    }
    if (nearWord(word, word) || nearStem(stemmed, word) || (allowedEdits(word.length) > 0 && soundsLike(word))) misleading.add(word);
  }
  return [...misleading].sort();
}

/**
 * The words of `everyday` that begin a longer stem of `termStems` (sorted, space-separated):
 * "week" of "weekend", "sign" of "signature". Search reads a word the codes do not use as a
 * possible abbreviation of such a stem ("psych meds"); an everyday word is never one.
 */
export function everydayPrefixes(everyday: Iterable<string>, termStems: string): string[] {
  const found = new Set<string>();
  for (const word of everyday) if (sortedStartingWith(termStems, word).some((longer) => longer.length > word.length)) found.add(word);
  return [...found].sort();
}

/**
 * The words of `everyday` that end a word of `vocabulary` after a small word of three letters or
 * more (sorted): "getting" of forgetting, "long" of belong. After that small word ("thanks for
 * getting her a bed") they are the two words they read as; written-apart.ts joins a small word
 * only to a word no one says so often ("over dose").
 */
export function everydayEndings(everyday: Iterable<string>, vocabulary: readonly string[]): string[] {
  const words = new Set(everyday);
  const found = new Set<string>();
  for (const word of vocabulary) {
    for (let at = MIN_PART_LENGTH; at <= word.length - MIN_PART_LENGTH; at++) {
      const ending = word.slice(at);
      if (STOP_WORDS.has(word.slice(0, at)) && words.has(ending)) found.add(ending);
    }
  }
  return [...found].sort();
}
