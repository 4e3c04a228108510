// Words written to begin a sentence or a heading (a concept's name, its description), put where a
// sentence goes on: "governs self-care: engaging in and modeling regular self-care", not ": Engaging".

/**
 * `text` with its first letter small, unless its first word is one a sentence never lowers: an
 * abbreviation (HIPAA, DMs: a second capital) or "I".
 */
export function inSentence(text: string): string {
  if (/^\p{Lu}\p{Lu}/u.test(text) || /^I(?!\p{L})/u.test(text)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}
