// --plain for text written whole before it is known how it will be read: messages, hints,
// --help and validate's problems, made in many places (the pure core's too). A screen reader
// reads "→" as "right arrow" and "×" as "times", and at its usual punctuation level skips the
// en dash (NVDA's own symbols file: "–" at level "most"), so that "standards 1–14" is read
// "standards 1 14", two numbers. Said in words, they read as meant. (Renderers that know the
// options say them in words as they write: render/span.ts, render/diff.ts.)

/** Text in backticks is a command to paste: it must stay as typed, marks and all. */
const COMMAND = /(`[^`\n]*`)/;

const SAID: readonly [RegExp, string][] = [
  // "1–14", "1,000–2,000"; not inside a word or a file's name ("v1–2.yaml").
  [/(?<![\w.])(\d[\d,]*)–(\d[\d,]*)(?![\w–]|\.\w)/g, "$1 to $2"],
  // "a–z", "A–D": letters as a range names them.
  [/(?<![\w–])([A-Za-z])–([A-Za-z])(?![\w–])/g, "$1 to $2"],
  [/ ?→ ?/g, " to "],
  // "1,000 × 2,000 standards", "themes × codes".
  [/ × /g, " by "],
  // A menu's path: "Question bank › Import › GIFT format".
  [/ › /g, ", then "],
];

/** `text` with its ranges, arrows, × and › said in words, but for the commands in backticks. */
export function marksInWords(text: string): string {
  return text
    .split(COMMAND)
    .map((piece, at) => (at % 2 === 1 ? piece : SAID.reduce((said, [mark, words]) => said.replace(mark, words), piece)))
    .join("");
}
