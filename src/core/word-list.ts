/** Choices in words, as a message offers them: "a", "a or b", "a, b or c". */
export function either(choices: readonly string[]): string {
  return choices.length < 2 ? choices.join("") : `${choices.slice(0, -1).join(", ")} or ${choices[choices.length - 1]}`;
}
