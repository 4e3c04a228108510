/** Items in words, the last two joined by `word`: "a", "a and b", "a, b and c". */
export function joined(items: readonly string[], word: string): string {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} ${word} ${items[items.length - 1]}`;
}

/** Choices in words, as a message offers them: "a", "a or b", "a, b or c". */
export function either(choices: readonly string[]): string {
  return joined(choices, "or");
}

/** Items a message lists at most; the rest are counted. */
const LISTED = 6;

/**
 * joined, for a list of what was typed: each item once, and at most a few, the rest counted
 * ("'a', 'b', 'c', 'd', 'e', 'f' and 994 more"), so that a script's thousands of words make no
 * wall of text. `once`: false where the same item named again is worth saying (codes counted).
 */
export function joinedTyped(items: readonly string[], word: string, once = true): string {
  const listed = once ? [...new Set(items)] : items;
  if (listed.length <= LISTED + 1) return joined(listed, word);
  return `${listed.slice(0, LISTED).join(", ")} ${word} ${(listed.length - LISTED).toLocaleString("en-US")} more`;
}
