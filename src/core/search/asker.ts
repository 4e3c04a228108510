// A question that opens "As a CPSS, …", "As a parent partner, …" or "As a supervisor, …" says
// first who asks, then what: the opening names the asker's capacity, not the matter, yet its words
// name matters of their own ("CPSS" certification, "supervisor" supervision) and carried the
// standards on those above the ones the question is about. The question is read without it, as
// long as the rest has words of its own. Only an opening set off by a comma or a colon, of a few
// words: "as a peer I wonder…" runs on into the question, and is read whole.
import { STOP_WORDS, words } from "../text.js";

const OPENING = /^\s*as an?\s+[^,.;:?!]{1,40}[,:]\s*(.*)$/is;

/** The query without an opening "As a …," that names who asks. */
export function withoutAsker(query: string): string {
  const opening = OPENING.exec(query);
  if (!opening) return query;
  const rest = opening[1]!;
  return words(rest).some((word) => !STOP_WORDS.has(word)) ? rest : query;
}
