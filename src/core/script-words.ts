// Words of scripts other than Latin, where they are in a text: the project's own word rules
// (text.ts, the cloze's) read Latin letters alone, and a user's code in Russian, Arabic or
// Japanese had no words to them. Unicode's word boundaries find them (Intl.Segmenter; Chinese
// and Japanese, written without spaces, by ICU's dictionaries), as compare/wording.ts does.

import { madeWhenUsed } from "./made-when-used.js";

/** A letter of a script other than Latin: Arabic, Cyrillic, Greek, Hebrew, Chinese, Japanese… */
const otherScriptLetter = madeWhenUsed(() => /[^\p{Script=Latin}\P{L}]/u);

/** A word as a text writes it, from `start` to `end` (UTF-16 offsets). */
export interface WordAt {
  word: string;
  start: number;
  end: number;
}

let wordSegmenter: Intl.Segmenter | undefined;

/**
 * The words of `text` with a letter of a script other than Latin, in order, as written. Only a
 * text with such a letter is segmented: the segmenter's first use loads ICU's rules. Its locale
 * is fixed, so that the user's does not change the words found.
 */
export function otherScriptWords(text: string): WordAt[] {
  if (!otherScriptLetter().test(text)) return [];
  wordSegmenter ??= new Intl.Segmenter("en", { granularity: "word" });
  const found: WordAt[] = [];
  for (const { segment, index, isWordLike } of wordSegmenter.segment(text)) {
    if (isWordLike && otherScriptLetter().test(segment)) found.push({ word: segment, start: index, end: index + segment.length });
  }
  return found;
}
