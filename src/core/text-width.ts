// How many columns text takes on a terminal: one measure for the renderers (wrapping, tables,
// padding: render/columns.ts) and for the core's messages that cut a user's text short
// (shorten.ts), so that what is laid out is what the terminal shows.
//
// Width is counted by grapheme cluster (Unicode's UAX #29, Intl.Segmenter), what a terminal
// draws as one: 👩‍⚕️ is three code points and one picture, two columns, not three; é typed as
// e and its accent is one letter. A cluster follows Unicode's East Asian Width, as terminals do
// (wcwidth): Wide and Fullwidth characters, which are the CJK scripts and the emoji shown as
// pictures by default, take two columns; so does an emoji sequence (joined by ZWJ, with a skin
// tone, a flag's two letters, a keycap) and an emoji given its picture presentation by VS16
// (✌️, ⚕️); combining marks, the joiners and variation selectors take none; everything else one
// (the Ambiguous ones too: Western terminals show “ ” — ’ one column wide).

export const ANSI_PATTERN = /\x1b\[[0-9;?]*[ -/]*[@-~]/g;

/**
 * The East Asian Wide and Fullwidth code points (Unicode 14's EastAsianWidth.txt, assigned
 * characters but combining marks), as start, end pairs. Unassigned code points inside a range
 * are taken in, so that emoji and ideographs added since fall inside too; the CJK ideograph
 * planes and the emoji block of symbols and pictographs extended-A are wide throughout.
 */
// prettier-ignore
const WIDE = [
  0x1100, 0x115f, 0x231a, 0x231b, 0x2329, 0x232a, 0x23e9, 0x23ec, 0x23f0, 0x23f0, 0x23f3, 0x23f3,
  0x25fd, 0x25fe, 0x2614, 0x2615, 0x2648, 0x2653, 0x267f, 0x267f, 0x2693, 0x2693, 0x26a1, 0x26a1,
  0x26aa, 0x26ab, 0x26bd, 0x26be, 0x26c4, 0x26c5, 0x26ce, 0x26ce, 0x26d4, 0x26d4, 0x26ea, 0x26ea,
  0x26f2, 0x26f3, 0x26f5, 0x26f5, 0x26fa, 0x26fa, 0x26fd, 0x26fd, 0x2705, 0x2705, 0x270a, 0x270b,
  0x2728, 0x2728, 0x274c, 0x274c, 0x274e, 0x274e, 0x2753, 0x2755, 0x2757, 0x2757, 0x2795, 0x2797,
  0x27b0, 0x27b0, 0x27bf, 0x27bf, 0x2b1b, 0x2b1c, 0x2b50, 0x2b50, 0x2b55, 0x2b55, 0x2e80, 0x3029,
  0x302e, 0x303e, 0x3041, 0x3096, 0x309b, 0x3247, 0x3250, 0x4dbf, 0x4e00, 0xa4c6, 0xa960, 0xa97c,
  0xac00, 0xd7a3, 0xf900, 0xfad9, 0xfe10, 0xfe19, 0xfe30, 0xfe6b, 0xff01, 0xff60, 0xffe0, 0xffe6,
  0x16fe0, 0x16fe3, 0x16ff0, 0x1b2fb, 0x1f004, 0x1f004, 0x1f0cf, 0x1f0cf, 0x1f18e, 0x1f18e,
  0x1f191, 0x1f19a, 0x1f200, 0x1f320, 0x1f32d, 0x1f335, 0x1f337, 0x1f37c, 0x1f37e, 0x1f393,
  0x1f3a0, 0x1f3ca, 0x1f3cf, 0x1f3d3, 0x1f3e0, 0x1f3f0, 0x1f3f4, 0x1f3f4, 0x1f3f8, 0x1f43e,
  0x1f440, 0x1f440, 0x1f442, 0x1f4fc, 0x1f4ff, 0x1f53d, 0x1f54b, 0x1f54e, 0x1f550, 0x1f567,
  0x1f57a, 0x1f57a, 0x1f595, 0x1f596, 0x1f5a4, 0x1f5a4, 0x1f5fb, 0x1f64f, 0x1f680, 0x1f6c5,
  0x1f6cc, 0x1f6cc, 0x1f6d0, 0x1f6d2, 0x1f6d5, 0x1f6df, 0x1f6eb, 0x1f6ec, 0x1f6f4, 0x1f6fc,
  0x1f7e0, 0x1f7f0, 0x1f90c, 0x1f93a, 0x1f93c, 0x1f945, 0x1f947, 0x1f9ff, 0x1fa70, 0x1faff,
  0x20000, 0x3fffd,
];

/** Whether a terminal shows code point `code` two columns wide. */
export function isWide(code: number): boolean {
  if (code < 0x1100) return false;
  let low = 0;
  let high = WIDE.length / 2 - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (code < WIDE[2 * middle]!) high = middle - 1;
    else if (code > WIDE[2 * middle + 1]!) low = middle + 1;
    else return true;
  }
  return false;
}

