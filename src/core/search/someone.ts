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

/** Before "a peer", these make it the asker's own role: "work as a peer", "I'm a peer", "being a peer". */
const ROLE_OPENERS = new Set(["as", "am", "m", "im", "being"]);

/** Words that may say which kind of peer the asker is between the article and "peer": "I'm a family peer", "as a certified youth peer". */
const ROLE_MODIFIERS_AT_MOST = 2;

/** Whether "peer" at `at` names the work ("peer specialist") or the asker's role ("as a peer", "I'm a family peer"), not a person served. */
function isPeerRoleAt(sequence: readonly string[], at: number): boolean {
  if (WORK.has(sequence[at + 1] ?? "")) return true;
  for (let article = at - 1; article >= Math.max(1, at - 1 - ROLE_MODIFIERS_AT_MOST); article--) {
    const word = sequence[article]!;
    if (word === "a" || word === "an") return ROLE_OPENERS.has(sequence[article - 1]!);
    if (!MODIFIER.test(word) || PERSONS.has(word) || SERVED.has(word) || PEERS.has(word) || ASKER.has(word)) return false;
  }
  return false;
}

/** A word that may modify "peer": a word of letters (a number or a sign ends the role). */
const MODIFIER = /^[a-z][a-z-]*$/;

/**
 * Whether the word at `at` is the verb that names the person served ("the man I support", "people
 * we serve"): it says who, not what the question is about ("the recovery house I support" is
 * no supported housing).
 */
export function servingVerbAt(sequence: readonly string[], at: number): boolean {
  return SERVING.has(sequence[at]!) && (ASKER.has(sequence[at - 1] ?? "") || sequence[at - 1] === "we");
}

