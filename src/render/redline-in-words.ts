// --plain's redline: each change said in words, as the plain diff says a substitution made
// throughout ("“served” becomes “engaging in services”", "“Medi-Cal” added"). git's marks,
// [-served-]{+engaging in services+}, are read out by a screen reader as "left bracket dash
// served dash right bracket left brace plus …", or at its usual punctuation level not at all:
// the words removed and added then run on into the text around them as if all of it were one
// wording. The brackets stay around each change, for the eye; the words say what it is.
import type { WordChange } from "../core/compare/redline.js";
import type { Paint } from "./style.js";

/** How a removal and an addition are painted: the colours of the marked redline, or none. */
export interface ChangePaints {
  removed: Paint;
  added: Paint;
}

const WHITESPACE_ONLY = /^\s+$/;

/** A change's words quoted, or a change of spacing said: quoted, a space is seen by no one. */
function quoted(body: string): string {
  if (WHITESPACE_ONLY.test(body)) return body === " " ? "a space" : "spaces";
  return `“${body}”`;
}

/** The spaces a change has at its start and end, written outside its brackets, and what is between. */
function apart(text: string): { lead: string; body: string; trail: string } {
  if (WHITESPACE_ONLY.test(text)) return { lead: "", body: text, trail: "" };
  const [, lead, body, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  return { lead: lead!, body: body!, trail: trail! };
}

/**
 * The text after the changes, each change said in its brackets: "[“served” becomes “engaging in
 * services”]" where a removal meets an addition, else "[“be” added]", "[“issues” removed]",
 * "[a space removed]".
 */
export function redlineInWords(changes: readonly WordChange[], paints: ChangePaints): string {
  let text = "";
  for (let at = 0; at < changes.length; at++) {
    const change = changes[at]!;
    if (change.type === "same") {
      text += change.text;
      continue;
    }
    const next = changes[at + 1];
    if (next !== undefined && next.type !== "same" && next.type !== change.type) {
      const [removed, added] = change.type === "removed" ? [apart(change.text), apart(next.text)] : [apart(next.text), apart(change.text)];
      text += `${removed.lead || added.lead}[${paints.removed(quoted(removed.body))} becomes ${paints.added(quoted(added.body))}]${added.trail || removed.trail}`;
      at++;
      continue;
    }
    const { lead, body, trail } = apart(change.text);
    const paint = change.type === "removed" ? paints.removed : paints.added;
    text += `${lead}[${paint(quoted(body))} ${change.type}]${trail}`;
  }
  return text;
}
