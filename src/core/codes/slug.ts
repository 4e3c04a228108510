// What an id (of a code, an alias, a section) may look like: shared by the schema and by
// options that take an id (`export --id`), without loading the schema validator.
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const SLUG_RULE = "lowercase letters, digits and single hyphens (e.g. 'my-agency')";
