// Letters of other scripts drawn as Latin ones (Cyrillic а, Greek ο): a name typed or pasted with
// one looks right and names nothing, and "no code 'аlaska' — did you mean alaska?" shows two
// names that look the same. They are named, so the difference can be seen. The list is the
// lowercase letters of Unicode's confusables (confusables.txt) that stand for one Latin letter
// alone, in the scripts a keyboard layout switch or a pasted document brings: Cyrillic and Greek.
// Capitals are looked up by their lowercase (А as а), and named as typed, but for the capitals
// confusables.txt lists apart, whose lowercase looks like no Latin letter or another (К is K, к
// is not k; Greek Ν is N where ν is v).

type Table = Record<string, { latin: string; script: string }>;

function table(rows: readonly (readonly [string, string])[]): Table {
  const letters: Table = {};
  for (const [script, pairs] of rows) {
    for (const pair of pairs.split(" ")) {
      const [letter, latin] = [...pair] as [string, string];
      if (letter && latin) letters[letter] = { latin, script };
    }
  }
  return letters;
}

const LOOKALIKES = table([
  ["Cyrillic", "аa сc ԁd еe һh іi јj ӏl оo рp ԛq ѕs уy хx ԝw"],
  ["Greek", "αa ιi κk νv οo ρp υu χx"],
]);
const CAPITALS = table([
  ["Cyrillic", "ВB НH КK МM ТT"],
  ["Greek", "ΑA ΒB ΕE ΖZ ΗH ΙI ΚK ΜM ΝN ΟO ΡP ΤT ΥY ΧX"],
]);

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
    if (found.has(character)) continue;
    const capital = CAPITALS[character];
    const lookalike = LOOKALIKES[character.toLowerCase()];
    if (capital) found.set(character, { letter: character, ...capital });
    else if (lookalike) found.set(character, { letter: character, ...lookalike, latin: character === character.toLowerCase() ? lookalike.latin : lookalike.latin.toUpperCase() });
  }
  return [...found.values()];
}

/** `text`, lower case, with its lookalike letters written as the Latin letters they are drawn as. */
export function asLatin(text: string): string {
  let latin = "";
  for (const character of text) {
    const lower = character.toLowerCase();
    latin += CAPITALS[character]?.latin.toLowerCase() ?? LOOKALIKES[lower]?.latin ?? lower;
  }
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
