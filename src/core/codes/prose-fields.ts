// The fields of a code file that hold words: a standard's text, a title, a note, a remark. YAML
// reads some characters in unquoted words as its own syntax (a " #" starts a comment, a "!"
// first is a tag), and drops them without a word: where the words are text the tool prints,
// that cuts the text, and the loader says so. Ids, labels, numbers, a url or a file name are
// names, after which a comment is a comment. schema.ts is the source of truth: a test walks its
// JSON Schema so that a text field added there is one here too.

/** Fields whose value is words wherever they stand. */
const PROSE_FIELDS: ReadonlySet<string> = new Set([
  "title",
  "shortName",
  "jurisdiction",
  "document",
  "issuer",
  "adopted",
  "notice",
  "statement",
  "attribution",
  "scope",
  "heading",
  "term",
  "text",
  "intro",
  "attestation",
]);

/** Fields that hold a list of texts, one a line. */
const PROSE_LISTS: ReadonlySet<string> = new Set(["notes", "editorial", "signature", "references"]);

/** The mapping whose every field is a remark in words, whatever its name (editorial.signature). */
const REMARKS = "editorial";

/**
 * Whether the field `key` holds words, where it is a field of `parent` (the key that holds its
 * mapping, if known): a remark's field always does.
 */
export function isProseField(key: string, parent?: string | null): boolean {
  return PROSE_FIELDS.has(key) || parent === REMARKS;
}

/** Whether the list under `key` is of texts. */
export function isProseList(key: string): boolean {
  return PROSE_LISTS.has(key);
}

/** Whether the value at `path` (keys and list indices) in a code file is words. */
export function isProsePath(path: readonly (string | number | null)[]): boolean {
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  if (typeof last === "number") return typeof parent === "string" && isProseList(parent);
  return typeof last === "string" && isProseField(last, typeof parent === "string" ? parent : null);
}
