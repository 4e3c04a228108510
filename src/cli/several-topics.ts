// `ethics topic gifts, money`, and `--topic gifts,money` as --code takes a list: each answered
// "no topic or concept 'gifts, money'" and a hint to list every topic, though each part names
// one. Where every part does, the message says one is taken, and the hint how to ask for each.
// Parts that name one matter (`drugs and alcohol`, `gifts and gifts`, `sexual and romantic
// relationships`: a topic and a concept of it) are that matter, answered, not refused.
import { UsageError } from "../core/errors.js";
import { QUERY_SHOWN, shorten } from "../core/shorten.js";

/** What separates names in a list, whatever the names hold. */
const SEPARATORS = /\s*[,;/]\s*/;

/** What joins two names, or two words of one name ("money and loans", "safety & protection"). */
const JOINERS = /\s*(?:&|\band\b)\s*/i;

/** Parts named in a hint, at most. */
const PARTS_SHOWN = 3;

interface OneTaken<T> {
  /** What takes one: "`ethics topic`", "--topic". */
  taker: string;
  /** What it takes: "topic", "topic or concept". */
  what: string;
  /** How to ask for one part: "ethics topic gifts", "--topic gifts". */
  askFor: (part: string) => string;
  /** Where what a part names stands: [topic id], or [topic id, concept id] for a concept. */
  placeOf: (found: T) => readonly string[];
}

/** Where a topic or a concept resolveTopicOrConcept found stands, for oneOfSeveral. */
export function topicOrConceptPlace(found: { kind: "topic"; topic: { id: string } } | { kind: "concept"; concept: { id: string; topic: string } }): string[] {
  return found.kind === "topic" ? [found.topic.id] : [found.concept.topic, found.concept.id];
}

function resolved<T>(resolve: (name: string) => T, name: string): { found: T } | undefined {
  try {
    return { found: resolve(name) };
  } catch {
    return undefined;
  }
}

/** The parts of a list: split at its separators, then each piece that names nothing whole at its joiners. */
function partsOf<T>(input: string, resolve: (name: string) => T): string[] {
  const pieces = input.split(SEPARATORS).filter((piece) => piece !== "");
  return pieces.flatMap((piece) => (resolved(resolve, piece) ? [piece] : piece.split(JOINERS).filter((part) => part !== "")));
}

/** Whether `place` is `within`, or inside it (a concept of that topic). */
function isWithin(place: readonly string[], within: readonly string[]): boolean {
  return within.length <= place.length && within.every((id, at) => place[at] === id);
}

/**
 * `resolve(input)`; where that fails and every joined part of the input names one: what they
 * name where that is one matter, else a usage error that one is taken.
 */
export function oneOfSeveral<T>(input: string, resolve: (name: string) => T, { taker, what, askFor, placeOf }: OneTaken<T>): T {
  try {
    return resolve(input);
  } catch (error) {
    const parts = partsOf(input, resolve);
    const named = parts.map((part) => ({ part, found: resolved(resolve, part) }));
    if (parts.length < 2 || !named.every((each) => each.found)) throw error;
    const places = named.map((each) => placeOf(each.found!.found));
    // A part is dropped where another names the same matter, or the topic it is a concept of.
    const distinct = named.filter((_, at) => !places.some((other, by) => by !== at && isWithin(places[at]!, other) && (other.length < places[at]!.length || by < at)));
    if (distinct.length === 1) return distinct[0]!.found!.found;
    const asked = distinct.slice(0, PARTS_SHOWN).map((each) => askFor(each.part)).join(", then ");
    throw new UsageError(
      `${taker} takes one ${what}, not ${distinct.length}: '${shorten(input, QUERY_SHOWN)}'`,
      `one at a time: ${asked}${distinct.length > PARTS_SHOWN ? ", …" : ""}`,
    );
  }
}

/** The same for a --topic option's value. */
export function oneTopicOption<T extends { id: string }>(input: string, resolve: (name: string) => T): T {
  return oneOfSeveral(input, resolve, {
    taker: "--topic",
    what: "topic",
    askFor: (part) => `--topic ${/\s/.test(part) ? `"${part}"` : part}`,
    placeOf: (topic) => [topic.id],
  });
}
