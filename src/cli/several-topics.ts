// `ethics topic gifts, money`, and `--topic gifts,money` as --code takes a list: each answered
// "no topic or concept 'gifts, money'" and a hint to list every topic, though each part names
// one. Where every part does, the message says one is taken, and the hint how to ask for each.
import { UsageError } from "../core/errors.js";
import { QUERY_SHOWN, shorten } from "../core/shorten.js";

/** What joins names in a list: a comma, `;`, `&`, `/` or "and". */
const JOINERS = /\s*(?:[,;&/]|\band\b)\s*/i;

/** Parts named in a hint, at most. */
const PARTS_SHOWN = 3;

interface OneTaken {
  /** What takes one: "`ethics topic`", "--topic". */
  taker: string;
  /** What it takes: "topic", "topic or concept". */
  what: string;
  /** How to ask for one part: "ethics topic gifts", "--topic gifts". */
  askFor: (part: string) => string;
}

function resolves(resolve: (name: string) => unknown, name: string): boolean {
  try {
    resolve(name);
    return true;
  } catch {
    return false;
  }
}

/** `resolve(input)`, or, where it fails and every joined part of the input names one, a usage error that one is taken. */
export function oneOfSeveral<T>(input: string, resolve: (name: string) => T, { taker, what, askFor }: OneTaken): T {
  try {
    return resolve(input);
  } catch (error) {
    const parts = input.split(JOINERS).filter((part) => part !== "");
    if (parts.length < 2 || !parts.every((part) => resolves(resolve, part))) throw error;
    const asked = parts.slice(0, PARTS_SHOWN).map(askFor).join(", then ");
    throw new UsageError(
      `${taker} takes one ${what}, not ${parts.length}: '${shorten(input, QUERY_SHOWN)}'`,
      `one at a time: ${asked}${parts.length > PARTS_SHOWN ? ", …" : ""}`,
    );
  }
}

/** The same for a --topic option's value. */
export function oneTopicOption<T>(input: string, resolve: (name: string) => T): T {
  return oneOfSeveral(input, resolve, { taker: "--topic", what: "topic", askFor: (part) => `--topic ${/\s/.test(part) ? `"${part}"` : part}` });
}