/** Whether the word at `at` names someone besides the asker. */
function isSomeoneAt(sequence: readonly string[], at: number): boolean {
  const word = sequence[at]!;
  return PERSONS.has(word) || SERVED.has(word) || (PEERS.has(word) && !isPeerRoleAt(sequence, at)) || (at > 0 && SERVING.has(word) && ASKER.has(sequence[at - 1]!));
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
/** After a matter, these before "me" make the asker the one it is about: "smelled alcohol on me" (and "on my breath"). */
const ON_ASKER = new Set(["on", "at", "around", "near"]);
/** Before a person, these make the person an object, not the one the matter is said of ("drink with clients"). */
const PREPOSITIONS = new Set(["with", "to", "for", "at", "from", "about", "around", "near", "among", "beside"]);
/** Between "me and" and a person: "me and my client", "me and a peer". */
const DETERMINERS = new Set(["my", "a", "an", "the", "this", "that", "our", "one"]);

/** Whether the person at `at` is said together with the asker: "me and my client", "I and a peer". */
function joinedWithAsker(sequence: readonly string[], at: number): boolean {
  let before = at - 1;
  if (DETERMINERS.has(sequence[before] ?? "")) before--;
  return sequence[before] === "and" && ASKER_AS_SUBJECT.has(sequence[before - 1] ?? "");
}

/** The work named by letters, as practitioners write it: "can a PSS …", "a CPS who relapses". */
const ROLE_LETTERS = new Set(["pss", "cps", "cpss", "cprs", "crps", "prss", "psp", "chw"]);

/** Whether the word at `at` names the worker's own role: "peer specialist", "a peer worker", "recovery coach", "a PSS". */
function namesTheWorkAt(sequence: readonly string[], at: number): boolean {
  const word = sequence[at]!;
  if (ROLE_LETTERS.has(word)) return true;
  if (word === "coach" || word === "coaches") return sequence[at - 1] === "recovery" || sequence[at - 1] === "peer";
  return WORK.has(word) && word !== "support" && (sequence[at - 1] === "peer" || sequence[at - 1] === "support");
}

/**
 * Whether the pronoun at `at` stands for the worker: a question put of the role in general, as
 * an exam or a training puts it ("what should a peer specialist do when their own recovery
 * slips"), where the nearest person named before the pronoun is the work itself and the asker is not
 * named in between.
 */
function standsForTheWorker(sequence: readonly string[], at: number): boolean {
  for (let before = at - 1; before >= 0; before--) {
    if (namesTheWorkAt(sequence, before)) return true;
    // The asker in between makes the worker named before a colleague: "a peer specialist told me she relapsed".
    if (ASKER_AS_SUBJECT.has(sequence[before]!) || sequence[before] === "my") return false;
    if (isSomeoneAt(sequence, before) && !PERSONS.has(sequence[before]!)) return false;
    if (OTHERS.has(sequence[before]!)) return false;
  }
  return false;
}

/**
 * Whether the words around a matter (its words from `start` to `end`) say it of someone besides
 * the asker ("he used meth", "client got triggered", "her relapse"), not of the asker ("I
 * relapsed", "my drinking", "his story triggered me", "she smelled alcohol on me"): the asker
 * right after it (or after "on": "on me", "on my breath"), or the nearer of the two before it,
 * decides; "my" says the asker only right before the matter (in "my brother relapsed" it says
 * whose brother, and the brother is no one the lists above name, so nothing is said); a person
 * after a preposition is no subject ("drink with clients at a party"), and one joined with the
 * asker ("me and my client got drunk") says the asker too; neither within reach says nothing.
 * A matter whose own words open with the asker ("I'm exhausted", a term that says it so) is the
 * asker's, whoever is named before it: "I'm a family peer and I'm exhausted".
 */
export function saidOfSomeoneElse(sequence: readonly string[], start: number, end = start): boolean {
  if (ASKER_AS_SUBJECT.has(sequence[start] ?? "")) return false;
  const next = sequence[end + 1] ?? "";
  const afterNext = sequence[end + 2] ?? "";
  if (ASKER_AS_OBJECT.has(next) || (ON_ASKER.has(next) && ASKER_AS_OBJECT.has(afterNext)) || (next === "on" && afterNext === "my")) return false;
  for (let before = start - 1; before >= Math.max(0, start - SUBJECT_REACH); before--) {
    const word = sequence[before]!;
    if (ASKER_AS_SUBJECT.has(word) || (word === "my" && before === start - 1)) return false;
    if (!isSomeoneAt(sequence, before) || PREPOSITIONS.has(sequence[before - 1] ?? "") || (DETERMINERS.has(sequence[before - 1] ?? "") && PREPOSITIONS.has(sequence[before - 2] ?? ""))) continue;
    return !joinedWithAsker(sequence, before) && !(PERSONS.has(word) && standsForTheWorker(sequence, before));
  }
  return false;
}

/** Words that join a deed to the one it is done to: "yelled at me", "went off on me", "abusive to me". */
const TOWARD = new Set(["at", "on", "to", "toward", "towards", "with", "out", "off", "down", "up", "around", "over"]);
/** Words a deed's own words may be followed by before its object: "yelled at me", "went off on me", "cussed him out". */
const TOWARD_REACH = 2;
/** Before a deed, these make "to me" the asker's view of it, not its object: "it sounds like a threat to me". */
const OPINION_WORDS = new Set(["like", "seems", "seemed", "sounds", "sounded", "looks", "looked", "feels", "felt"]);
/** Words back from a deed within which an opinion word is read. */
const OPINION_REACH = 4;
/** Before a deed, these make "to me" the one who heard of it: "a peer disclosed abuse to me", "she reported harassment to me". */
const TELLING_WORDS = new Set(
  `told tell tells telling said say says disclosed disclose discloses reported report reports described describe describes
  mentioned mention mentions admitted admit admits shared share shares explained explain explains confided complained
  complain complains talked talk talks brought bring brings`.split(/\s+/),
);
/** A deed named as a thing ("that's harassment to me", "it's abuse to me"): "to me" says the asker's view of it. */
const NAMING_SUBJECTS = new Set(["that", "it", "this"]);
const NAMING_VERBS = new Set(["is", "was"]);
const ARTICLES = new Set(["a", "an"]);
/** Between the asker and a deed, these make the asker the one it was done to: "I got yelled at", "I was threatened", "I'm being harassed". */
const PASSIVE_HELPERS = new Set(["got", "get", "gets", "getting", "was", "were", "been", "being", "am", "m"]);
/** Before "been", these: "I've been threatened", "I have been yelled at". */
const PERFECT_HELPERS = new Set(["ve", "have", "has", "had"]);
/** Done-to forms of the deeds that do not end in -ed: "I was hit", "I got thrown out". */
const IRREGULAR_PARTICIPLES = new Set(["hit", "thrown", "beaten", "bitten", "held", "shaken", "sworn", "struck", "spat"]);

/** Whether the deed word at `at` is said in the passive of the asker: "I got yelled at", "I've been threatened", "I was hit"; not "I just yelled", "I have restrained". */
export function askerHadItDone(sequence: readonly string[], at: number): boolean {
  if (!isParticiple(sequence[at])) return false;
  let before = skipManner(sequence, at - 1);
  // "I was threatened and harassed", "I got yelled at and threatened": the passive's helper
  // stands before the first of them; but a deed with an object after it is done by the asker
  // ("I got frustrated and raised my voice at a participant").
  if (sequence[before] === "and" && opensObject(sequence, at + 1)) return false;
  while (sequence[before] === "and") {
    const particle = TOWARD.has(sequence[before - 1] ?? "") ? 1 : 0;
    if (!isParticiple(sequence[before - 1 - particle])) break;
    before = skipManner(sequence, before - 2 - particle);
  }
  if (!PASSIVE_HELPERS.has(sequence[before] ?? "")) return false;
  while (before > 0 && (PASSIVE_HELPERS.has(sequence[before]!) || (PERFECT_HELPERS.has(sequence[before]!) && sequence[before + 1] === "been"))) before--;
  return ASKER.has(sequence[before] ?? "");
}

/** After a verb, these open its object: "raised my voice", "slapped a client", "pushed him". */
const OBJECT_OPENERS = new Set(["my", "his", "her", "their", "our", "your", "a", "an", "the", "him", "them", "it", "this", "that", "some"]);
/** After "the", "this", "that" or "some", these say when, not what: "threatened this morning", "yelled at the whole session". */
const TIME_WORDS = new Set(["morning", "afternoon", "evening", "night", "day", "week", "weekend", "month", "year", "time", "session", "shift", "whole", "entire"]);

/** Whether the words from `at` open a verb's object, not a time: "raised my voice", not "threatened this morning". */
function opensObject(sequence: readonly string[], at: number): boolean {
  const opener = sequence[at] ?? "";
  return OBJECT_OPENERS.has(opener) && !TIME_WORDS.has(sequence[at + 1] ?? "");
}

/** After "me and" or "me or", the one named with the asker: "threatened me and a client", "yelled at me and him". */
const WITH_ASKER = new Set(["a", "an", "the", "another", "one", "some", "his", "her", "their", "two", "other"]);
const OTHERS = new Set(["staff", "coworker", "coworkers", "colleague", "colleagues", "kid", "kids", "child", "children", "member", "members", "resident", "residents", "everyone", "others"]);

/** Whether someone besides the asker, not the asker's own ("me or my family"), is named at `at`, after "me and". */
function othersNamedAt(sequence: readonly string[], at: number): boolean {
  const named = WITH_ASKER.has(sequence[at] ?? "") ? at + 1 : at;
  const word = sequence[named] ?? "";
  if (named === at && (word === "he" || word === "she" || word === "they" || word === "someone")) return false;
  return isSomeoneAt(sequence, named) || OTHERS.has(word);
}

function isParticiple(word: string | undefined): boolean {
  return word !== undefined && (word.endsWith("ed") || IRREGULAR_PARTICIPLES.has(word));
}

/** Back from `at` past the words that say how a deed was done ("sexually", "repeatedly"): where its helper may stand. */
function skipManner(sequence: readonly string[], at: number): number {
  let before = at;
  while (before > 0 && sequence[before]!.length > 4 && sequence[before]!.endsWith("ly")) before--;
  return before;
}

/**
 * Whether "to me" after a deed at `start` is no object of it: the asker's view of it ("sounds
 * like a threat to me", "that's harassment to me") or the one who heard of it ("a peer
 * disclosed abuse to me", "she reported harassment to me by a staff member").
 */
function toMeIsNoObject(sequence: readonly string[], start: number): boolean {
  for (let before = start - 1; before >= Math.max(0, start - OPINION_REACH); before--) {
    if (OPINION_WORDS.has(sequence[before]!) || TELLING_WORDS.has(sequence[before]!)) return true;
  }
  let before = start - 1;
  if (ARTICLES.has(sequence[before] ?? "")) before--;
  if (NAMING_VERBS.has(sequence[before] ?? "")) before--;
  return NAMING_SUBJECTS.has(sequence[before] ?? "");
}

/**
 * Whether a deed (its words from `start` to `end`) is said to the asker, so that someone else
 * did it: "me" within it ("cussed me out") or right after it, past a word or two that join a
 * deed to its object ("a client yelled at me", "she went off on me"), or after "to" and one
 * word ("threatened to report me"), but not "to me" after an opinion ("sounds like a threat to
 * me", "that's harassment to me") or a telling ("she disclosed abuse to me"), nor "me and"
 * another ("threatened me and a client"); or the asker had it done ("I got yelled at in
 * group", "I was threatened by his brother", "I was sexually harassed"). Said of no one, or
 * by the asker ("I yelled at a peer", "how do I stop yelling at clients", "I yelled by
 * accident", "I just yelled at a client"), it may be the asker's own.
 */
export function saidToAsker(sequence: readonly string[], start: number, end = start): boolean {
  for (let at = start + 1; at < end; at++) if (ASKER_AS_OBJECT.has(sequence[at]!)) return true;
  for (let at = start; at <= end; at++) if (askerHadItDone(sequence, at)) return true;
  if (sequence[end + 1] === "to" && ASKER_AS_OBJECT.has(sequence[end + 3] ?? "")) return true;
  let after = end + 1;
  for (let skipped = 0; skipped < TOWARD_REACH && TOWARD.has(sequence[after] ?? ""); skipped++) after++;
  if (!ASKER_AS_OBJECT.has(sequence[after] ?? "")) return false;
  // "threatened me and a client": done to others too, whose part the rules may govern (not
  // "threatened me and I froze", "me and then", "me or my family").
  if ((sequence[after + 1] === "and" || sequence[after + 1] === "or") && othersNamedAt(sequence, after + 2)) return false;
  return !(sequence[after - 1] === "to" && toMeIsNoObject(sequence, start));
}
