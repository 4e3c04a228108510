// What an id (of a code, an alias, a section) may look like: shared by the schema, its quick
// check (plain-check.ts) and options that take an id (`export --id`), without loading the schema
// validator.
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const SLUG_RULE = "lowercase letters, digits and single hyphens (e.g. 'my-agency')";

/**
 * The problem with an id written with letters outside a–z (`límites`, `centro-esperanza-ñ`): to
 * a Spanish speaker í and ñ are lowercase letters, so SLUG_RULE read as if it were met. Those
 * letters are named, with the id without their accents where that is an id; undefined for an
 * id with none.
 */
export function nonAsciiSlugMessage(input: unknown, what: string): string | undefined {
  if (typeof input !== "string" || !/[^\x00-\x7f]/.test(input)) return undefined;
  // Only letters (a joiner or a space that shows nothing is named as such by the loader).
  if (!/^[\x00-\x7f\p{L}\p{M}]*$/u.test(input)) return undefined;
  const named = [...new Set(input.normalize("NFC").match(/[^\x00-\x7f]\p{M}*/gu))].map((character) => `'${character}'`).join(", ");
  const meant = input.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
  const fix = SLUG_PATTERN.test(meant) ? `: write '${meant}'` : "";
  return `expected ${what}: ASCII letters a–z, digits and single hyphens, not ${named}${fix}`;
}

/**
 * A name a reference can reach has a letter: digits and hyphens alone (2024, 5-7) read as
 * standard numbers (ref.ts), so `ethics show 2024 gifts 1` would be a number with no code.
 */
export const HAS_LETTER = /[a-z]/;

/** "'2024' reads as a standard number in a reference; an id needs a letter, e.g. 'code-2024'". */
export function numberLikeMessage(input: unknown, prefix: string): string {
  return `'${String(input)}' reads as a standard number in a reference; an id needs a letter, e.g. '${prefix}-${String(input)}'`;
}

/**
 * Words a reference reads as joining references or numbers (ref.ts: `wi and nc`, `5 to 7`,
 * `5 through 7`), those an id can be: a code or alias so named could never be reached, as `show
 * wi and nc` is Wisconsin and North Carolina, and `show wi 1 and to 2` read no code 'to'.
 */
export const JOINING_WORD_IDS: readonly string[] = ["and", "to", "through", "thru"];
export const NOT_JOINING_WORD_ID = new RegExp(`^(?!(?:${JOINING_WORD_IDS.join("|")})$)`);

/**
 * A section may be named "to" or "through" (`show riverside to` shows it: the word ends no range
 * there), but not "and": `show riverside and` reads as the start of a list with nothing after it,
 * so the section `list riverside` names could never be shown whole.
 */
export const NOT_JOINING_WORD_SECTION_ID = /^(?!and$)/;

/** "'and' joins references (show wi and nc), so no code so named could be shown; e.g. 'code-and'". */
export function joiningWordMessage(input: unknown, prefix: string): string {
  const word = String(input);
  const use = word === "and" ? "joins references (show wi and nc)" : `makes a range (show wi 5 ${word} 7)`;
  return `'${word}' ${use}, so no ${prefix} so named could be shown; e.g. '${prefix}-${word}'`;
}

/** Why a slug is no id a code or alias can have (digits alone, a joining word), if it is not. */
export function unreachableCodeIdMessage(id: string, prefix: string): string | undefined {
  if (!HAS_LETTER.test(id)) return numberLikeMessage(id, prefix);
  if (!NOT_JOINING_WORD_ID.test(id)) return joiningWordMessage(id, prefix);
  return undefined;
}

/**
 * Section ids that name a code's value statements (target/section.ts: `ethics show alaska values 2`):
 * a section of either id would hide them.
 */
export const VALUES_SECTION = "values";
export const VALUES_TITLE_SLUG = "value-statements";
export const RESERVED_SECTION_IDS: readonly string[] = [VALUES_SECTION, VALUES_TITLE_SLUG];
export const NOT_RESERVED_SECTION_ID = new RegExp(`^(?!(?:${RESERVED_SECTION_IDS.join("|")})$)`);

export function reservedSectionMessage(input: unknown): string {
  return `'${String(input)}' is reserved: \`ethics show <code> values\` shows the code's value statements; name the section otherwise, e.g. '${String(input)}-section'`;
}

/** Whether a slug is an id a reference can reach: of a code or alias, or (`section`) of a section. */
export function isReachableId(value: unknown, section = false): boolean {
  return (
    typeof value === "string" &&
    SLUG_PATTERN.test(value) &&
    HAS_LETTER.test(value) &&
    (section ? NOT_RESERVED_SECTION_ID.test(value) && NOT_JOINING_WORD_SECTION_ID.test(value) : NOT_JOINING_WORD_ID.test(value))
  );
}

/** An item's label as typed or printed: "a", "a.", "(a)", "A" are one label (target/items.ts). */
export const foldItemLabel = (label: string) => label.trim().toLowerCase().replace(/^\(|[.)]$/g, "");

/**
 * An item's label as printed before its text: "a" as "a.", and one that ends in a mark of its
 * own ("a.", "(a)", "1)", as a source may print it and its file write it) as it is: a dot after
 * it printed "a.." and "(a).", which no source does.
 */
export const printedItemLabel = (label: string) => (/[.)]$/.test(label) ? label : `${label}.`);

/**
 * An item label is one word: a reference is read word by word (`show riverside 1 a`), so a label
 * with a space in it ("a b") could never be named. An empty one is left to the check of text.
 */
export const ONE_WORD_LABEL = /^\s*\S*\s*$/;

export const ONE_WORD_LABEL_RULE = "a label is one word, as the source prints it (a, b, iv)";

/** "duplicate item label 'a' (also items[0])…": two items one label names could not be told apart. */
export function repeatedLabelMessage(label: string, first: number): string {
  return `duplicate item label '${label}' (also items[${first}]): a reference reaches only the first; if the source repeats it, label this one apart and say so in the standard's editorial remarks`;
}

/** Where an item's label repeats an earlier one's of the same standard: its index and the earlier one's. */
export function repeatedLabels(items: readonly { label: string }[]): { at: number; first: number }[] {
  const seen = new Map<string, number>();
  const repeated: { at: number; first: number }[] = [];
  items.forEach((item, at) => {
    const folded = foldItemLabel(item.label);
    const first = seen.get(folded);
    if (first === undefined) seen.set(folded, at);
    else repeated.push({ at, first });
  });
  return repeated;
}
