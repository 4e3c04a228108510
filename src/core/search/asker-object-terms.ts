// Entry terms of the shape "gave me a drawing", "knitted me a scarf", "followed me on tiktok",
// "call myself a counselor", "told her I'm a nurse": a deed done to the asker, or a claim the
// asker makes of themselves, and its object, each term one example of both. A concept lists many
// ("bought me lunch", "made me cookies", "gave me a hoodie"; "say I'm a therapist", "introduce
// myself as a therapist"), never all their pairings, and a question pairs them its own way ("gave
// me cookies she baked", "telling people I'm a counselor"), which matched no term of the concept.
// Here any verb of a concept's terms of this shape meets any object of its terms of this shape:
// the terms as examples of a pattern, not a list of sentences.
import { COMPOUND_MARK, PARTICIPLE_MARK, type TokenSequence } from "../concepts/terms.js";
import type { SearchIndex } from "./inverted-index.js";
import { otherFormStems, otherSayingFormStems } from "./irregular-verbs.js";
import { STOP_MARK, termOwner } from "./term-index.js";

/** The asker as the one a deed is done to, right after its verb. */
const ASKER_OBJECTS: ReadonlySet<string> = new Set(["me", "us"]);
/** The asker as the one a claim is about: "call myself a", "said I'm a", "told her I was a". */
const ASKER_SELVES: ReadonlySet<string> = new Set(["myself", "i"]);
/**
 * Someone else as a subject after the asker opens a clause of its own: in "he told me she took
 * pills" what was taken is no object of the telling, and no claim of the asker's.
 */
const OTHER_SUBJECTS: ReadonlySet<string> = new Set(["he", "she", "they", "we", "you", "hes", "shes", "theyre", "youre"]);
/** How many small words may stand between the asker and the object: "gave me a pair of", "bought us some". */
const OBJECT_REACH = 4;
/**
 * How many words on from its verb the asker of a claim may stand ("told her I'm", "said that I
 * was"); of the words between, one may be a word of meaning, the one told ("telling people I'm").
 */
const SELF_REACH = 3;

/** A verb's stem and the stems of its other forms, the verbs of saying's too: in this shape the verb says something of the asker. */
function verbForms(stemmed: string): readonly string[] {
  return [stemmed, ...otherFormStems(stemmed), ...otherSayingFormStems(stemmed)];
}

/** A concept's verbs and objects of terms shaped "verb me … object" or "verb … myself/I … object" (stems). */
export interface AskerObjectPattern {
  concept: number;
  verbs: ReadonlySet<string>;
  objects: ReadonlySet<string>;
}

/**
 * A term as the term index writes it (term-index.ts: small words behind STOP_MARK, a compound's
 * head behind COMPOUND_MARK or PARTICIPLE_MARK): a verb, the asker ("me" right after it, or
 * "myself"/"I" after a few small words), small words, then one meaningful word, "gave ~me ~a
 * draw", "told ~her ~i ~m ~a nurs". Made from the marks, so that it reads what they write.
 */
const ASKER_OBJECT_SHAPE = askerObjectShape();

function askerObjectShape(): RegExp {
  const escaped = (mark: string) => mark.replace(/[\\^$.*+?()[\]{}|-]/g, "\\$&");
  const [stop, head, participle] = [STOP_MARK, COMPOUND_MARK, PARTICIPLE_MARK].map(escaped);
  const meaningful = `[^${stop}${head}${participle}\\s][^\\s]*`;
  const askers = [...ASKER_OBJECTS].join("|");
  const selves = [...ASKER_SELVES].join("|");
  return new RegExp(
    `^(${meaningful}) (?:${stop}(?:${askers})|(?:${stop}[^\\s]+ ){0,${SELF_REACH - 1}}${stop}(?:${selves}))(?: ${stop}[^\\s]+)* (?:${head}|${participle})?(${meaningful})$`,
  );
}

const patternsOf = new WeakMap<SearchIndex, readonly AskerObjectPattern[]>();

/** The concepts with two terms or more of the shape, and their verbs and objects. */
export function askerObjectPatterns(index: SearchIndex): readonly AskerObjectPattern[] {
  const known = patternsOf.get(index);
  if (known) return known;
  const byConcept = new Map<number, { verbs: Set<string>; objects: Set<string>; terms: number }>();
  // Read from the packed terms as written (a regular expression over ten thousand short strings),
  // not by decoding each term: decoding every one took a cold search ~0.2 s.
  index.terms.phrases.split("|").forEach((written, number) => {
    const shaped = ASKER_OBJECT_SHAPE.exec(written);
    if (shaped === null) return;
    const owner = termOwner(index.terms, number);
    const concept = index.concepts[owner]!;
    if (concept.kind !== "concept" || concept.workersOwn === true || concept.workersConduct === true) return;
    const entry = byConcept.get(owner) ?? byConcept.set(owner, { verbs: new Set(), objects: new Set(), terms: 0 }).get(owner)!;
    entry.verbs.add(shaped[1]!);
    entry.objects.add(shaped[2]!);
    entry.terms++;
  });
  const patterns = [...byConcept].filter(([, entry]) => entry.terms >= 2).map(([concept, { verbs, objects }]) => ({ concept, verbs, objects }));
  patternsOf.set(index, patterns);
  return patterns;
}

/**
 * The concepts whose pattern the query's words meet (a verb of it, the asker, small words, an
 * object of it), each with the positions of the verb and the object.
 */
export function askerObjectMatches(index: SearchIndex, sequence: TokenSequence): { concept: number; positions: [number, number] }[] {
  const { stopAt } = sequence;
  if (!stopAt.some((word) => word !== undefined && (ASKER_OBJECTS.has(word) || ASKER_SELVES.has(word)))) return [];
  const stemsAt: string[][] = stopAt.map(() => []);
  for (const [stemmed, positions] of sequence.positions) for (const position of positions) stemsAt[position]!.push(stemmed);
  const found: { concept: number; positions: [number, number] }[] = [];
  for (let verb = 0; verb + 2 < stopAt.length; verb++) {
    if (stopAt[verb] !== undefined || stemsAt[verb]!.length === 0) continue;
    const asker = askerAfter(stopAt, verb);
    if (asker === undefined) continue;
    let object = asker + 1;
    while (object < stopAt.length && object < asker + 1 + OBJECT_REACH && stopAt[object] !== undefined && !OTHER_SUBJECTS.has(stopAt[object]!)) object++;
    if (object >= stopAt.length || stopAt[object] !== undefined) continue;
    for (const pattern of askerObjectPatterns(index)) {
      if (stemsAt[verb]!.some((stemmed) => verbForms(stemmed).some((form) => pattern.verbs.has(form))) && stemsAt[object]!.some((stemmed) => pattern.objects.has(stemmed))) {
        found.push({ concept: pattern.concept, positions: [verb, object] });
      }
    }
  }
  return found;
}

/**
 * Where the asker stands after a verb: "me"/"us" right after it, or "myself"/"I" within reach,
 * past small words and at most one word of meaning (the one told: "telling people I'm").
 */
function askerAfter(stopAt: readonly (string | undefined)[], verb: number): number | undefined {
  if (ASKER_OBJECTS.has(stopAt[verb + 1] ?? "")) return verb + 1;
  let told = 0;
  for (let at = verb + 1; at <= verb + SELF_REACH && at < stopAt.length; at++) {
    const word = stopAt[at];
    if (word === undefined) {
      if (++told > 1) return undefined;
    } else if (ASKER_SELVES.has(word)) return at;
  }
  return undefined;
}
