// The line a problem gives as its fix where a text was written without the quotes it needs
// (`text: "…"`): the user's words whole, double-quoted, so that YAML reads none of them as
// syntax. Shown only where it is the whole fix: on one line that fits, the value's own line.

/** The widest a fixed line is shown: wider, it no longer fits its line. */
const LINE_WIDTH = 80;

/**
 * `key: "value"`, or `- "value"` for a list item (`key` null), where the line fits at `indent`
 * and the value ends on its line (which ends at `lineEnd` in `text`); else null, as one line
 * would leave the lines below out.
 */
export function quotedLine(text: string, lineEnd: number, indent: number, key: string | null, value: string): string | null {
  const fixed = `${key === null ? "-" : `${key}:`} ${JSON.stringify(value)}`;
  return indent + fixed.length <= LINE_WIDTH && !goesOn(text, lineEnd, indent) ? fixed : null;
}

/** `said`, and the fixed line after it where there is one. */
export function withFix(said: string, fixed: string | null): string {
  return fixed === null ? said : `${said} — ${fixed}`;
}

/** Whether the next lines go on with the value of a key (or list item) at `keyColumn`. */
function goesOn(text: string, lineEnd: number, keyColumn: number): boolean {
  if (lineEnd === -1) return false;
  const rest = text.slice(lineEnd + 1);
  const next = /^(?:[ \t]*(?:#.*)?\r?\n)*([ \t]*)(\S?)/.exec(rest)!;
  return next[2] !== "" && next[2] !== "#" && next[1]!.length > keyColumn;
}
