// The CLI's English word list (cli/english-words.ts), given to core once at start-up: codes,
// sections and topics are looked up from a dozen places in core, and only a name that names
// nothing asks whether it is a word spelt right (spelt-right.ts). Kept on globalThis, not in a
// variable here, since each lazy file of the build carries its own copy of this module
// (scripts/build.mjs).
const KEY = Symbol.for("ethics.isEnglishWord");

type WordCheck = (word: string) => boolean;

export function judgeWordsBy(check: WordCheck): void {
  (globalThis as { [KEY]?: WordCheck })[KEY] = check;
}

/** The check given; without one (tests of core), no word is taken as spelt right. */
export function englishWordCheck(): WordCheck {
  return (globalThis as { [KEY]?: WordCheck })[KEY] ?? (() => false);
}
