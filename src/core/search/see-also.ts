// "See also", as an index gives it: after the answers and the loosely related hits, the room
// left under the limit goes to the other standards on the matters the first hits are filed
// under. Judges of the evaluation questions read the rules of a question's neighbouring matters
// as ones to read too (a gift question's answers are also about money and conflicts of
// interest), and a reader whose answers are few is better served by those than by empty room.
// They are never answers: shown apart and marked in --json. Where no standard answers the
// question, the loosely related hits lead: search leaves some questions on the codes' matters
// unanswered (62 of the 2,797 judged ones, the forty-first session), and those readers need
// the neighbouring rules most; a question off the codes' matters gets more hits, all marked.
import type { SearchIndex } from "./inverted-index.js";
import { documentsAmong, documentsOf } from "./concept-documents.js";
import { firstInOrder } from "./sorted.js";

/** The first hits whose concepts are read: as many as feedback reads (feedback.ts). */
const READ_HITS = 5;

/**
 * Up to `room` standards in scope and not `shown`, filed under concepts of the first of `hits`
 * (the answers, or where there are none the loosely related hits): those filed under more of
 * them first, then by score, then in library order.
 */
export function seeAlso(
  index: SearchIndex,
  values: Float64Array,
  hits: readonly number[],
  shown: ReadonlySet<number>,
  room: number,
  inScope: (document: number) => boolean,
): number[] {
  if (room <= 0 || hits.length === 0) return [];
  const read = [...hits.slice(0, READ_HITS)].sort((a, b) => a - b);
  const votes = new Map<number, number>();
  for (const concept of index.concepts) {
    if (concept.kind !== "concept") continue;
    const filed = documentsAmong(concept, read).length;
    if (filed === 0) continue;
    for (const document of documentsOf(concept)) {
      if (shown.has(document) || !inScope(document)) continue;
      votes.set(document, (votes.get(document) ?? 0) + filed);
    }
  }
  const score = (document: number) => values[document] ?? 0;
  const before = (a: number, b: number) => votes.get(b)! - votes.get(a)! || score(b) - score(a) || a - b;
  // At a thousand codes the candidates run to tens of thousands and the room is a few places:
  // kept in order as they come, each compared with the last kept first, rather than all sorted.
  if (room > SELECTED_IN_PLACE) return [...votes.keys()].sort(before).slice(0, room);
  return firstInOrder(votes.keys(), room, (a, b) => before(a, b) < 0);
}

/** Room up to this many places is filled by keeping the best in order; more, by sorting. */
const SELECTED_IN_PLACE = 64;
