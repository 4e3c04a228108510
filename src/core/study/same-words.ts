// `random --topic gifts --count 4 --seed 3` showed Medi-Cal Integrity 5 and Working Well Together
// Integrity 5, the same words twice: Medi-Cal's code follows Working Well Together's, often word
// for word. A text is drawn once, and where other standards in scope say it word for word, it is
// shown with their citations, as the quiz names the codes that say much the same.
import { allStandards, codeSize, type Code, type Library, type Standard, type Topic } from "../../model.js";
import { standardsOnTopic } from "../concepts/topics.js";

/**
 * What a reader compares of two standards: the text, each item (label and text) and each note,
 * spacing and the style of quotes aside.
 */
export function wordsKey(standard: Standard): string {
  const fold = (text: string) => text.replace(/\s+/g, " ").trim().replace(/[“”„″]/g, '"').replace(/[‘’‚′]/g, "'");
  return [fold(standard.text), ...standard.items.map((item) => `${item.label}\u0001${fold(item.text)}`), ...standard.notes.map(fold)].join("\u0000");
}

/**
 * Scopes of at most this many standards are read whole for the standards that share a pick's
 * words; past it (a thousand users' codes), only the built-in codes and the picks' own codes
 * are, as a draw reads only the codes of the standards it picks.
 */
const MOST_READ = 20_000;

/**
 * For each of `picks`, the other standards of the scope (`codes`, on `topic`) that say it word for
 * word, in the scope's order.
 */
export function sameWordsInScope(library: Library, codes: readonly Code[], topic: Topic | null, picks: readonly Standard[]): Standard[][] {
  const wanted = new Map(picks.map((pick) => [wordsKey(pick), [] as Standard[]]));
  const total = codes.reduce((sum, code) => sum + codeSize(code).standards, 0);
  const picked = new Set(picks.map((pick) => pick.code));
  const read = total <= MOST_READ ? codes : codes.filter((code) => code.origin === "builtin" || picked.has(code.id));
  for (const code of read) {
    for (const standard of topic ? standardsOnTopic(library, topic, code) : allStandards(code)) {
      wanted.get(wordsKey(standard))?.push(standard);
    }
  }
  const samePick = (a: Standard, b: Standard) => a.code === b.code && a.section === b.section && a.number === b.number;
  return picks.map((pick) => wanted.get(wordsKey(pick))!.filter((other) => !samePick(other, pick)));
}
