// Small words: the function words of English and what a person says around a citation when
// asking for it aloud ("please show me the Alaska code"). Dictated, they reach a command as
// words of its arguments.
import { STOP_WORDS } from "../text.js";

/** Words that ask for something rather than name it, beyond the stop words. */
const ASKING_WORDS = new Set(
  `please pls plz show display print give get find see read look open tell let quote cite pull
  bring want need hey hi um uh er erm hmm now ok okay so well`.split(/\s+/),
);

/** Whether `word` is a small word: a stop word, or one that asks rather than names. */
export function isSmallWord(word: string): boolean {
  // Punctuation around it is no part of it: "the," as dictated into a list. The run at its end
  // is matched from where it starts only (the look behind): tried from each of its marks, a word
  // of 120,000 marks and a letter took seconds a try.
  const bare = word.toLowerCase().replace(/^[^\p{L}\p{N}]+|(?<![^\p{L}\p{N}])[^\p{L}\p{N}]+$/gu, "");
  return STOP_WORDS.has(bare) || ASKING_WORDS.has(bare);
}