/**
 * Code points that take no column: combining marks, joiners, variation selectors, and the
 * skin tones, which a terminal draws into the emoji before them (👍🏽 is two columns). Made
 * when first needed: a pattern of Unicode properties is parsed when it is made, which looks
 * its classes up in ICU (~0.3 ms), and most runs never meet a character from U+0300 on.
 */
let zeroWidth: RegExp | undefined;

export function isZeroWidth(char: string): boolean {
  return char.codePointAt(0)! >= 0x300 && (zeroWidth ??= /^[\p{Mn}\p{Me}\u200c\u200d\ufe00-\ufe0f\u{1f3fb}-\u{1f3ff}\u{e0100}-\u{e01ef}]$/u).test(char);
}

/**
 * Pictographs (Unicode's Extended_Pictographic) made when first needed, as zeroWidth is: only
 * a cluster of many code points asks, of its first, or of one after a zero width joiner.
 */
let pictographic: RegExp | undefined;

/**
 * Whether `char`, after a zero width joiner, is drawn into the emoji before it: 👨‍👩‍👧‍👦 is
 * four emoji joined into one picture, two columns, not eight. A letter after a joiner (a
 * Devanagari half form) still takes its own column, as the terminal gives it one.
 */
function joinsEmoji(char: string): boolean {
  return char.codePointAt(0)! >= 0xa9 && (pictographic ??= /^\p{Extended_Pictographic}$/u).test(char);
}

/**
 * Whether `char`, inside a grapheme cluster that is not an emoji sequence, takes no column of
 * its own: a combining mark, joiner or selector, or an emoji that a zero width joiner just
 * before it (`afterJoiner`) draws into the one before.
 */
function takesNoColumn(char: string, afterJoiner: boolean): boolean {
  return isZeroWidth(char) || (afterJoiner && joinsEmoji(char));
}

/**
 * Characters that may make a grapheme cluster with the one before or after (combining marks and
 * the scripts written with them, the joiners, selectors, the keycap, Hangul's vowel and final
 * jamo) or be one of many code points (regional indicators, skin tones, tags, and every astral
 * character, by its surrogates: the emoji), loosely: a text with none is one cluster a code
 * point, measured without Intl.Segmenter. Its first use loads ICU's break rules (~87 M
 * instructions, shorten.ts), which text in English, with its “ ” — ’, or in Chinese need not.
 * No property escapes either: the pattern is parsed at once.
 */
const MAY_CLUSTER = /[\u0300-\u036f\u0483-\u0489\u0591-\u1fff\u200c\u200d\u20d0-\u20ff\u2cef-\u2d7f\u2de0-\u2dff\u302a-\u302f\u3099\u309a\ua66f-\uabff\ud7b0-\udfff\ufb1e\ufe00-\ufe0f\ufe20-\ufe2f]/;

let graphemes: Intl.Segmenter | undefined;

/**
 * The one grapheme segmenter, made on first use: making one loads ICU's break rules, and every
 * measure and cut of text (here and in shorten.ts) reads by the same clusters.
 */
export function graphemeSegmenter(): Intl.Segmenter {
  return (graphemes ??= new Intl.Segmenter(undefined, { granularity: "grapheme" }));
}

/** The grapheme clusters of `text`, each as a terminal draws one. */
export function* graphemeClusters(text: string): Generator<string> {
  if (!MAY_CLUSTER.test(text)) {
    yield* text;
    return;
  }
  for (const { segment } of graphemeSegments(text)) yield segment;
}

const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;

/** Code units of text given to the segmenter at once (graphemeSegments). */
const SEGMENTED_AT_ONCE = 256;

/**
 * The grapheme clusters of `text` and where each starts, as the segmenter reads them, given it a
 * piece at a time: Node's Intl.Segmenter takes time in proportion to the whole text at every
 * cluster it steps to, so that measuring a word of 30,000 characters took a second and one of
 * 120,000 (a page pasted as an argument, quoted back in a message) 47 s. Each piece starts
 * where a cluster starts, and no rule of UAX #29 looks back past a cluster's start (a flag's
 * pair of regional indicators, an emoji sequence, a conjunct are each within one), so the
 * piece is read as the whole text reads there; the last cluster of a piece that is not the end
 * of the text may be cut short, and is read again as the next piece's first (a break is read
 * from the characters before it and the one after, so the one before it is as in the whole,
 * if that character is whole: a piece never ends in half a pair of surrogates). A cluster longer
 * than a piece (a letter under thousands of marks) is read from a piece twice as long.
 */
