// Word-level changes between two wordings of a standard, and their plain-text redline in git's
// word-diff notation: [-removed-]{+added+}. The renderer colours the same changes on a TTY.
import { diffWordsWithSpace } from "diff";

export interface WordChange {
  type: "same" | "added" | "removed";
  text: string;
}

const WHITESPACE_ONLY = /^\s+$/;

/**
 * The most word edits (a word or space added or removed) a redline is worked out to: the time
 * to find the fewest edits grows with their square (a 20,000-word standard with every fourth
 * word changed took 20 s; a 2 MiB one, hours). The built-in codes' longest redline is 131
 * edits; past this many a redline is no longer read word by word, and the text between what
 * both wordings begin and end with is shown replaced whole.
 */
const MAX_WORD_EDITS = 300;

interface Part {
  value: string;
  added: boolean;
  removed: boolean;
}

/** `before` turned into `after` by replacing all but their common first and last words. */
function replacedBetween(before: string, after: string): Part[] {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  // Back to a word's start, so that no word is split between kept and replaced.
  while (start > 0 && !(/\s/.test(before[start - 1]!) && /\S/.test(before[start] ?? " "))) start--;
  let end = 0;
  const most = Math.min(before.length, after.length) - start;
  while (end < most && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  while (end > 0 && !(/\s/.test(before[before.length - end]!) && /\S/.test(before[before.length - end - 1] ?? " "))) end--;
  const parts: Part[] = [];
  const add = (value: string, added: boolean, removed: boolean) => value !== "" && parts.push({ value, added, removed });
  add(before.slice(0, start), false, false);
  add(before.slice(start, before.length - end), false, true);
  add(after.slice(start, after.length - end), true, false);
  add(before.slice(before.length - end), false, false);
  return parts;
}

/**
 * The changes that turn `before` into `after`. The same and removed parts concatenate back to
 * `before` exactly, the same and added parts to `after`.
 *
 * jsdiff's diffWords reads better (whole phrases replaced) but drops whitespace from the old text;
 * diffWordsWithSpace keeps every character but replaces word by word. So we take the latter and
 * join replacements separated only by a space into one phrase, as diffWords would show them.
 */
export function wordChanges(before: string, after: string): WordChange[] {
  const parts = diffWordsWithSpace(before, after, { maxEditLength: MAX_WORD_EDITS }) ?? replacedBetween(before, after);
  const changes: WordChange[] = [];
  let removed = "";
  let added = "";
  const flush = () => {
    if (removed === "" && added === "") return;
    // Whitespace both sides share at the edges of a replacement is not part of it.
    const lead = commonPrefixWhitespace(removed, added);
    const trail = commonSuffixWhitespace(removed.slice(lead.length), added.slice(lead.length));
    push(changes, "same", lead);
    push(changes, "removed", removed.slice(lead.length, removed.length - trail.length));
    push(changes, "added", added.slice(lead.length, added.length - trail.length));
    push(changes, "same", trail);
    removed = "";
    added = "";
  };
  parts.forEach((part, index) => {
    if (part.removed) removed += part.value;
    else if (part.added) added += part.value;
    else if (WHITESPACE_ONLY.test(part.value) && (removed !== "" || added !== "") && isChange(parts[index + 1])) {
      removed += part.value;
      added += part.value;
    } else {
      flush();
      push(changes, "same", part.value);
    }
  });
  flush();
  return changes;
}

function isChange(part: { added: boolean; removed: boolean } | undefined): boolean {
  return part !== undefined && (part.added || part.removed);
}

function push(changes: WordChange[], type: WordChange["type"], text: string): void {
  if (text === "") return;
  const last = changes[changes.length - 1];
  if (last && last.type === type) last.text += text;
  else changes.push({ type, text });
}

function commonPrefixWhitespace(a: string, b: string): string {
  const lead = (text: string) => /^\s*/.exec(text)![0];
  const [x, y] = [lead(a), lead(b)];
  let length = 0;
  while (length < x.length && length < y.length && x[length] === y[length]) length++;
  return x.slice(0, length);
}

function commonSuffixWhitespace(a: string, b: string): string {
  const trail = (text: string) => /\s*$/.exec(text)![0];
  const [x, y] = [trail(a), trail(b)];
  let length = 0;
  while (length < x.length && length < y.length && x[x.length - 1 - length] === y[y.length - 1 - length]) length++;
  return x.slice(x.length - length);
}

/** The text before the changes (same + removed). */
export function beforeText(changes: readonly WordChange[]): string {
  return changes.filter((change) => change.type !== "added").map((change) => change.text).join("");
}

/** The text after the changes (same + added). */
export function afterText(changes: readonly WordChange[]): string {
  return changes.filter((change) => change.type !== "removed").map((change) => change.text).join("");
}

/**
 * git's plain word diff: `[-removed-]{+added+}`. Spaces at the edges of a change are written
 * outside its brackets, as git does, so that "the {+individual’s+} worldview" reads naturally.
 */
export function formatRedline(changes: readonly WordChange[]): string {
  return changes
    .map((change) => {
      if (change.type === "same") return change.text;
      const [, lead, body, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(change.text)!;
      // A change of whitespace alone ("recovery/ resiliency") is bracketed whole, or it would vanish.
      if (body === "") return change.type === "removed" ? `[-${change.text}-]` : `{+${change.text}+}`;
      return change.type === "removed" ? `${lead}[-${body}-]${trail}` : `${lead}{+${body}+}${trail}`;
    })
    .join("");
}
