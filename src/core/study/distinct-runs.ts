// What a cloze reads of the codes' runs of words, it reads from their distinct runs of three: a
// stored vocabulary keeps those and no more (material-pack.ts), each on its own, so a reading
// that counts a run twice, or sees past a run's three words, would make a warm quiz another
// quiz than a cold one (a cache must never change output).
import type { ClozeVocabulary } from "./cloze.js";

type PhraseIndex = NonNullable<ClozeVocabulary["phrases"]>;

/**
 * The distinct runs of three words of a phrase index, one after another, in the order they are
 * first written: whether a run is a phrase of the codes reads the same from them, and a thousand
 * copies of one code make them no longer than one.
 */
export function distinctRuns(phrases: PhraseIndex): number[] {
  const seen = new Map<number, Set<number>>();
  const runs: number[] = [];
  const { ids, length } = phrases;
  for (let at = 0; at + 2 < length; at++) {
    const [first, second, third] = [ids[at]!, ids[at + 1]!, ids[at + 2]!];
    if (first < 0 || second < 0 || third < 0) continue;
    // ids are below 2^26 (a word list that long would not fit in a string), so the pair is exact
    const pair = first * 2 ** 26 + second;
    let thirds = seen.get(pair);
    if (!thirds) seen.set(pair, (thirds = new Set()));
    if (thirds.has(third)) continue;
    thirds.add(third);
    runs.push(first, second, third);
  }
  return runs;
}

/** Runs of three (as distinctRuns gives them) as a phrase index: each run ended by -1, as a part is. */
export function runsApart(runs: ArrayLike<number>): PhraseIndex {
  const ids = new Int32Array((runs.length / 3) * 4);
  for (let run = 0; run * 3 < runs.length; run++) ids.set([runs[run * 3]!, runs[run * 3 + 1]!, runs[run * 3 + 2]!, -1], run * 4);
  return { ids, length: ids.length };
}

const apartOf = new WeakMap<ClozeVocabulary, PhraseIndex>();

/**
 * A vocabulary's distinct runs of three, each ended by -1: the same for a vocabulary made from the
 * codes and for one stored, where its phrase index is already so (and its runs already distinct).
 */
export function distinctRunsOf(vocabulary: ClozeVocabulary): PhraseIndex {
  let found = apartOf.get(vocabulary);
  if (!found) apartOf.set(vocabulary, (found = runsApart(distinctRuns(vocabulary.phrases!))));
  return found;
}