export function* graphemeSegments(text: string): Generator<{ segment: string; index: number }> {
  let start = 0;
  let size = SEGMENTED_AT_ONCE;
  while (start < text.length) {
    let end = start + size;
    const whole = end >= text.length;
    // Never half of a surrogate pair at the end: a break before it is read as before no character.
    if (!whole && isHighSurrogate(text.charCodeAt(end - 1))) end--;
    let last: { segment: string; index: number } | undefined;
    for (const { segment, index } of graphemeSegmenter().segment(text.slice(start, end))) {
      if (last !== undefined) yield { segment: last.segment, index: start + last.index };
      last = { segment, index };
    }
    if (whole) {
      yield { segment: last!.segment, index: start + last!.index };
      return;
    }
    if (last!.index === 0) size *= 2;
    else {
      start += last!.index;
      size = SEGMENTED_AT_ONCE;
    }
  }
}

/**
 * The nearest place at or before code unit `index` of `text` where a grapheme cluster starts, and
 * (clusterEdgeAtOrAfter) at or after it: where a line editor's cursor may rest, so that an arrow
 * steps over 👩‍⚕️ or an é of e and its accent whole and Backspace deletes the whole, as
 * readline-like editors do. Text with nothing that clusters is a cluster a code unit (it holds no
 * surrogates either), told without the segmenter.
 */
export function clusterEdgeAtOrBefore(text: string, index: number): number {
  if (index <= 0) return 0;
  if (index >= text.length) return text.length;
  if (!MAY_CLUSTER.test(text)) return index;
  return graphemeSegmenter().segment(text).containing(index)!.index;
}

export function clusterEdgeAtOrAfter(text: string, index: number): number {
  if (index <= 0) return 0;
  if (index >= text.length) return text.length;
  if (!MAY_CLUSTER.test(text)) return index;
  const cluster = graphemeSegmenter().segment(text).containing(index)!;
  return cluster.index === index ? index : cluster.index + cluster.segment.length;
}

/** Emoji, made when first needed (as zeroWidth is): VS16 after one asks for its picture, two columns. */
let emoji: RegExp | undefined;

const TEXT_PRESENTATION = "\ufe0e";
const EMOJI_PRESENTATION = "\ufe0f";

/** Whether `code` is a regional indicator, two of which are a flag. */
function isRegionalIndicator(code: number): boolean {
  return code >= 0x1f1e6 && code <= 0x1f1ff;
}

/**
 * Whether `code` starts a Hangul syllable that jamo after it complete (a leading consonant, or a
 * syllable a final consonant follows): the whole is one syllable, two columns.
 */
function isHangulLead(code: number): boolean {
  return (code >= 0x1100 && code <= 0x115f) || (code >= 0xa960 && code <= 0xa97c) || (code >= 0xac00 && code <= 0xd7a3);
}

/** The columns of one code point by itself: wide two, a combining mark, joiner or selector none. */
function codePointWidth(char: string): number {
  return isZeroWidth(char) ? 0 : isWide(char.codePointAt(0)!) ? 2 : 1;
}

/**
 * The columns one grapheme cluster takes. An emoji sequence is one picture, two columns: one
 * led by a pictograph (👩‍⚕️, 👍🏽, 🏴 and its tags, ❤️), a flag's two regional indicators, an
 * emoji given its picture by VS16 (1️⃣); VS15 asks for the text instead, as wide as its first
 * character. A Hangul syllable of jamo, or one a final jamo completes, two. Any other cluster (a
 * letter and its marks, Indic letters joined into a conjunct) takes its letters' columns, as
 * terminals draw them: a letter after a zero width joiner (a Devanagari half form) still its own.
 */
export function clusterWidth(cluster: string): number {
  const base = cluster.codePointAt(0);
  if (base === undefined) return 0;
  if (cluster.length === (base > 0xffff ? 2 : 1)) return codePointWidth(cluster);
  if (cluster.includes(TEXT_PRESENTATION)) return isWide(base) ? 2 : 1;
  if (isRegionalIndicator(base) || isHangulLead(base)) return 2;
  const first = String.fromCodePoint(base);
  if (base >= 0xa9 && (pictographic ??= /^\p{Extended_Pictographic}$/u).test(first)) return 2;
  if (cluster.includes(EMOJI_PRESENTATION) && (emoji ??= /^\p{Emoji}$/u).test(first)) return 2;
  let columns = 0;
  let joined = false;
  for (const char of cluster) {
    if (!takesNoColumn(char, joined)) columns += isWide(char.codePointAt(0)!) ? 2 : 1;
    joined = char === "\u200d";
  }
  return columns;
}

/**
 * How many columns `text` takes on a terminal, escape sequences (our colours) not counted. On
 * every line's path (wrapping measures each word): printable ASCII is told by one test, and text
 * of no cluster of many code points is measured a code point at a time, without segmenting.
 */
export function visibleLength(text: string): number {
  const plain = text.includes("\x1b") ? text.replace(ANSI_PATTERN, "") : text;
  if (/^[\x20-\x7e]*$/.test(plain)) return plain.length;
  let columns = 0;
  if (!MAY_CLUSTER.test(plain)) {
    for (const char of plain) columns += codePointWidth(char);
    return columns;
  }
  for (const cluster of graphemeClusters(plain)) columns += clusterWidth(cluster);
  return columns;
}
