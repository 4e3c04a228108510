// Punctuation said aloud, as dictation writes it when it does not turn the word into the mark:
// `show wisconsin 12 period` was "no code 'period'", `… 12 question mark` "no code 'question'",
// `show alaska conduct 4 comma north carolina 15` "no code 'comma north carolina'". Each such
// word is read as the mark it names, written onto the word before it; and a sentence's end
// after a reference's number ends that reference, as `;` does (`wisconsin 12. alaska conduct
// 4`: read as typed, `12.` followed by a name is a title's word, ref.ts).
import { isNumberWord, REFERENCE_SEPARATORS, type Token } from "./ref.js";

/** The marks said aloud, by the words that say them. */
const SPOKEN_MARKS: readonly { words: readonly string[]; mark: string }[] = [
  { words: ["period"], mark: "." },
  { words: ["full", "stop"], mark: "." },
  { words: ["comma"], mark: "," },
  { words: ["semicolon"], mark: ";" },
  { words: ["question", "mark"], mark: "?" },
  { words: ["exclamation", "mark"], mark: "!" },
  { words: ["exclamation", "point"], mark: "!" },
];

/** The mark said at `at`, and how many words say it; undefined where none is. */
function markSaidAt(tokens: readonly Token[], at: number): { mark: string; count: number } | undefined {
  const said = SPOKEN_MARKS.find(({ words }) => words.every((word, offset) => tokens[at + offset]?.text.toLowerCase() === word && (offset === 0 || !tokens[at + offset]!.opens)));
  return said === undefined ? undefined : { mark: said.mark, count: said.words.length };
}

/**
 * The tokens with each mark said aloud after a word written onto it ("12 period" as `12.`,
 * "4 comma" as `4,`), a semicolon as `;`; the tokens themselves where none is said. A mark's
 * name said first, with no word before it, is left as it is.
 */
export function withSpokenMarks(tokens: readonly Token[]): readonly Token[] {
  const read: Token[] = [];
  let changed = false;
  for (let at = 0; at < tokens.length; at++) {
    const said = tokens[at]!.opens ? undefined : markSaidAt(tokens, at);
    const before = read.at(-1);
    if (said === undefined || before === undefined || REFERENCE_SEPARATORS.has(before.text)) {
      read.push(tokens[at]!);
      continue;
    }
    if (said.mark === ";") read.push({ text: ";", opens: false });
    else read[read.length - 1] = { ...before, text: before.text + said.mark, ...(before.typed ? { typed: before.typed + said.mark } : {}) };
    at += said.count - 1;
    changed = true;
  }
  return changed ? read : tokens;
}

/** A number with a sentence's end after it: `12.`, `12?`, `5-7!`. */
const NUMBER_ENDING_SENTENCE = /^(.*\d)[.?!]$/;

/**
 * The tokens with a sentence's end after a reference's number, more words after it, read as
 * `;`: the number, then the end of the reference. The tokens themselves where none is so.
 */
export function withSentencesEnded(tokens: readonly Token[]): readonly Token[] {
  let changed = false;
  const read = tokens.flatMap((token, at): Token[] => {
    const number = NUMBER_ENDING_SENTENCE.exec(token.text)?.[1];
    const next = tokens[at + 1];
    if (number === undefined || !isNumberWord(number) || next === undefined || next.opens || REFERENCE_SEPARATORS.has(next.text)) return [token];
    changed = true;
    return [{ ...token, text: number }, { text: ";", opens: false }];
  });
  return changed ? read : tokens;
}
