// What a quiz taker types: a letter (a, B) or a number (1, 2), any case, perhaps with the
// bracket or full stop the choices are printed with ("b)", "2."), in full-width forms too
// (Ａ, ２, as a Chinese, Japanese or Korean input method types them).

/** "A–D" for four choices. */
export function letterRange(count: number): string {
  return `A–${String.fromCharCode(64 + count)}`;
}

export function choiceLetter(index: number): string {
  return String.fromCharCode(65 + index);
}

/**
 * What shows nothing in an answer (pasted, or sent by a script that ends lines with NEL): zero
 * width space and joiners, word joiner, soft hyphen, variation selectors, NEL. A BOM at the start
 * of piped answers (PowerShell sends one) trim() takes already. "c\u200b" was "'c' is not one of
 * the choices", the character unseen, where names and numbers read without them.
 */
const SHOWS_NOTHING = /[\u0085\u00ad\u200b-\u200d\u2060\ufeff\ufe00-\ufe0f]/g;

/** The index of the choice an answer names, or null when it names none. */
export function parseAnswer(input: string, count: number): number | null {
  const answer = input.normalize("NFKC").replace(SHOWS_NOTHING, "").trim().toLowerCase().replace(/[).]$/, "");
  if (/^[a-z]$/.test(answer)) {
    const index = answer.charCodeAt(0) - 97;
    return index < count ? index : null;
  }
  if (/^\d+$/.test(answer)) {
    const index = Number(answer) - 1;
    return index >= 0 && index < count ? index : null;
  }
  return null;
}
