/** Items in words, the last two joined by `word`: "a", "a and b", "a, b and c". */
export function joined(items: readonly string[], word: string): string {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} ${word} ${items[items.length - 1]}`;
}

/** Choices in words, as a message offers them: "a", "a or b", "a, b or c". */
export function either(choices: readonly string[]): string {
  return joined(choices, "or");
}
