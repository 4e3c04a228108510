// What an id (of a code, an alias, a section) may look like: shared by the schema, its quick
// check (plain-check.ts) and options that take an id (`export --id`), without loading the schema
// validator.
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const SLUG_RULE = "lowercase letters, digits and single hyphens (e.g. 'my-agency')";

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
 * Section ids that name a code's value statements (target.ts: `ethics show alaska values 2`):
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
