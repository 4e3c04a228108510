// Characters that show nothing in a field name or an id of a code file: a zero width joiner
// pasted into `sections`, a variation selector after a letter, a NEL left at a line's end by a
// converted file. The output keeps joiners and variation selectors as they are (Persian, the
// Indic scripts and emoji need them: src/render/terminal-text.ts), so a problem that quoted
// such a key as it is read "unknown field 'sections' — did you mean sections?". In a key, an
// id or a number, which are ASCII, none has a use: each is named, and its place written out.
import { IDLE_JOINERS, UNSAFE } from "../made-visible.js";
import { ordinal } from "../ordinal.js";
import { madeWhenUsed } from "../made-when-used.js";
import { joined } from "../word-list.js";

/**
 * Format characters (joiners, bidi controls, BOM, tags), NEL and the separators, fillers and
 * variation selectors: none has a use in a field name, an id or a number. (Other controls are
 * drawn as ␛, ␇ by the output already, and seen.)
 */
const hidden = madeWhenUsed(() => /[\p{Cf}\p{Zl}\p{Zp}\u0085\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u3164\ufe00-\ufe0f\uffa0\u{e0100}-\u{e01ef}]/u);
const hiddenAll = madeWhenUsed(() => new RegExp(hidden().source, "gu"));
/**
 * Those the output keeps as they are (src/render/terminal-text.ts): written out here. The rest
 * the output draws as <U+202E> itself.
 */
const KEPT_RAW = /[\u00ad\u034f\u180b-\u180f\u200c\u200d\ufe00-\ufe0f\u{e0100}-\u{e01ef}]/gu;

const NAMES: Record<number, string> = {
  0x85: "a next line control (NEL)",
  0xad: "a soft hyphen",
  0x200b: "a zero width space",
  0x200c: "a zero width non-joiner",
  0x200d: "a zero width joiner",
  0x200e: "a left-to-right mark",
  0x200f: "a right-to-left mark",
  0x2028: "a line separator",
  0x2029: "a paragraph separator",
  0x2060: "a word joiner",
  0xfeff: "a byte order mark",
};

function codePointName(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
}

function describe(codePoint: number): string {
  const named = NAMES[codePoint];
  if (named) return named;
  if ((codePoint >= 0xfe00 && codePoint <= 0xfe0f) || (codePoint >= 0xe0100 && codePoint <= 0xe01ef)) return "a variation selector";
  if (codePoint === 0x61c || (codePoint >= 0x202a && codePoint <= 0x202e) || (codePoint >= 0x2066 && codePoint <= 0x2069)) return "a bidirectional control";
  if (codePoint >= 0xe0000 && codePoint <= 0xe007f) return "a tag character";
  return "an invisible character";
}

/**
 * What a word typed or pasted (from a web page or a PDF, or sent by a script that ends lines with
 * NEL) may carry that shows nothing and means nothing in a number or a quiz's answer letter: soft
 * hyphen, zero width space and joiners, word joiner, BOM, variation selectors, and NEL, which a
 * terminal shows as no character.
 */
const SHOWS_NOTHING_TYPED = /[\u0085\u00ad\u200b-\u200d\u2060\ufeff\ufe00-\ufe0f]/;
const SHOWS_NOTHING_TYPED_ALL = new RegExp(SHOWS_NOTHING_TYPED.source, "g");

export function hasWhatShowsNothing(text: string): boolean {
  return SHOWS_NOTHING_TYPED.test(text);
}

/** `text` without what shows nothing in it (SHOWS_NOTHING_TYPED): what the user saw and meant. */
export function withoutWhatShowsNothing(text: string): string {
  return text.replace(SHOWS_NOTHING_TYPED_ALL, "");
}

export function hasHiddenCharacters(text: string): boolean {
  return hidden().test(text);
}

/** `text` without them: the key or id that was meant. */
export function withoutHiddenCharacters(text: string): string {
  return text.replace(hiddenAll(), "");
}

/**
 * `text` without those the output draws otherwise (<U+200B>, <U+202E>, a joiner between ASCII
 * letters), those it keeps as they are (a joiner inside an emoji) kept: a word typed, as a
 * command printed to be pasted gives it again. Drawn, they were pasted as those letters; what
 * the user saw, and show reads, is the word without them.
 */
export function withoutHiddenCharactersDrawn(text: string): string {
  return text.replace(IDLE_JOINERS, "").replace(UNSAFE, (character) => (hidden().test(character) ? "" : character));
}

/** `text` with those the output keeps raw written as their code points, `secti<U+200C>ons`. */
export function hiddenCharactersShown(text: string): string {
  return text.replace(KEPT_RAW, (character) => `<${codePointName(character.codePointAt(0)!)}>`);
}

/** Places of one kind of character named, at most: a key is a word, not a pasted page. */
const PLACES_NAMED = 3;

/**
 * "a zero width joiner (U+200D) as its 5th character", each kind once with every place it is
 * at ("as its 3rd and 6th characters"): what is hidden in `text`, and where. Named at its first
 * place only, the second of two was left in by a user who deleted the one named.
 */
export function hiddenCharactersNamed(text: string): string {
  const places = new Map<number, number[]>();
  let at = 0;
  for (const character of text) {
    at++;
    if (!hidden().test(character)) continue;
    const codePoint = character.codePointAt(0)!;
    const each = places.get(codePoint);
    if (each === undefined) places.set(codePoint, [at]);
    else each.push(at);
  }
  return joined(
    [...places].map(([codePoint, each]) => {
      const named = each.slice(0, PLACES_NAMED).map(ordinal);
      const more = each.length - named.length;
      const list = more > 0 ? `${named.join(", ")} and ${more} more` : joined(named, "and");
      return `${describe(codePoint)} (${codePointName(codePoint)}) as its ${list} character${each.length > 1 ? "s" : ""}`;
    }),
    "and",
  );
}

/** How many characters of `text` show nothing: one is deleted as "it", more as "them". */
export function hiddenCharacterCount(text: string): number {
  return text.match(hiddenAll())?.length ?? 0;
}
