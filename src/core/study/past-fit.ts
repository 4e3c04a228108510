// A word in -ed in a blank stands in one of two frames: before a thing's name, describing it
// ("Disclose lived experiences", "other interested parties"), or after what it is said of, or in
// a passive, with no thing's name after it ("those supported, colleagues", "information is
// shared, standards"). A wrong choice must be one the codes write in the blank's frame, as
// participle-fit.ts asks before a preposition: "Disclose _____ experiences" (lived) offered
// "defined" and "outlined", which the codes never write before a thing's name; "power is _____
// and" (shared), "focused", which they never write after what it is said of. Read from the codes'
// distinct runs of three words, as verb-frames.ts reads them.
import { STOP_WORDS } from "../text.js";
import type { ClozeVocabulary } from "./cloze.js";
import { opensParticiple, PASSIVE_OPENERS } from "./verb-frames.js";

interface PastFrames {
  /** Words in -ed the codes write before a thing's name (a word that is not a small one), not in a passive. */
  describing: Set<string>;
  /** Words in -ed the codes write after what they are said of, or in a passive, before a small word. */
  saidOf: Set<string>;
}

const framesOf = new WeakMap<ClozeVocabulary, PastFrames>();

/** Whether the words after a word in -ed begin a thing's name it describes: a word that is not a small one. */
const namesAThing = (next: string | null | undefined): next is string => next !== null && next !== undefined && !STOP_WORDS.has(next);

function pastFrames(vocabulary: ClozeVocabulary): PastFrames {
  let frames = framesOf.get(vocabulary);
  if (frames) return frames;
  const wordOf: string[] = [];
  for (const [word, info] of vocabulary.words) wordOf[info.id] = word;
  frames = { describing: new Set(), saidOf: new Set() };
  const { ids, length } = vocabulary.phrases!;
  for (let at = 0; at + 2 < length; at++) {
    const [first, second, third] = [ids[at]!, ids[at + 1]!, ids[at + 2]!];
    if (first < 0 || second < 0 || third < 0) continue;
    const [before, word, after] = [wordOf[first]!, wordOf[second]!, wordOf[third]!];
    if (!word.endsWith("ed")) continue;
    if (namesAThing(after) && !PASSIVE_OPENERS.has(before)) frames.describing.add(word);
    else if (!namesAThing(after) && opensParticiple(before)) frames.saidOf.add(word);
  }
  framesOf.set(vocabulary, frames);
  return frames;
}

/**
 * Which words may be the wrong choices of a blank in -ed, after the word `previous` and before the
 * word `next` of its clause (null where punctuation or the text's end comes first): before a
 * thing's name, the words the codes write describing one; after what it is said of or in a
 * passive, the words they write so. Null where neither is read (a blank opening its text).
 */
export function pastFit(previous: string | undefined, next: string | null, vocabulary: ClozeVocabulary): ((word: string) => boolean) | null {
  if (previous === undefined) return null;
  const frames = pastFrames(vocabulary);
  if (namesAThing(next) && !PASSIVE_OPENERS.has(previous)) return (word) => frames.describing.has(word);
  if (!namesAThing(next) && opensParticiple(previous)) return (word) => frames.saidOf.has(word);
  return null;
}
