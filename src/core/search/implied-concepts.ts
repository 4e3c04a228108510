// Concepts an inferred standard is likely about too. Inference finds about half the concepts a
// careful reading tags: a reader files "will not violate confidentiality except when required
// by law" under the duty to warn and reporting abuse as well. How the curators read the
// built-in codes says which matters go together: where many of the curated standards about one
// concept are also about another, an inferred standard about the first bears on the second.
// Search counts it as filed under the second's theme (TOPIC_FACTOR), the share standing where a
// tagged standard's centrality does (rank.ts), never as one of its standards: the concepts shown (topic, diff,
// quiz, a hit's concepts) stay what inference found. A near copy of a curated standard takes
// that one's concepts whole, a reading: what the curators left off it, it is not about; only
// guessed concepts (StandardConcepts.guessed) imply others.
import type { Library } from "../../model.js";
import { curatedTags } from "../concepts/curated-tags.js";

/**
 * The share of a concept's curated standards also about another from which it implies that one.
 * Measured on the tuning half's codes written apart (test/eval/evaluate.ts), mean recall@10 /
 * first hit: none 0.8384 / 0.7648; 0.2 0.9048 / 0.7653; 0.25 0.9060 / 0.7737; 0.3 0.8917 /
 * 0.7712; 0.4 0.8807 / 0.7741; 0.5 0.8758 / 0.7704; 0.6 0.8653 / 0.7667; 0.7 0.8543 / 0.7619.
 * Below 0.4 the first hit gains nothing and recall rises with the number of answers (3.85 a
 * query at 0.4, 4.31 at 0.3, 3.26 on the same codes curated): in a code of twenty standards,
 * half of them fill the first ten whatever they say. (Measured with near copies implying too,
 * counted as related rules; as kept, at 0.4: 0.8770 / 0.7766.)
 */
export const IMPLIED_SHARE = 0.4;
/**
 * A concept must have this many curated standards for its shares to mean anything: one shared
 * standard of two may be an accident. (Ungraded, at 0.5: 2, 3 and 5 gave 0.8765 / 0.7680,
 * 0.8726 / 0.7652 and 0.8566 / 0.7689.)
 */
export const IMPLIED_SUPPORT = 3;

/**
 * For each of the library's concepts, in its order, the concepts that imply it (their positions):
 * those at least IMPLIED_SHARE of whose curated standards it also tags, with that share.
 */
export function impliedBy(library: Library): { concept: number; share: number }[][] {
  const conceptsOf = curatedTags(library.concepts, (_concept, at) => at);
  const count = library.concepts.length;
  const alone = new Array<number>(count).fill(0);
  const together = new Map<number, number>(); // implying * count + implied → standards
  for (const list of conceptsOf.values()) {
    for (const a of list) {
      alone[a]!++;
      for (const b of list) if (b !== a) together.set(a * count + b, (together.get(a * count + b) ?? 0) + 1);
    }
  }
  const result: { concept: number; share: number }[][] = library.concepts.map(() => []);
  for (const [pair, shared] of together) {
    const implying = Math.floor(pair / count);
    const implied = pair % count;
    if (alone[implying]! >= IMPLIED_SUPPORT && shared >= IMPLIED_SHARE * alone[implying]!) result[implied]!.push({ concept: implying, share: shared / alone[implying]! });
  }
  for (const list of result) list.sort((a, b) => a.concept - b.concept);
  return result;
}
