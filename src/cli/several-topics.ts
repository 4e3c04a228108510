// `ethics topic gifts, money`, `concepts gifts money`, and `--topic gifts,money` as --code
// takes a list: each answered "no topic or concept 'gifts, money'" and a hint to list every
// topic, though each part names one. Where every part does, the message says one is taken, and
// the hint how to ask for each. Parts that name one matter (`drugs and alcohol`, `gifts and
// gifts`, `sexual and romantic relationships`: a topic and a concept of it) are that matter,
// answered, not refused.
import type { TopicOrConcept } from "../core/concepts/topics.js";
import { isNameOffered, UsageError } from "../core/errors.js";
import { queryShown } from "../core/shorten.js";
import { madeWhenUsed } from "../core/made-when-used.js";

/** What separates names in a list, whatever the names hold. */
const SEPARATORS = /[,;/]/;

/** What joins two names, or two words of one name ("money and loans", "safety & protection"). */
const JOINERS = /&|\band\b/i;

/**
 * `text` split at `separator`, the white space around each separator left out. Not split at a
 * pattern of the separator with optional white space on both sides: where no separator follows a
 * run of spaces, that tries the run again from each of its spaces, and 120,000 took minutes.
 */
function splitAround(text: string, separator: RegExp): string[] {
  const pieces = text.split(separator);
  return pieces.map((piece, at) => {
    const after = at > 0 ? piece.trimStart() : piece;
    return at < pieces.length - 1 ? after.trimEnd() : after;
  });
}

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
  /** Whether a part is a whole name of what it names, not the start of one (topics.ts namesWhole). */
  namesWhole?: (found: T, part: string) => boolean;
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

/** Words split into names at spaces, at most: a pasted sentence is not tried a run at a time. */
const WORDS_SPLIT = 8;

/**
 * A word a name is written in: letters, digits, hyphens, apostrophes. A pasted heading's id
 * ("Gifts (money-and-loans)") is no name of its own beside the name before it.
 */
const nameWord = madeWhenUsed(() => /^[\p{L}\p{M}\p{N}'’-]+$/u);

/**
 * `gifts money` (two words, as the shell passes `concepts gifts money`): the words split into runs
 * that each name one, the longest run first (`dual relationships money`); undefined where no
 * such split exists.
 */
function namesApart<T>(part: string, tried: Tried<T>): string[] | undefined {
  const words = part.split(/\s+/).filter((word) => word !== "");
  if (words.length < 2 || words.length > WORDS_SPLIT || !words.every((word) => nameWord().test(word))) return undefined;
  const splitFrom = (from: number): string[] | undefined => {
    if (from === words.length) return [];
    for (let end = words.length; end > from; end--) {
      if (from === 0 && end === words.length) continue; // the part whole names nothing
      const name = words.slice(from, end).join(" ");
      if (!tried(name)) continue;
      const rest = splitFrom(end);
      if (rest !== undefined) return [name, ...rest];
    }
    return undefined;
  };
  return splitFrom(0);
}

/** A name resolved, once however often asked: what it names, or undefined. */
type Tried<T> = (name: string) => { found: T } | undefined;

/**
 * The parts of a list: split at its separators, then each piece that names nothing whole at its
 * joiners, then each part that names nothing whole at its spaces. Made as they are read, so that
 * a part naming nothing ends the reading: thousands of words pasted ("gifts and xx and xx …")
 * took minutes, every part tried (each a fuzzy match against every name) after the first failed.
 */
function* partsOf<T>(input: string, tried: Tried<T>): Generator<string> {
  for (const piece of splitAround(input, SEPARATORS)) {
    if (piece === "") continue;
    if (tried(piece)) {
      yield piece;
      continue;
    }
    for (const part of splitAround(piece, JOINERS)) {
      if (part === "") continue;
      if (tried(part)) yield part;
      else yield* namesApart(part, tried) ?? [part];
    }
  }
}

/** Whether `place` is `within`, or inside it (a concept of that topic). */
function isWithin(place: readonly string[], within: readonly string[]): boolean {
  return within.length <= place.length && within.every((id, at) => place[at] === id);
}

/**
 * `resolve(input)`; where that fails and every joined part of the input names one: what they
 * name where that is one matter, else a usage error that one is taken, unless a name offered
 * for the input whole ("did you mean …?") is what was meant, a part being no whole name: "child
 * abus" is child abuse with a slip, not "child" and the start of a word.
 */
export function oneOfSeveral<T>(input: string, resolve: (name: string) => T, { taker, what, askFor, placeOf, namesWhole }: OneTaken<T>): T {
  try {
    return resolve(input);
  } catch (error) {
    const known = new Map<string, { found: T } | undefined>();
    const tried: Tried<T> = (name) => {
      if (!known.has(name)) known.set(name, resolved(resolve, name));
      return known.get(name);
    };
    const named: { part: string; found: { found: T } }[] = [];
    for (const part of partsOf(input, tried)) {
      const found = tried(part);
      if (found === undefined) throw error;
      named.push({ part, found });
    }
    if (named.length < 2) throw error;
    const places = named.map((each) => placeOf(each.found.found));
    // A part is dropped where another names the same matter, or the topic it is a concept of.
    const distinct = named.filter((_, at) => !places.some((other, by) => by !== at && isWithin(places[at]!, other) && (other.length < places[at]!.length || by < at)));
    if (distinct.length === 1) return distinct[0]!.found.found;
    if (namesWhole !== undefined && isNameOffered(error) && distinct.some((each) => !namesWhole(each.found.found, each.part))) throw error;
    const asked = distinct.slice(0, PARTS_SHOWN).map((each) => askFor(each.part)).join(", then ");
    throw new UsageError(
      `${taker} takes one ${what}, not ${distinct.length}: '${queryShown(input)}'`,
      `one at a time: ${asked}${distinct.length > PARTS_SHOWN ? ", …" : ""}`,
    );
  }
}

/** The same for a --topic option's value: a topic. */
export function oneTopicOption<T extends { id: string }>(input: string, resolve: (name: string) => T, namesWhole?: (found: T, part: string) => boolean): T {
  return oneOnOption(input, resolve, "topic", (topic) => [topic.id], namesWhole);
}

/** The same where --topic takes a topic or a concept (diff). */
export function oneTopicOrConceptOption(input: string, resolve: (name: string) => TopicOrConcept, namesWhole?: (found: TopicOrConcept, part: string) => boolean): TopicOrConcept {
  return oneOnOption(input, resolve, "topic or concept", topicOrConceptPlace, namesWhole);
}

function oneOnOption<T>(input: string, resolve: (name: string) => T, what: string, placeOf: (found: T) => string[], namesWhole?: (found: T, part: string) => boolean): T {
  return oneOfSeveral(input, resolve, {
    taker: "--topic",
    what,
    askFor: (part) => `--topic ${/\s/.test(part) ? `"${part}"` : part}`,
    placeOf,
    ...(namesWhole === undefined ? {} : { namesWhole }),
  });
}
