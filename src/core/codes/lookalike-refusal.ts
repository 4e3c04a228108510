// A topic's or concept's name typed with letters of another script drawn as Latin ones
// (`--topic giftѕ`, its s Cyrillic): the topic resolver's forgiving matches (word stems, entry
// terms) answered it as gifts without a word, where a code's name so typed (`show аlaska`), or
// a topic's the forgiving matches miss (`ѕupervision`), is "no … — did you mean …?" with the
// letters named. No topic's or concept's name has such a letter, so a name that has one is
// refused the same way, whatever it was read as.
import { EthicsError } from "../errors.js";
import { describeLookalikes, lookalikeLetters } from "./lookalike-letters.js";
import { ethicsForLibrary } from "../command-start.js";

/**
 * The hint the topic resolver gives: where the names are listed, `--data` and all (a user's
 * code's topics are inferred, and shown in the table).
 */
export function topicListHint(withConcepts: boolean): string {
  const ethics = ethicsForLibrary();
  return withConcepts ? `\`${ethics} topics\` lists the topics, \`${ethics} concepts\` the concepts` : `\`${ethics} topics\` lists them`;
}

/**
 * Throws "no topic 'giftѕ' — did you mean gifts? ('ѕ' is Cyrillic (U+0455), not Latin s)" when
 * `typed` has a lookalike letter; `answer` is the id it was read as.
 */
export function refuseLookalikeName(typed: string, what: "topic" | "topic or concept", answer: string): void {
  if (/^[\x20-\x7e]*$/.test(typed)) return;
  const lookalikes = lookalikeLetters(typed);
  if (lookalikes.length === 0) return;
  throw new EthicsError(`no ${what} '${typed}' — did you mean ${answer}? (${describeLookalikes(lookalikes)})`, topicListHint(what !== "topic"));
}
