// The matters of the concept index that lie next to a situation's matter: a rule filed under one of
// them may govern the situation too, so the quiz never offers it as a wrong choice there.
//
// The index files a standard under the matters it sets a rule on, each under one theme; a rule
// can still bear on a situation of another theme through a matter the index gives it beside its
// main one. "A mom wants to sit in on every session with her teenage son. What does my code say
// about his voice?" (family and youth voice, a family matter) is answered too by Medi-Cal's
// Person-Driven 5, "encourage those engaging in services to make their own decisions" (the right
// to make your own decisions, a matter of self-determination). Two matters are next to each other
// when
//   - some standard of some code is filed under both: the codes govern them together (Person-
//     Driven 5 under not imposing values and under undue influence: inviting a peer to your
//     church is a question of both), or
//   - they are told in much the same words: their names, descriptions and entry terms, as TF-IDF
//     vectors over the index's matters, have a cosine of at least ALIKE_MATTERS (family and youth
//     voice and choice / the right to make your own decisions: "choice and voice", "decide for
//     her", "respecting … decisions").
import type { Concept } from "../../model.js";
import { buildTermModel, cosine, termVector, type TermVector } from "../compare/similarity.js";
import { standardKeyOf } from "../codes/standard-text.js";
import { terms } from "../text.js";

/**
 * The cosine from which two matters read as told in the same words: over the built-in index,
 * about the 2% most alike of its pairs of matters (the 1% begin at 0.19, the 5% at 0.10). Read off
 * a sample of 52 situation questions (seeds 1–40), where it set apart three of the five wrong
 * choices a careful reader would also accept, and four of the 151 others.
 */
export const ALIKE_MATTERS = 0.15;

/** What a matter is told in: its name, description and entry terms (not its questions: situations, whose details are anyone's). */
function wordsOfMatter(concept: Concept): string[] {
  return terms([concept.name, concept.description, ...concept.terms].join(" \n "));
}

const made = new WeakMap<readonly Concept[], (id: string) => ReadonlySet<string>>();

/**
 * The ids of the concepts next to a concept (itself among them), by its id. Worked out a concept
 * at a time, as the quiz asks about it: all pairs of the index's matters take ~50 ms, one ~0.5.
 */
export function neighbouringMatters(concepts: readonly Concept[]): (id: string) => ReadonlySet<string> {
  let found = made.get(concepts);
  if (found) return found;
  const filedUnder = new Map<string, string[]>();
  for (const concept of concepts) {
    for (const key of concept.standards) {
      const standard = standardKeyOf(key);
      const matters = filedUnder.get(standard);
      if (matters) matters.push(concept.id);
      else filedUnder.set(standard, [concept.id]);
    }
  }
  let vectors: TermVector[] | null = null;
  const rows = new Map<string, ReadonlySet<string>>();
  found = (id) => {
    let row = rows.get(id);
    if (row) return row;
    const at = concepts.findIndex((concept) => concept.id === id);
    const next = new Set([id]);
    if (at >= 0) {
      for (const key of concepts[at]!.standards) for (const other of filedUnder.get(standardKeyOf(key)) ?? []) next.add(other);
      if (!vectors) {
        const documents = concepts.map(wordsOfMatter);
        const model = buildTermModel(documents);
        vectors = documents.map((document) => termVector(document, model));
      }
      const own = vectors[at]!;
      vectors.forEach((vector, other) => {
        if (cosine(own, vector) >= ALIKE_MATTERS) next.add(concepts[other]!.id);
      });
    }
    rows.set(id, (row = next));
    return row;
  };
  made.set(concepts, found);
  return found;
}
