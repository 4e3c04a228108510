// What an unknown field of a code file was meant to be, for its "did you mean": a known field a
// slip away ("shortname"), one it is the start of ("short" for shortName, "juris"), or a field
// of something the place holds, written a level too high ("document:" beside "source:", where
// it is source's; "number:" in a section, where it is a standard's).
import { didYouMean } from "../suggest.js";

/** What a place holds, by the field that holds it: its fields, and how a message names it. */
export interface HeldBelow {
  field: string;
  fields: readonly string[];
  /** "source", "a standard": "it belongs under source:", "it belongs in a standard, under standards:". */
  named: string;
}

/** The fewest letters a field's start must have to be taken for it: "so" starts too many words. */
const LEAST_START = 3;

export function fieldMeant(key: string, known: readonly string[], below: readonly HeldBelow[]): string | undefined {
  const slip = didYouMean(key, known);
  if (slip !== undefined) return slip;
  const lower = key.toLowerCase();
  if (lower.length >= LEAST_START) {
    const started = known.filter((field) => field.toLowerCase().startsWith(lower));
    if (started.length === 1) return `did you mean ${started[0]}?`;
  }
  const holders = below.filter((held) => held.fields.includes(key));
  if (holders.length !== 1) return undefined;
  const [held] = holders;
  return held!.named === held!.field ? `it belongs under ${held!.field}:` : `it belongs in ${held!.named}, under ${held!.field}:`;
}
