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
    (!section || NOT_RESERVED_SECTION_ID.test(value))
  );
}
