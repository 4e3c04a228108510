// A colleague doing what a rule governs ("a coworker is taking advantage of a client", "my boss
// told me to backdate notes", "caught a coworker flirting with a client") asks what to do about a
// colleague's conduct as well as about the deed. The concept of colleagues' conduct listed such
// deeds one by one in its terms ("coworker dating a client", "coworker took money", …), and a
// deed not listed ("taking advantage") named the deed alone. Read here from the words: a
// colleague as the subject of the words that name a matter.

/** Words naming a colleague. */
const COLLEAGUES = new Set(["coworker", "coworkers", "colleague", "colleagues", "boss", "supervisor", "manager", "director", "teammate", "teammates"]);
/** "co-worker", "co worker": the words split at the hyphen. */
const CO = "co";
/** How far before a matter's first word its subject may stand: "a coworker is def messing around with". */
const SUBJECT_REACH = 4;
/** Before a colleague, these make the colleague an object: "talk about a client with coworkers". */
const PREPOSITIONS = new Set(["with", "to", "for", "at", "from", "about", "around", "near", "among", "beside", "by", "against", "on", "of"]);
const DETERMINERS = new Set(["my", "a", "an", "the", "this", "that", "our", "one", "another", "her", "his", "their"]);
/** Between a colleague and the matter, these make the matter another's: "my coworker says giving gifts …", "a coworker told me I …". */
const BREAKS = new Set(
  `i me im my we us you says said say told tells tell thinks thought think feels felt asked asks ask wants want wanted believes reckons claims claimed
  and but or if when because so that`.split(/\s+/),
);

function isColleagueAt(sequence: readonly string[], at: number): boolean {
  const word = sequence[at]!;
  if (COLLEAGUES.has(word)) return true;
  return (word === "worker" || word === "workers") && sequence[at - 1] === CO;
}

/**
 * The position of the colleague who is the subject of a matter whose words start at `start`,
 * or -1: a colleague word within SUBJECT_REACH before it, with no word between that makes the
 * matter someone else's, and not itself the object of a preposition.
 */
export function colleagueDoingAt(sequence: readonly string[], start: number): number {
  for (let before = start - 1; before >= Math.max(0, start - SUBJECT_REACH); before--) {
    if (BREAKS.has(sequence[before]!)) return -1;
    if (!isColleagueAt(sequence, before)) continue;
    let head = before - 1;
    if (sequence[head] === CO) head--;
    if (DETERMINERS.has(sequence[head] ?? "")) head--;
    return PREPOSITIONS.has(sequence[head] ?? "") ? -1 : before;
  }
  return -1;
}
