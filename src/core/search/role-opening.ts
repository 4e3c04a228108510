// An opening that says who asks ("I'm a parent partner and …", "As a family peer specialist,
// …", "I'm a youth peer at a residential program. …"): the asker's role and setting, the ground
// of the question, not its matter. Read at full weight, its words led the first hits to the
// role's own rules whatever was asked: "I'm a family peer and I'm exhausted" found the rules on
// family peers' disclosures before those on self-care.
import { hasMeaningfulWord } from "../text.js";

/** Words of an opening at most: "I'm a veteran working as a peer at a clinic that serves vets" and no more. */
const MAX_OPENING_WORDS = 14;

/**
 * "I'm a …", "I am a …", "As a …", "Being a …" at the start of the question, up to the first
 * stop, comma, colon or semicolon, or the first "and", "but", "so" or "not" (in "I'm a peer, not
 * a counselor" the contrast is the matter).
 */
const OPENING = /^\s*(?:i['’]?m|i am|as|being)\s+an?\s+([^.,;:!?]*?)(?=\s*[.,;:!?]|\s+(?:and|but|so|not)\b)/i;

/** The question split after an opening that says who asks, if it has one and the rest has meaningful words. */
export function roleApart(query: string): { role: string; rest: string } | undefined {
  const found = OPENING.exec(query);
  if (found === null) return undefined;
  const role = found[0];
  if (role.trim().split(/\s+/).length > MAX_OPENING_WORDS) return undefined;
  const rest = query.slice(role.length).replace(/^\s*[.,;:!?]?\s*(?:and|but|so)?\s*/i, "");
  return hasMeaningfulWord(rest) ? { role, rest } : undefined;
}
