// Whether a question is about someone besides the asker. The codes govern how a worker treats
// other people: the person served, a family, a coworker. A question about someone ("she knitted
// me a scarf", "my client is undocumented", "the man I support is about to get evicted") is a
// situation between people even when only one of its words names a matter; a question about no
// one ("whats the guest wifi password", "laptop wont turn on after the windows update") that one
// word ties to a matter is more likely an everyday question that shares a word with the codes
// (rank.ts claimsAnswers). Read from the small words, which the search otherwise drops.

/** Third-person pronouns, and "someone": a person the question is about. */
const PERSONS = new Set(["he", "him", "his", "himself", "she", "her", "hers", "herself", "they", "them", "their", "theirs", "themselves", "someone"]);

/**
 * The names for the person served that the codes and practitioners use without a pronoun ("my
 * client is undocumented"), as the seventeenth session listed them (docs/search-quality.md).
 */
const SERVED = new Set(["client", "clients", "participant", "participants", "consumer", "consumers", "patient", "patients"]);

/** "the man I support", "people I serve": the one the asker serves, named by the verb after "I". */
const SERVING = new Set(["support", "supporting", "serve", "serving"]);
const ASKER = new Set(["i", "im"]);

/** "a peer", "my peers": the person served, as most codes name them; not in "peer specialist", "peer support", which name the work. */
const PEERS = new Set(["peer", "peers"]);
const WORK = new Set(["specialist", "specialists", "support", "supporter", "supporters", "worker", "workers"]);

/** Whether the word at `at` names someone besides the asker. */
function isSomeoneAt(sequence: readonly string[], at: number): boolean {
  const word = sequence[at]!;
  return PERSONS.has(word) || SERVED.has(word) || (PEERS.has(word) && !WORK.has(sequence[at + 1] ?? "")) || (at > 0 && SERVING.has(word) && ASKER.has(sequence[at - 1]!));
}

/** Whether the words of a question (lower case, small words kept, in order) name someone besides the asker. */
export function namesSomeone(sequence: readonly string[]): boolean {
  return sequence.some((_, at) => isSomeoneAt(sequence, at));
}

/** The asker as the one a matter is said of: its subject before it ("I relapsed"), or its object after it ("triggered me"). */
const ASKER_AS_SUBJECT = new Set(["i", "im", "me", "myself"]);
const ASKER_AS_OBJECT = new Set(["me", "myself"]);
/** Words before a matter's first word read for whom it is said of: a short clause's subject. */
const SUBJECT_REACH = 3;

/**
 * Whether the words around a matter (its words from `start` to `end`) say it of someone besides
 * the asker ("he used meth", "client got triggered", "her relapse"), not of the asker ("I
 * relapsed", "my drinking", "his story triggered me"): the asker right after it, or the nearer
 * of the two before it, decides; "my" says the asker only right before the matter (in "my
 * brother relapsed" it says whose brother, and the brother is no one the lists above name, so
 * nothing is said); neither within reach says nothing.
 */
export function saidOfSomeoneElse(sequence: readonly string[], start: number, end = start): boolean {
  if (ASKER_AS_OBJECT.has(sequence[end + 1] ?? "")) return false;
  for (let before = start - 1; before >= Math.max(0, start - SUBJECT_REACH); before--) {
    const word = sequence[before]!;
    if (ASKER_AS_SUBJECT.has(word) || (word === "my" && before === start - 1)) return false;
    if (isSomeoneAt(sequence, before)) return true;
  }
  return false;
}
