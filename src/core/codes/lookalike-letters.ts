// Letters of other scripts drawn as Latin ones (Cyrillic а, Greek ο): a name typed or pasted with
// one looks right and names nothing, and "no code 'аlaska' — did you mean alaska?" shows two
// names that look the same. They are named, so the difference can be seen. The list is the
// lowercase letters of Unicode's confusables (confusables.txt) that stand for one Latin letter
// alone, in the scripts a keyboard layout switch or a pasted document brings: Cyrillic and Greek.
// Capitals are looked up by their lowercase (А as а), and named as typed.

const LOOKALIKES: Record<string, { latin: string; script: string }> = {};
for (const [script, pairs] of [
  ["Cyrillic", "аa сc ԁd еe һh іi јj ӏl оo рp ԛq ѕs уy хx ԝw"],
  ["Greek", "αa ιi κk νv οo ρp υu χx"],
] as const) {
  for (const pair of pairs.split(" ")) {
    const [letter, latin] = [...pair] as [string, string];
    if (letter && latin) LOOKALIKES[letter] = { latin, script };
  }
}

export interface Lookalike {
  /** The letter as typed, e.g. "а" (Cyrillic). */
  letter: string;
  /** The Latin letter it is drawn as. */
  latin: string;
  script: string;
}

/** The letters of `text` drawn as Latin ones but of another script, each once, in order. */
export function lookalikeLetters(text: string): Lookalike[] {
  const found = new Map<string, Lookalike>();
  for (const character of text) {
    const lookalike = LOOKALIKES[character.toLowerCase()];
    if (lookalike && !found.has(character)) found.set(character, { letter: character, ...lookalike, latin: character === character.toLowerCase() ? lookalike.latin : lookalike.latin.toUpperCase() });
  }
  return [...found.values()];
}

/** `text` with its lookalike letters written as the Latin letters they are drawn as. */
export function asLatin(text: string): string {
  let latin = "";
  for (const character of text.toLowerCase()) latin += LOOKALIKES[character]?.latin ?? character;
  return latin;
}

/** "'а' is Cyrillic (U+0430), not Latin a": what sets the lookalikes apart, the first few named. */
export function describeLookalikes(lookalikes: readonly Lookalike[]): string {
  const named = lookalikes.slice(0, 3).map(({ letter, latin, script }) => {
    const codePoint = `U+${letter.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
    return `'${letter}' is ${script} (${codePoint}), not Latin ${latin}`;
  });
  const more = lookalikes.length - named.length;
  return named.join("; ") + (more > 0 ? `; and ${more} more` : "");
}
