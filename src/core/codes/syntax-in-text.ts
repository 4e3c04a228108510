// Words pasted unquoted into a code file (from Word, a web page) may begin with a bullet, a
// bracket or a mark that YAML reads as its own syntax, or hold a " #" that starts a comment:
// YAML then refuses the line in words about indentation or aliases, or, worse, reads it and
// drops the mark or cuts the text. What each such character is to YAML, said where a problem
// names one; the fix is the same for all: the whole text in double quotes.

/** What YAML reads a character as at the start of an unquoted value. */
const READ_AS: Record<string, string> = {
  "-": "starts a list item",
  "?": "starts a key",
  ":": "starts a key's value",
  ",": "separates the entries of a list",
  "[": "opens a list",
  "]": "closes a list",
  "{": "opens a mapping",
  "}": "closes a mapping",
  "#": "starts a comment",
  "&": "names an anchor",
  "*": "reads as an alias",
  "!": "reads as a tag",
  "|": "starts a literal block",
  ">": "starts a folded block",
  "%": "starts a directive",
  "@": "is reserved by YAML",
  "`": "is reserved by YAML",
};

/** Indicators that are syntax only with a space (or the line's end) after them: `-word` is text. */
const BEFORE_SPACE = /^[-?:](?:[ \t]|$)/;

/**
 * The character `value` (unquoted, as written) begins with that YAML reads as syntax, not text:
 * "- " written with its space; null where the value begins as text does.
 */
export function syntaxFirst(value: string): string | null {
  const first = value[0];
  if (first === undefined || READ_AS[first] === undefined) return null;
  if ("-?:".includes(first)) return BEFORE_SPACE.test(value) ? `${first} ` : null;
  return first;
}

const QUOTE_IT = "double-quote the whole text";

/** Where a comment that was meant as one goes instead, said with the fix of one that was not. */
const COMMENT_OWN_LINE = " (a comment goes on a line of its own)";

/**
 * `"!" at the start of unquoted text reads as a tag`, then what YAML did with it (`done`: "drops
 * \"!\""), and the fix.
 */
export function syntaxFirstMessage(syntax: string, done?: string): string {
  const readAs = READ_AS[syntax.trimEnd()]!;
  const fix = syntax === "#" ? QUOTE_IT + COMMENT_OWN_LINE : QUOTE_IT;
  return `${JSON.stringify(syntax)} at the start of unquoted text ${readAs}${done === undefined ? "" : `, so YAML ${done}`}: ${fix}`;
}

/** A " #" after words: YAML ends the text there and reads the rest of the line as a comment. */
export const COMMENT_CUTS_TEXT = `" #" in unquoted text starts a comment, so YAML cuts the text there: ${QUOTE_IT}${COMMENT_OWN_LINE}`;

/**
 * A comment after a key, its value empty, that reads as the field's words (cut-text.ts): said as
 * empty, with the fix if the comment was the text.
 */
export function emptiedByCommentMessage(comment: string, field: string): string {
  return `YAML reads ${JSON.stringify(comment)} as a comment, so the ${field} is empty; if it is the ${field}, double-quote it`;
}

/**
 * A line of a text that begins with "#": YAML reads it as a comment, and the text (`field`: "text",
 * "intro") ends above it. The fix is the line `fixed` where one is given (the text double-quoted
 * on one line), else the text as a folded block under its key as written (`key`, "text"; null for
 * a list item's dash), in which a "#" is a character like any other.
 */
export function commentLineMessage(field: string, key: string | null, fixed: string | null): string {
  const said = `YAML reads a line begun with "#" as a comment, so the ${field} ends above it; if this line is its words, `;
  if (fixed !== null) return `${said}double-quote the whole ${field}, this line too — ${fixed}`;
  if (key === null) return `${said}write the ${field} as a folded block, all its lines under its dash — - >-`;
  return `${said}write the ${field} as a folded block, all its lines under its key — ${key}: >-`;
}
