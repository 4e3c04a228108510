// Runs of letters and digits as Unicode counts them (\p{L}, \p{N}), with the marks that go on
// them (\p{M}: an accent written apart, "é" as e + U+0301 in a text saved decomposed), for
// splitting a text into its words or picking them out. Without the marks, "re\u0301union" was
// the words "re" and "union": the word a search matched was missing from a hit's matched words,
// and not highlighted. A pattern of those classes runs to hundreds of ranges, and
// V8 compiles it afresh in every process (~2 ms each, most of a search's regular expression
// work); ASCII text, nearly all of the codes', is read with an ASCII pattern of the same
// characters instead, so that the Unicode one is compiled only for text that needs it.

const NON_ASCII = /[^\x00-\x7f]/;

/** A global pattern matching each run of letters and digits in `text`. */
export function letterRuns(text: string): RegExp {
  return NON_ASCII.test(text) ? /[\p{L}\p{M}\p{N}]+/gu : /[A-Za-z0-9]+/g;
}

/** A pattern matching what lies between those runs in `text` (for split). */
export function gapsBetweenLetters(text: string): RegExp {
  return NON_ASCII.test(text) ? /[^\p{L}\p{M}\p{N}]+/u : /[^A-Za-z0-9]+/;
}
