// A question that opens with who asks ("As a CPSS, …", "As a supervisor, …", "I'm a parent
// partner. …") says first the asker's capacity, then the matter. The opening's words name matters
// of their own ("CPSS": certification; "supervisor": supervision), which carried the standards
// on those above the ones the question is about; yet an opening may also be the matter ("As a
// mandated reporter, what are my duties?"). So the query reads the rest alone when the rest
// names a matter of its own (query.ts planQuery), and whole otherwise. An opening is a few words
// set off by a comma or colon ("As a …,", "In my role as a …,") or a sentence of its own ("I'm a
// …." "I work as a …." "New peer specialist here."); "as a peer I wonder…" runs on into the
// question and is not one.
import { STOP_WORDS, words } from "../text.js";

const OPENINGS = [
  // "As a CPSS, …", "In my role as a peer, …", "Speaking as a parent partner: …"
  /^\s*(?:(?:in my (?:role|work|job) |speaking |being )?as an?|being an?)\s+[^,.;:?!]{1,40}[,:]\s*(.*)$/is,
  // "I'm a CPSS. …", "I work as a recovery coach. …"
  /^\s*(?:i'm|i’m|i am|im|i work as)\s+an?\s+[^,.;:?!]{1,40}[.!]\s+(.*)$/is,
  // "New peer specialist here. …"
  /^\s*[^,.;:?!]{1,40}\s+here[.!]\s+(.*)$/is,
];

/** The query after an opening that names who asks, if it has one and the rest has meaningful words. */
export function askedApart(query: string): string | undefined {
  for (const opening of OPENINGS) {
    const rest = opening.exec(query)?.[1];
    if (rest !== undefined && words(rest).some((word) => !STOP_WORDS.has(word))) return rest;
  }
  return undefined;
}
