// The characters the output makes visible (src/render/terminal-text.ts says which and why), as
// patterns of plain classes: cheap to make at start-up. Here, in core, so that a name core
// suggests (a clash's "e.g. shortName: Riverside (local)") can be made without them.

/**
 * The characters made visible but C0: what JSON.stringify and YAML's quoting leave raw. With
 * them the noncharacters of the Basic Multilingual Plane (U+FDD0–U+FDEF, U+FFFE, U+FFFF), which
 * Unicode keeps out of interchange: a terminal draws them as nothing, a box or a "?", and an
 * editor may refuse the file.
 */
export const BEYOND_C0_CLASS =
  "\\u007f-\\u009f\\u061c\\u115f\\u1160\\u17b4\\u17b5\\u180e\\u200b\\u200e\\u200f\\u2028-\\u202e\\u2060-\\u206f\\u3164\\ufdd0-\\ufdef\\ufeff\\uffa0\\ufff0-\\ufffb\\ufffe\\uffff";
/** The high halves of the surrogate pairs of U+1FFFE to U+10FFFF: each plane's last two code points, noncharacters. */
const NONCHARACTER_HIGH_SURROGATES = "\\ud83f\\ud87f\\ud8bf\\ud8ff\\ud93f\\ud97f\\ud9bf\\ud9ff\\uda3f\\uda7f\\udabf\\udaff\\udb3f\\udb7f\\udbbf\\udbff";
/**
 * The high halves of every surrogate pair made visible: the shorthand format controls' (\ud82f),
 * the musical format characters' (\ud834), the tag characters' and the rest of their plane's
 * (\udb40–\udb43), and those above.
 */
export const BEYOND_C0_HIGH_SURROGATES = `\\ud82f\\ud834\\udb40-\\udb43${NONCHARACTER_HIGH_SURROGATES}`;
/**
 * Beyond the first plane, a surrogate pair each: the other characters Unicode says a renderer
 * ignores (Default_Ignorable_Code_Point) but the variation selectors U+E0100–U+E01EF, kept as
 * U+FE00–U+FE0F are (ideographic variants need them): the shorthand format controls
 * (U+1BCA0–U+1BCA3), the musical format characters (U+1D173–U+1D17A), the tag characters and
 * the unassigned rest of their plane's first block (U+E0000–U+E0FFF); and the noncharacters.
 */
export const BEYOND_C0 = `[${BEYOND_C0_CLASS}]|\\ud82f[\\udca0-\\udca3]|\\ud834[\\udd73-\\udd7a]|\\udb40[\\udc00-\\udcff\\uddf0-\\udfff]|[\\udb41-\\udb43][\\udc00-\\udfff]|[${NONCHARACTER_HIGH_SURROGATES}][\\udffe\\udfff]`;
export const UNSAFE = new RegExp(`[\\u0000-\\u001f]|${BEYOND_C0}`, "g");

/** A joiner or variation selector: kept, unless IDLE_JOINERS says otherwise. */
export const JOINER_OR_SELECTOR = /[\u200c\u200d\ufe00-\ufe0f]/;
/** A run of them with ASCII or the text's edge on both sides, where they join or vary nothing. */
export const IDLE_JOINERS = /(?<=^|[\x00-\x7f])[\u200c\u200d\ufe00-\ufe0f]+(?=$|[\x00-\x7f])/g;

/** What the output draws otherwise, tested for (UNSAFE and IDLE_JOINERS are global, for replacing). */
const DRAWN_OTHERWISE = new RegExp(`${UNSAFE.source}|${IDLE_JOINERS.source}`);

/** Whether the output would draw some of `text` otherwise (␊, <U+200B>): printed, it is not what it is. */
export function isDrawnOtherwise(text: string): boolean {
  return DRAWN_OTHERWISE.test(text);
}

/**
 * `text` without what the output would make visible: a name to suggest, which the user copies.
 * Made visible in it ("Riverside<U+200D> (local)"), copied it would read back as those words;
 * kept raw, it would hide in the name as it hid in the one that clashed.
 */
export function withoutWhatIsMadeVisible(text: string): string {
  return text.replace(IDLE_JOINERS, "").replace(UNSAFE, "");
}
