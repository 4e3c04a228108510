// The one matter a question names, for a hint that compares codes on it ("how does alaska differ
// from medi-cal on gifts" → --topic gifts): what search read in it (its concepts) and what a
// word of it names (a topic or concept, as `ethics topic` takes a word), where all of that is of
// one topic. None where it names matters of several topics, or none.
import type { Library } from "../../model.js";
import { EthicsError } from "../errors.js";
import { STOP_WORDS, terms, words } from "../text.js";
import { resolveTopicOrConcept } from "./topics.js";

/**
 * `conceptIds`: the concepts search read in the question; `rest`: its words, the codes' names
 * taken out. A topic named outright is the matter ("alaska vs medi-cal on confidentiality");
 * else the one concept named; else the topic of the several named.
 */
export function themeNamed(library: Library, conceptIds: readonly string[], rest: string): string | undefined {
  const topicOf = new Map(library.concepts.map((concept) => [concept.id, concept.topic]));
  const topics = new Set<string>();
  const concepts = new Set<string>(conceptIds);
  for (const word of new Set(words(rest).filter((each) => !STOP_WORDS.has(each)))) {
    try {
      const found = resolveTopicOrConcept(library, word);
      // Only a word that is the matter's name or one of its terms: `ethics topic` takes the start
      // of a name too, and "client" of a question starts "client records and contact details".
      const key = terms(word).join(" ");
      const isNamed = (names: readonly string[]) => names.some((name) => terms(name.replace(/-/g, " ")).join(" ") === key);
      if (found.kind === "topic" && isNamed([found.topic.id, found.topic.name, ...found.topic.synonyms])) topics.add(found.topic.id);
      if (found.kind === "concept" && isNamed([found.concept.id, found.concept.name, ...found.concept.terms])) concepts.add(found.concept.id);
    } catch (error) {
      if (!(error instanceof EthicsError)) throw error;
    }
  }
  const themes = new Set([...topics, ...[...concepts].map((id) => topicOf.get(id)!)]);
  if (themes.size !== 1) return undefined;
  return topics.size === 0 && concepts.size === 1 ? [...concepts][0] : [...themes][0];
}
