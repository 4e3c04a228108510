// A text as a code file would write it, for a hint's example line ("e.g. shortName: …"): plain
// where that surely reads back as the same text, else double-quoted. Plain is kept to what no
// YAML reads otherwise (a letter first, so no indicator such as - & * ! | > ' " % @ ` and no
// number; no ":" or "#", which can end a key or start a comment; no control character or line
// break; not a word YAML 1.1 reads as a boolean or null). A JSON string is a YAML double-quoted
// scalar, so a hint loads no YAML library.
// Made when first used: a pattern of Unicode properties is parsed when it is made, looking its
// classes up in ICU (~5.7 M instructions, 1-2 ms), and this module is part of every command's
// bundle while only a hint asks.
let surelyPlain: RegExp | undefined;
const NOT_TEXT = /^(?:true|false|yes|no|on|off|y|n|null)$/i;

export function yamlScalar(text: string): string {
  surelyPlain ??= /^\p{L}[^:#\p{C}\p{Zl}\p{Zp}]*(?<!\s)$/u;
  return surelyPlain.test(text) && !NOT_TEXT.test(text) ? text : JSON.stringify(text);
}
