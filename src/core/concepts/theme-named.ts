// The one matter a question names, for a hint that compares codes on it ("how does alaska differ
// from medi-cal on gifts" → --topic gifts): what search read in it (its concepts) and what a
// word of it names (a topic or concept, as `ethics topic` takes a word), where all of that is of
// one topic. None where it names matters of several topics, or none.
import type { Library } from "../../model.js";
import { STOP_WORDS, words } from "../text.js";
import { namesWhole, topicOrConceptNamed } from "./topics.js";

/**
 * `conceptIds`: the concepts search read in the question; `rest`: its words, the codes' names
 * taken out. A topic named outright is the matter ("alaska vs medi-cal on confidentiality");
 * else the one concept named; else the topic of the several named.
 */
export function themeNamed(library: Library, conceptIds: readonly string[], rest: string): string | undefined {
  const topicOf = new Map(library.concepts.map((concept) => [concept.id, concept.topic]));
  const topics = new Set<string>();
  const concepts = new Set<string>(conceptIds);
  const themes = () => new Set([...topics, ...[...concepts].map((id) => topicOf.get(id)!)]);
  const meaningful = new Set(words(rest).filter((each) => !STOP_WORDS.has(each)));
  // Each word costs a lookup of its own (~10 ms, near misses weighed): a pasted page that named
  // two codes took 15 s over its 1,400 words. A question that names one matter is short, and one
  // that names two is answered: past either, nothing more is looked up.
  if (meaningful.size > MAX_WORDS_LOOKED_UP || themes().size > 1) return themeOf(topics, concepts, themes());
  for (const word of meaningful) {
    if (themes().size > 1) break;
    const found = topicOrConceptNamed(library, word);
    // Only a word that is the matter's name or one of its terms, not the start of one.
    if (found === undefined || !namesWhole(found, word)) continue;
    if (found.kind === "topic") topics.add(found.topic.id);
    else concepts.add(found.concept.id);
  }
  return themeOf(topics, concepts, themes());
}

/** Words of a question looked up one by one as names of matters, at most. */
const MAX_WORDS_LOOKED_UP = 24;

function themeOf(topics: ReadonlySet<string>, concepts: ReadonlySet<string>, themes: ReadonlySet<string>): string | undefined {
  if (themes.size !== 1) return undefined;
  return topics.size === 0 && concepts.size === 1 ? [...concepts][0] : [...themes][0];
}
