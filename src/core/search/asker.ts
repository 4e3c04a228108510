// A question that opens with who asks ("As a CPSS, …", "As a supervisor, …", "I'm a parent
// partner. …") says first the asker's capacity, then the matter. The opening's words name matters
// of their own ("CPSS": certification; "supervisor": supervision), which carried the standards
// on those above the ones the question is about; yet an opening may also be the matter ("As a
// mandated reporter, what are my duties?"). So the query reads the rest alone when the rest
// names a matter of its own (query.ts planQuery), and whole otherwise. An opening is a few words
// set off by a comma or colon ("As a …,", "In my role as a …,") or a sentence of its own ("I'm a
// …." "I work as a …." "New peer specialist here."); "as a peer I wonder…" runs on into the
// question and is not one.
import { hasMeaningfulWord } from "../text.js";

const OPENINGS = [
  // "As a CPSS, …", "In my role as a peer, …", "Speaking as a parent partner: …"
  /^\s*(?:(?:in my (?:role|work|job) |speaking |being )?as an?|being an?)\s+[^,.;:?!]{1,40}[,:]\s*(.*)$/s,
  // "I'm a CPSS. …", "I work as a recovery coach. …"
  /^\s*(?:i'm|i’m|i am|im|i work as)\s+an?\s+[^,.;:?!]{1,40}[.!]\s+(.*)$/s,
  // "New peer specialist here. …" Its words begin past the leading spaces: a run of spaces was
  // tried split every way between the two (a query of spaces, cut to 6,000 of them: 1.5 s).
  /^\s*[^\s,.;:?!][^,.;:?!]{0,39}\s+here[.!]\s+(.*)$/s,
];

/**
 * The query after an opening that names who asks, if it has one and the rest has meaningful
 * words. The openings match the lower-cased query (with the `i` flag, V8 works out every
 * character class's other cases when it compiles a pattern: ~1 ms of every search); the rest,
 * a suffix, is given as typed where lower-casing kept the length.
 */
export function askedApart(query: string): string | undefined {
  const lower = query.toLowerCase();
  for (const opening of OPENINGS) {
    const lowered = opening.exec(lower)?.[1];
    const rest = lowered !== undefined && lower.length === query.length ? query.slice(query.length - lowered.length) : lowered;
    if (rest !== undefined && hasMeaningfulWord(rest)) return rest;
  }
  return undefined;
}

/** Words of a run-on opening at most: "I'm a veteran working as a peer at a clinic that serves vets" and no more. */
const MAX_RUN_ON_OPENING_WORDS = 14;

/**
 * An opening that runs on into the question, not set off as askedApart's are: "I'm a parent
 * partner and my own daughter …", "I'm a youth peer at a residential program, a girl …". It ends
 * at the first stop, comma, colon or semicolon, or at "and", "but", "so" or "not" (in "I'm a
 * peer, not a counselor" the contrast is the matter). Matched on the lower-cased query, as the
 * openings above are.
 */
const RUN_ON_OPENING = /^\s*(?:i['’]?m|i am|as|being)\s+an?\s+[^.,;:!?]*?(?=\s*[.,;:!?]|\s+(?:and|but|so|not)\b)/;

/**
 * The question split after a run-on opening that says who asks, if it has one and the rest has
 * meaningful words. Read whole, the opening's words led the first hits to the role's own rules
 * whatever was asked ("I'm a family peer and I'm exhausted": the rules on family peers'
 * disclosures before those on self-care); dropped, as askedApart's are, the role lost what it
 * tells of the matter. So query.ts weighs the words only it uses ROLE_FACTOR.
 */
export function runOnOpeningApart(query: string): { opening: string; rest: string } | undefined {
  const found = RUN_ON_OPENING.exec(query.toLowerCase());
  if (found === null || found[0].trim().split(/\s+/).length > MAX_RUN_ON_OPENING_WORDS) return undefined;
  const opening = query.slice(0, found[0].length);
  const rest = query.slice(found[0].length).replace(/^\s*[.,;:!?]?\s*(?:and|but|so)?\s*/i, "");
  return hasMeaningfulWord(rest) ? { opening, rest } : undefined;
}

