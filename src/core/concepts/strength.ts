// How strongly a standard binds, read from its wording alone, and the phrases that narrow it.
// Rules, clause by clause (a standard is as strong as its strongest clause):
//   prohibits  "shall not", "will not", "never", "do not", "nor will", "refrain from"
//   aspires    "strive", "endeavor", "try to", "are encouraged to", "make an effort", an
//              imperative or modal "consider": they ask to work toward or weigh something, not to do it
//   defers     the rule is the agency's: "follow organizational policies", "if allowed by the
//              agency", "as defined by their employing agency", "in accordance with agency policy"
//   requires   "will", "shall", "must", "should", "have a duty to", "am obligated"; an imperative
//              ("Avoid relationships…", after an intro like "Peer Providers:"); the generic present
//              of a third-person code ("PSS avoid dual relationships", "PSS are honest"); a
//              duty to do what the agency requires ("…records as required by my agency", "…as
//              my agency requires"): the agency says which, the duty is the code's (AGENCY_REQUIREMENT)
//   allows     a permission as the clause's own verb: "Staff may accept token gifts", "I can
//              share my story", "PSS are permitted to…", "May accept…" under an intro that
//              names who it binds (said of a matter; see below); on that matter, a duty joined to
//              it ("…, and must tell their supervisor") is a term it is granted on, a qualifier
//   describes  anything else: "I understand that…", "PSS relationships are mutual…"
// "Avoid" requires rather than prohibits: the codes that use it allow for the unavoidable case.
// A negation in a relative clause ("a gift that they cannot accept") is not the rule's.
// On one matter, a standard is read where it speaks of that matter: where that is only in an
// exception to its rule ("except", "unless", "other than", items after "except:"), it allows
// the matter (or defers it, where the exception is the agency's to grant), whatever the rule.
import { STRENGTH_ORDER, type Item, type Strength } from "../../model.js";
import { remembered } from "../remembered.js";

export interface StrengthReading {
  strength: Strength;
  /** Phrases of the text, verbatim, that narrow the rule: "of significant value", "unless …". */
  qualifiers: string[];
}

export { STRENGTH_ORDER };

export function strengthRank(strength: Strength): number {
  return STRENGTH_ORDER.indexOf(strength);
}

/**
 * How firmly a strength binds, when two codes are compared (lower binds more): a prohibition and
 * a requirement bind alike, being one rule said two ways (North Carolina's "will not violate a
 * peer's confidentiality", Alaska's "will respect the privacy and confidentiality"; "I will not
 * impose my personal values" and "recognize there are many pathways to recovery"), so
 * neither code binds more strongly for its wording; either binds more than a rule left to agency
 * policy, which binds more than an aspiration or a description.
 */
export function bindingTier(strength: Strength): number {
  if (strength === "prohibits") return strengthRank("requires");
  // An exception binds the worker to nothing, as a description does.
  return strength === "allows" ? strengthRank("describes") : strengthRank(strength);
}

export function strongest(strengths: Iterable<Strength>): Strength | null {
  let best: Strength | null = null;
  for (const strength of strengths) if (best === null || strengthRank(strength) < strengthRank(best)) best = strength;
  return best;
}

const PROHIBITION = [
  /\b(?:will|shall|should|must|may|can|could|would)\s+(?:not|never)\b/,
  /\b(?:won't|shan't|shouldn't|mustn't)\b/,
  // "Staff cannot accept gifts" forbids; "harm to self or others cannot be kept confidential" says what is not possible.
  /\b(?:can't|cannot)\b(?!\s+be\b)/,
  /\b(?:is|are|am)\s+not\s+to\b/,
  /\bnever\b/,
  /\bnor\s+(?:will|shall|should|may|do|does|can)\b/,
  /\b(?:(?:do|does)\s+not|don't|doesn't)\b/,
  /\brefrain(?:s)?\s+from\b/,
  /\b(?:is|are)\s+(?:prohibited|forbidden|not\s+permitted|not\s+allowed)\b/,
];

/** The negations PROHIBITION reads, as a relative clause may hold one (RELATIVE_NEGATION). */
const NEGATION = String.raw`(?:(?:will|shall|should|must|may|can|could|would|do|does|did)\s+(?:not|never)|won't|shan't|shouldn't|mustn't|can't|cannot|don't|doesn't|didn't|(?:is|are|am)\s+not\s+to|never)`;

/**
 * A negation in a relative clause: "an offered gift that they cannot accept", "areas for which
 * they do not have sufficient knowledge", "peers who do not consent". It says what the thing or
 * person the rule speaks of is, not what the rule forbids: "Will respond to an offered gift that
 * they cannot accept in a way that respects the giver" requires a respectful answer. Not so a
 * "that" after a verb of making sure ("ensure that they do not", "make sure that they never"):
 * what follows it is what the rule is for, its negation the rule's.
 */
const RELATIVE_NEGATION = new RegExp(
  String.raw`(?<!\b(?:ensure|ensures|ensuring|sure|certain|see\s+to\s+it)\s+)\b(?:who|whom|which|that)\s+(?:(?:they|he|she|it|we|you|i|one)\s+)?${NEGATION}\b`,
  "g",
);

/** A clause without the negations of its relative clauses, which are not its rule's (RELATIVE_NEGATION). */
const withoutRelativeNegations = (lower: string): string => lower.replace(RELATIVE_NEGATION, "that");

const ASPIRATION = [
  /\bstriv(?:e|es|ing)\b/,
  /\bendeavou?r(?:s)?\b/,
  /\baspire(?:s)?\s+to\b/,
  /\b(?:try|tries|aim|aims)\s+to\b/,
  /\b(?:is|are|am)\s+encouraged\s+to\b/,
  /\bmake(?:s)?\s+an?\s+(?:honest\s+|genuine\s+|every\s+)?effort\b/,
  /(?:^|\b(?:will|shall|should|must|to)\s+)consider\b/,
];

/**
 * Whose policy a rule may defer to: the agency, and the bodies an agency's own code names in its
 * place ("the county's policy", "program policy", "the department's procedures").
 */
const ROLE_OWNER = String.raw`(?:(?:agency|organi[sz]ation|employer|county|program|programme|department)(?:'s|’s)?|organi[sz]ational|employing\s+agency)`;

/** Going by some named body's own policy, whoever it is: "follow the clinic's policies", "comply with the board's procedures". */
const ANY_OWNERS_POLICY = String.raw`\b(?:follow|follows|abide\s+by|abides\s+by|adhere\s+to|adheres\s+to|comply\s+with|complies\s+with|in\s+accordance\s+with|according\s+to)\s+(?:the\s+|their\s+|my\s+|our\s+|its\s+)?[\w-]+(?:'s|’s)\s+(?:[\w-]+\s+)?(?:polic(?:y|ies)|procedures|guidelines|protocols?)\b`;

const DEFERRAL = [
  new RegExp(String.raw`\b(?:follow|follows|abide\s+by|abides\s+by|adhere\s+to|adhering\s+to|comply\s+with|in\s+accordance\s+with|according\s+to)\b[^.;]*\b${ROLE_OWNER}`),
  new RegExp(String.raw`\b${ROLE_OWNER}\s+(?:polic(?:y|ies)|guidelines|procedures|approval)\b`),
  new RegExp(String.raw`\b(?:if|when|as|unless)\s+(?:allowed|permitted|approved|authori[sz]ed)\s+by\b`),
  new RegExp(String.raw`\b(?:allowed|permitted|approved|authori[sz]ed|required|defined|determined|deemed)\s+(?:[\w-]+\s+(?:or\s+[\w-]+\s+)?)?by\b[^.;]{0,60}?\b${ROLE_OWNER}`),
  /\badher(?:e|es|ing)\s+to\s+(?:the\s+|their\s+|my\s+)?(?:polic(?:y|ies)|procedures|guidelines)\b/,
  new RegExp(ANY_OWNERS_POLICY),
];

const DETERMINER = String.raw`(?:the|my|our|their|its|his|her|your)\s+`;
const ITS_RULES = String.raw`(?:\s+(?:polic(?:y|ies)|guidelines|procedures|protocols?|rules|standards))?`;

/**
 * What the agency requires, said either way round: "as required by my agency", "as my agency
 * requires", "when agency policy requires", "if required by the employer". A duty bound to it
 * ("I will maintain required documentation … as required by my agency") binds the worker to do
 * what the agency requires: the agency says which records, the code that they are kept. It is
 * still a requirement, as "if the person served requests a change" leaves "will request a change"
 * one; what leaves the matter to the agency is its permission, its definition or its policy to
 * follow ("if allowed by the agency", "as defined by their employing agency", "follow
 * organizational policies"). In an exception ("unless required by the agency") it is the
 * agency's to grant, and defers (exceptionStrength).
 */
const AGENCY_REQUIREMENT = new RegExp(
  String.raw`\b(?:(?:as|if|when|whenever|where|wherever)\s+)?required\s+by\s+(?:${DETERMINER})?${ROLE_OWNER}${ITS_RULES}` +
    String.raw`|\b(?:as|if|when|whenever|where|wherever|unless)\s+(?:${DETERMINER})?${ROLE_OWNER}${ITS_RULES}\s+requires?\b`,
  "gi",
);

/** A clause with the agency's requirements it binds the worker to, which are not deferrals (AGENCY_REQUIREMENT), blanked where they stand. */
const withoutAgencyRequirements = (lower: string): string => lower.replace(AGENCY_REQUIREMENT, (requirement) => " ".repeat(requirement.length));

/** Whether a clause leaves its rule to the agency (DEFERRAL), an agency's requirement it binds to aside. */
const defersInClause = (lower: string): boolean => {
  const read = withoutAgencyRequirements(lower);
  return DEFERRAL.some((pattern) => pattern.test(read));
};

const OBLIGATION = [
  /\b(?:will|shall|must|should)\b/,
  /\bha(?:ve|s)\s+(?:a|the)\s+(?:duty|responsibility|obligation)\s+to\b/,
  /\b(?:am|is|are)\s+(?:obligated|required|expected|responsible)\b/,
  /\bresponsibility\b[^.;]*\bis\s+to\b/,
  /\bneeds?\s+to\b/,
];

/** Who the third-person codes write about: "PSS", "Peer Specialists", "The Peer Support Specialist(s)". */
const THIRD_PERSON_SUBJECT =
  /^(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:pss|psps?|specialists?|providers?|professionals?|workers?|staff)(?:\(s\))?(?:'s|’s)?\s+(?:\([a-z]+\)\s+)?/;
const FIRST_PERSON_SUBJECT = /^(?:i|we)\s+/;
/**
 * A sentence introduced by a frame ("As a peer support worker, I will…", "In dealing with peers,
 * PSS…") or a condition ("If you already know someone, tell your supervisor…", "When a gift is
 * offered, refuse it"): its mood is the main clause's, after the comma.
 */
const FRAME_OPENER = String.raw`^(?:as|in|at|during|while|when|whenever|if|once|before|after|where|wherever|given|for)\b`;
const LEADING_FRAME = new RegExp(String.raw`${FRAME_OPENER}[^,]{0,80},\s*`);
const OPENS_FRAME = new RegExp(FRAME_OPENER);
/** Words that open a statement, never an imperative. */
const STATEMENT_OPENERS = new Set(
  `the a an this that these those every each all no none some any there it its once when whenever while if
  although though because since however in on at for with by of to from as our their his her my your
  we they he she you one both either neither`.split(/\s+/),
);
/** "Difficult circumstances are addressed…", "PSS relationships are…": a noun phrase, then a copula. */
const NOUN_PHRASE_THEN_COPULA = /^[\w'’-]+(?:\s+(?!on\b|in\b|what\b|that\b|there\b|to\b|for\b|with\b|of\b|how\b)[\w'’-]+)?\s+(?:is|are|include|includes)\b/;

/**
 * A predicate that grants rather than binds: "may accept", "can share", "are permitted to". Read
 * only right after the subject: in "Understand … how these may contribute to biases" the "may"
 * is a subordinate clause's, and the rule is the imperative's.
 */
const PERMISSION = /^(?:(?:also|still|then)\s+)?(?:(?:may|can|might)\s+(?!not\b|never\b|only\b)|(?:is|are|am)\s+(?:permitted|allowed|free|welcome)\s+to\b)/;

/**
 * An aside between dashes or in brackets ("— as a neighbour, a friend —"), whose commas are not
 * the frame's. After a frame's opening word it ends the frame, as a comma would ("If you know
 * someone outside work — as a neighbour — tell your supervisor").
 */
const ASIDE = /\s*(?:[—–]\s[^—–]*?\s[—–]|\([^()]*\))\s*/g;

function moodOf(clause: string): Strength {
  const framed = clause
    .replace(ASIDE, OPENS_FRAME.test(clause) ? ", " : " ")
    .replace(/,(?:\s*,)+/g, ",")
    .replace(LEADING_FRAME, "");
  const firstPerson = framed.match(FIRST_PERSON_SUBJECT);
  if (firstPerson) return PERMISSION.test(framed.slice(firstPerson[0].length)) ? "allows" : "describes";
  const thirdPerson = framed.match(THIRD_PERSON_SUBJECT);
  if (thirdPerson) {
    const predicate = framed.slice(thirdPerson[0].length);
    if (PERMISSION.test(predicate)) return "allows";
    return NOUN_PHRASE_THEN_COPULA.test(predicate) ? "describes" : "requires";
  }
  // Under an intro that names who it binds ("Riverbend peer specialists:"), a standard opens
  // with its predicate: "May accept a small token gift …" grants, as "Staff may accept …" does.
  if (PERMISSION.test(framed)) return "allows";
  const firstWord = framed.match(/^[\w'’-]+/)?.[0];
  if (firstWord === undefined || STATEMENT_OPENERS.has(firstWord)) return "describes";
  return NOUN_PHRASE_THEN_COPULA.test(framed) ? "describes" : "requires";
}

/** Whether a text binds the worker to what the agency requires ("as required by my agency", "as my agency requires"): a duty the agency says the content of. */
export function namesAgencyRequirement(text: string): boolean {
  return text.toLowerCase().replace(/[’‘]/g, "'").search(AGENCY_REQUIREMENT) >= 0;
}

/** Whether a text leaves some rule of it to the agency (DEFERRAL), whatever else binds in it. */
export function defersSomewhere(text: string): boolean {
  return defersInClause(text.toLowerCase().replace(/[’‘]/g, "'"));
}

/**
 * Where a clause's deferral is a second duty that "and" joins to one binding on its own ("Peer
 * Specialists will utilize supervision and abide by the standards for supervision established
 * by their employer"), the first duty's strength: the worker is bound to use supervision, and a
 * standard is as strong as its strongest duty. Undefined for any other clause: "as defined by
 * their employing agency", "if allowed by the agency" qualify the one duty they are in.
 */
function dutyBeforeDeferral(clause: string, first: boolean): Strength | undefined {
  const read = withoutAgencyRequirements(clause);
  const deferral = Math.min(...DEFERRAL.map((pattern) => read.search(pattern)).filter((at) => at >= 0));
  // The deferral's own verb right after "and" ("… and abide by …"): a second predicate, not a
  // list of things ("service and support within the hours … authorized by the agency").
  const before = clause.slice(0, deferral);
  if (!/,?\s+and\s+$/.test(before)) return undefined;
  const duty = classifyClause(before.replace(/,?\s+and\s+$/, ""), first);
  return duty === "requires" || duty === "prohibits" ? duty : undefined;
}

/**
 * A clause's strength. Its mood (an imperative, a third-person present) is read only where it
 * opens its sentence (`first`): after a semicolon a clause goes on with the sentence's subject,
 * often as a list ("Human rights include civil and political rights …; social, cultural and
 * economic rights …"), and its first word is no verb.
 */
function classifyClause(clause: string, first = true): Strength {
  if (DEFINITION.test(clause)) return "describes";
  // A word processor's apostrophe (won’t) is the keyboard's (won't): codes are pasted from Word.
  const lower = withoutRelativeNegations(clause.toLowerCase().replace(/[’‘]/g, "'"));
  if (PROHIBITION.some((pattern) => pattern.test(lower))) return "prohibits";
  if (ASPIRATION.some((pattern) => pattern.test(lower))) return "aspires";
  if (defersInClause(lower)) return dutyBeforeDeferral(lower, first) ?? "defers";
  if (OBLIGATION.some((pattern) => pattern.test(lower))) return "requires";
  return first ? moodOf(lower) : "describes";
}

/** Sentences of a text, as written. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?]["”)]?)\s+(?=["“(]?[A-Z])/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

/** A sentence's semicolon-separated clauses, quotes and brackets dropped from their edges. */
function clausesOf(sentence: string): string[] {
  return sentence
    .split(/;\s*/)
    .map((clause) => clause.replace(/^[\s"“”'‘’(]+|[\s"“”'‘’)]+$/g, ""))
    .filter((clause) => clause.length > 0);
}

/**
 * A comma and "and" or "but" that join a rule's next duty on ("…, except where the law requires
 * disclosure, and will explain the limits"): where an exception within a sentence ends.
 */
const NEXT_DUTY = String.raw`,\s+(?:and|but)\s+(?:will|shall|must|should|never|always|do|does|may)\b`;

const QUALIFIERS = [
  /\b[\w-]+\s+of\s+(?:significant|substantial|more\s+than\s+(?:token|nominal|minimal)|nominal|token|minimal)\s+value\b/gi,
  /\b(?:substantial|significant)\s+[\w-]+(?:\s+or\s+[\w-]+)?/gi,
  // A sum that bounds what is granted or forbidden: "worth no more than $20", "under $25", "valued at $50 or more".
  /\b(?:(?:worth|valued\s+at|costing)\s+)?(?:(?:no|not)\s+more\s+than|more\s+than|less\s+than|up\s+to|at\s+most|under|over|below|above)\s+[$£€]\s?\d+(?:[.,]\d+)*/gi,
  /\b(?:worth|valued\s+at|costing)\s+[$£€]\s?\d+(?:[.,]\d+)*(?:\s+or\s+(?:less|more))?/gi,
  /\bif\s+[^,;.:]+/gi,
  // An exception opening a sentence ends where its rule starts, at a comma; within it, with its clause.
  /(?<=^|[.!?]["”)]?\s+)(?:unless|except)\b[^,;.:]*/gi,
  // …up to the rule's next duty, joined on by a comma and "and" (NEXT_DUTY).
  new RegExp(String.raw`(?<!(?:^|[.!?]["”)]?)\s*)\b(?:unless|except)\b(?:(?!${NEXT_DUTY})[^;.:])*`, "gi"),
  /\bany\s+exceptions?\b[^;.:]*/gi,
  /\bwhen\s+and\s+if\b[^,;.:]*/gi,
  /\bwhen\b[^,;.:]*\b(?:unavoidable|possible|appropriate)\b/gi,
  /\bwhen\b[^,;.:]*\b(?:necessary|required|essential)\s+to\b[^;.:]*/gi,
  /\bin\s+cases?\s+where\b[^;.:]*/gi,
  /\b(?:whenever|where|if)\s+(?:possible|appropriate|necessary|needed)\b/gi,
  /\bas\s+(?:necessary|needed|appropriate)\b/gi,
  new RegExp(String.raw`\b(?:only\s+)?in\s+accordance\s+with\s+(?:the\s+)?${ROLE_OWNER}\s+polic(?:y|ies)\b`, "gi"),
  /\bbased\s+on\s+(?:their|the|my|its)\s+agency\s+polic(?:y|ies)(?:\s+and\s+job\s+descriptions?)?/gi,
  /\bwithin\b[^;.:]*\b(?:authori[sz]ed|approved|allowed|permitted)\s+by\b[^,;.:]*/gi,
  new RegExp(
    String.raw`\b(?:as\s+)?(?:required|defined|authori[sz]ed|approved|allowed|permitted|established|determined|deemed)\s+(?:[\w-]+\s+(?:or\s+[\w-]+\s+)?)?by\s+[^,;.:]*?\b${ROLE_OWNER}(?:\s+(?:with|for)\s+which\s+[^,;.:]+)?`,
    "gi",
  ),
  // Either way round: "as my agency requires", "when required by agency policy".
  AGENCY_REQUIREMENT,
];

/** An aside between spaced dashes within a sentence: "— as a neighbour, a friend —". */
const DASH_ASIDE = /\s[—–]\s[^—–.;]*?\s[—–]\s/g;

/** The narrowing phrases of a text, verbatim, in text order; a phrase inside a longer one is dropped. */
export function qualifiersOf(text: string): string[] {
  // An aside between dashes belongs to the phrase it is in: its commas do not end the phrase,
  // its closing dash does, as a comma would ("If you already know someone outside work — as a
  // neighbour, a friend — tell your supervisor" was cut at "as a neighbour"). Read so, in a text
  // of the same length, the phrase is then cut from the text as written.
  const read = text.replace(DASH_ASIDE, (aside) => aside.replace(/[,;:.]/g, " ").replace(/[—–](\s)$/, ",$1"));
  const spans = QUALIFIERS.flatMap((pattern) =>
    [...read.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].trimEnd().length })),
  ).sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: { start: number; end: number }[] = [];
  for (const span of spans) {
    const last = kept[kept.length - 1];
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      continue;
    }
    kept.push({ ...span });
  }
  return kept.map((span) => text.slice(span.start, span.end).replace(/[\s,]+$/, ""));
}

/**
 * A definition of a word of the rule: '"Illicit drugs" means any substance defined as a drug in
 * …'. It binds nothing itself; it says what the rule before it covers.
 */
const DEFINITION = /^["“]?[a-z][\w'’ -]{0,58}["”]?\s+(?:means|refers\s+to|(?:is|are)\s+defined\s+as)\b/i;

/** A sentence that continues the one before it: "This includes…", "Such information…", a definition. */
const REFERS_BACK = /^["“(]?(?:this|these|that|such|it)\b/i;
const continuesBefore = (sentence: string): boolean => REFERS_BACK.test(sentence) || DEFINITION.test(sentence);

/**
 * Where a sentence's rule goes on with what it is for ("I will maintain required documentation
 * in client records as required by my agency making certain that records are documented
 * honestly"), the words that open that purpose.
 */
const PURPOSE = /,?\s+(?:making\s+(?:certain|sure)|ensuring|to\s+(?:ensure|make\s+(?:certain|sure)))\s+that\s+/i;

/**
 * A sentence on a matter only in the purpose its rule goes on with, read for that matter: the
 * purpose is bound as the rule binds it, but the rule's own conditions are not the purpose's
 * (the agency says which records are kept, not whether they are honest). So the rule without
 * its qualifiers, then the purpose: "I will maintain required documentation in client records,
 * making certain that records are documented honestly". Undefined for any other sentence.
 */
function onlyItsPurpose(sentence: string, focus: (sentence: string) => boolean): string | undefined {
  const purpose = PURPOSE.exec(sentence);
  if (purpose === null) return undefined;
  const rule = sentence.slice(0, purpose.index);
  if (focus(rule) || !focus(sentence.slice(purpose.index + purpose[0].length))) return undefined;
  const unqualified = qualifiersOf(rule).reduce((text, qualifier) => text.replace(qualifier, ""), rule).replace(/\s+/g, " ").trim();
  return `${unqualified}, ${sentence.slice(purpose.index).replace(/^,?\s+/, "")}`;
}

/**
 * Readings by the sentences read: a standard is read once per concept it is about (diff, topic),
 * and its one sentence is the focus of most; a user's code of thousands of standards, each about
 * a dozen concepts, read them all a dozen times.
 */
const readings = new Map<string, StrengthReading>();
const READINGS_KEPT = 16_384;

/**
 * Where no sentence is on the matter by its words, the sentences closest to it otherwise (the
 * focus to use instead), or undefined for the whole text.
 */
export type ClosestSentences = (sentences: readonly string[]) => ((sentence: string) => boolean) | undefined;

/**
 * The strength and qualifiers of a text. With `focus`, only the sentences it accepts count (the
 * sentences of a standard that are on one topic); when it accepts none, the whole text counts,
 * but for its strength only the sentences `closest` picks, where it picks any: a guess from
 * shared words, right more often than the strongest sentence, yet too often wrong to drop the
 * other sentences' qualifiers ("when disclosure is necessary to prevent … harm" is a duty to
 * warn's condition, though "disclose the least amount" shares more of its words).
 */
export function classifyStrength(text: string, focus?: (sentence: string) => boolean, closest?: ClosestSentences): StrengthReading {
  const sentences = sentencesOf(text);
  // "This includes electronic privacy…" is on the topic but the rule is in the sentence before it
  const pick = (accept: (sentence: string) => boolean) =>
    sentences.filter((sentence, index) => accept(sentence) || (continuesBefore(sentences[index + 1] ?? "") && accept(sentences[index + 1]!)));
  const focused = focus ? pick(focus).map((sentence) => onlyItsPurpose(sentence, focus) ?? sentence) : [];
  const counted = focused.length > 0 ? focused : sentences;
  const instead = focused.length === 0 && closest && sentences.length > 1 ? closest(sentences) : undefined;
  const binding = instead ? pick(instead) : counted;
  const key = binding === counted ? counted.join("\n") : `${counted.join("\n")}\n\n${binding.join("\n")}`;
  const reading = remembered(readings, READINGS_KEPT, key, () => ({
    strength: strengthOfSentences(binding),
    qualifiers: counted.flatMap(qualifiersOf),
  }));
  const onTerms = focus && readingOnTerms(binding, focus);
  if (!onTerms) return { strength: reading.strength, qualifiers: [...reading.qualifiers] };
  // The permission's terms among the qualifiers, in the order the text has them.
  const written = counted.join(" ");
  const qualifiers = [...new Set([...reading.qualifiers, ...onTerms.terms])].sort((a, b) => written.indexOf(a) - written.indexOf(b));
  return { strength: onTerms.strength, qualifiers };
}


/** The strongest reading among the clauses of some sentences; "describes" when none binds. */
function strengthOfSentences(sentences: readonly string[]): Strength {
  return strongest(sentences.flatMap((sentence) => clausesOf(sentence).map((clause, at) => classifyClause(clause, at === 0)))) ?? "describes";
}

/** A duty that "and" or "but" joins to the clause before it: "…, and must tell their supervisor", "but must report each one". */
const JOINED_DUTY = /,?\s+(?:and|but)\s+(?:also\s+)?(?=(?:must|will|shall|should|needs?\s+to|ha(?:ve|s)\s+to)\b)/i;

/** A word a permission is said with (PERMISSION). */
const GRANTING_WORD = /\b(?:may|can|might|permitted|allowed|free|welcome)\b/i;

/** A permission, and the duties joined to it: the terms it is granted on. */
interface GrantedOnTerms {
  grant: string;
  terms: string[];
}

/**
 * A clause that grants, with duties joined to it: "May accept a small token gift worth no more
 * than $20 …, and must tell their supervisor about it the same week"; "Staff may accept gifts but
 * must report each one". The duties are the terms of the permission: read whole, the clause binds
 * by them (requires); on the matter it grants, it allows it on those terms. Undefined for any
 * other clause, and where a predicate joined to the permission forbids or defers ("…, but will
 * never accept cash" binds on the matter, and is read as it is).
 */
function grantedOnTerms(clause: string): GrantedOnTerms | undefined {
  const [grant, ...duties] = clause.split(JOINED_DUTY);
  if (duties.length === 0 || classifyClause(grant!) !== "allows") return undefined;
  if (!duties.every((duty) => classifyClause(duty, false) === "requires")) return undefined;
  return { grant: grant!, terms: duties.map((duty) => duty.replace(/[\s.,;:!?]+$/, "")) };
}

/**
 * On a matter (`focus`), the reading of sentences some clause of which grants on terms
 * (grantedOnTerms): that clause allows the matter, its terms the qualifiers, unless only its
 * terms speak of the matter ("must tell their supervisor", on telling one's supervisor: that is
 * required). Undefined where no clause grants on terms: the sentences read as they always do.
 */
function readingOnTerms(sentences: readonly string[], focus: (text: string) => boolean): { strength: Strength; terms: string[] } | undefined {
  // Most sentences grant nothing: tested first, as every standard is read once per concept it is on.
  if (!sentences.some((sentence) => GRANTING_WORD.test(sentence) && JOINED_DUTY.test(sentence))) return undefined;
  let granted = false;
  const terms: string[] = [];
  const strengths = sentences.flatMap((sentence) =>
    clausesOf(sentence).map((clause, at) => {
      const permission = grantedOnTerms(clause);
      if (permission === undefined || (!focus(permission.grant) && permission.terms.some(focus))) return classifyClause(clause, at === 0);
      granted = true;
      terms.push(...permission.terms);
      return "allows" as const;
    }),
  );
  if (!granted) return undefined;
  const strength = strongest(strengths) ?? "describes";
  return { strength, terms: strength === "allows" ? terms : [] };
}

/**
 * A whole standard's strength from its clauses': one that grants ("Staff may accept token gifts")
 * binds the worker to nothing, as a description does. "allows" is said of a matter (a topic's or
 * a concept's reading), never of a whole standard (WORDING_STRENGTHS).
 */
const asWhole = (strength: Strength): Strength => (strength === "allows" ? "describes" : strength);

/** classifyStrength(text).strength, without the qualifiers: for a reader of the strength alone (the quiz reads every standard's). */
export function strengthOfText(text: string): Strength {
  return asWhole(strengthOfSentences(sentencesOf(text)));
}

/** What classifyStandard reads: a standard's own words, its lettered items and the notes the source attaches. */
export interface StandardWording {
  text: string;
  items?: readonly Item[];
  notes: readonly string[];
}

/**
 * The words that open an exception to the rule they follow. "Exception" the noun is not one:
 * "any exception to this must have written agency approval" is a rule of its own, read so.
 */
const EXCEPTION = /\b(?:except|unless|other\s+than|with\s+the\s+exceptions?\s+of|excluding)\b/gi;

/**
 * Where an exception within a sentence ends: its clause's end (a semicolon, a colon, the
 * sentence's end), or a comma that joins the rule's next duty ("…confidential, except where the
 * law requires disclosure, and will explain the limits of confidentiality": the explaining is
 * the rule's, not excepted).
 */
const EXCEPTION_ENDS = new RegExp(String.raw`[;:]|(?=${NEXT_DUTY})|[.!?]["”)]?\s*$`);

/** One sentence parted into its rule and its exceptions, each exception verbatim. */
interface ExceptedSentence {
  /** The sentence without its exceptions. */
  rule: string;
  exceptions: string[];
  /** It ends by opening an exception that a list goes on with ("…, except:"): the items are exceptions. */
  opensList: boolean;
}

/**
 * A sentence's exceptions: each from its opening word to the end of its clause (a semicolon,
 * the sentence's end, or a colon that a list follows); one that opens the sentence ("Unless
 * … , PSS will not …") ends at its first comma, where the rule starts.
 */
function exceptedSentence(sentence: string): ExceptedSentence {
  const spans: { start: number; end: number }[] = [];
  let opensList = false;
  for (const match of sentence.matchAll(EXCEPTION)) {
    if (spans.length > 0 && match.index < spans[spans.length - 1]!.end) continue;
    const leading = sentence.slice(0, match.index).trim() === "";
    const rest = sentence.slice(match.index);
    const stop = rest.search(leading ? /[,;:]/ : EXCEPTION_ENDS);
    const end = stop < 0 ? sentence.length : match.index + stop;
    if (sentence.slice(end).trim() === ":") opensList = true;
    spans.push({ start: match.index, end });
  }
  let rule = "";
  let from = 0;
  for (const span of spans) {
    rule += sentence.slice(from, span.start);
    from = span.end;
  }
  rule += sentence.slice(from);
  const exceptions = spans.map((span) => sentence.slice(span.start, span.end).replace(/[\s,]+$/, "")).filter((exception) => exception.length > 0);
  return { rule, exceptions, opensList };
}

/** What an exception does: defers the matter to the agency where it says so ("unless approved by the agency", "unless the agency requires it"), else allows it. */
function exceptionStrength(exception: string): Strength {
  const lower = exception.toLowerCase();
  return DEFERRAL.some((pattern) => pattern.test(lower)) || namesAgencyRequirement(exception) ? "defers" : "allows";
}

/** A standard's sentences parted into rule and exceptions, and its items' texts: exceptions too where its last sentence opens them ("…, except:"). */
interface PartedWording {
  parted: ExceptedSentence[];
  itemsExcepted: boolean;
  items: string[];
}

function partedWording(standard: StandardWording): PartedWording {
  const parted = sentencesOf(standard.text).map(exceptedSentence);
  return { parted, itemsExcepted: parted.length > 0 && parted[parted.length - 1]!.opensList, items: (standard.items ?? []).map((item) => item.text) };
}

/** Whether a standard's rule says nothing of the matter: no sentence's rule, nor an item but a listed exception. */
function ruleSilentOn({ parted, itemsExcepted, items }: PartedWording, focus: (text: string) => boolean): boolean {
  return !parted.some((sentence) => focus(sentence.rule)) && (itemsExcepted || !items.some(focus));
}

/**
 * The reading of a standard on a matter (`focus`). Where only exceptions to its rule speak of
 * the matter, it is what they do: "Shall not provide services under the influence of … illicit
 * drugs. … except: a. Drugs or medications prescribed …; b. Over-the-counter drugs …" allows
 * prescribed medication; "will not violate a peer's confidentiality except when required by law"
 * allows a disclosure the law requires. Where its rule speaks of it too, the rule's sentences are
 * read as classifyStrength reads them (a sentence on the matter only in its exception is not
 * the rule's), and the stronger of the two readings is the standard's, with the exceptions'
 * conditions among its qualifiers.
 */
function focusedReading(standard: StandardWording, focus: (text: string) => boolean, closest?: ClosestSentences): StrengthReading {
  const wording = partedWording(standard);
  const { parted, itemsExcepted, items } = wording;
  const inline = parted.flatMap((sentence) => sentence.exceptions).filter(focus);
  const listed = itemsExcepted ? items.filter(focus) : [];
  if (inline.length === 0 && listed.length === 0) return classifyStrength(standard.text, focus, closest);
  const excepted: StrengthReading = {
    strength: strongest([...inline, ...listed].map(exceptionStrength))!,
    // An exception within a sentence is its own condition; a listed one says its conditions, if any, in its words.
    qualifiers: [...inline, ...listed.flatMap(qualifiersOf)],
  };
  // Qualifiers are in text order, each once.
  const written = [standard.text, ...items].join("\n");
  const inTextOrder = (qualifiers: readonly string[]) =>
    [...new Set(qualifiers)].map((qualifier) => ({ qualifier, at: written.indexOf(qualifier) })).sort((a, b) => a.at - b.at).map(({ qualifier }) => qualifier);
  const onRule = (sentence: string) => focus(exceptedSentence(sentence).rule);
  if (ruleSilentOn(wording, focus)) return { ...excepted, qualifiers: inTextOrder(excepted.qualifiers) };
  const ruled = classifyStrength(standard.text, onRule, closest);
  return { strength: strongest([ruled.strength, excepted.strength])!, qualifiers: inTextOrder([...ruled.qualifiers, ...excepted.qualifiers]) };
}

/**
 * Where a standard speaks of a matter by its words (`focus`): in its rule, only in the exceptions
 * to its rule (as focusedReading reads them), or nowhere (text, items and notes alike).
 */
export function whereItSpeaksOf(standard: StandardWording, focus: (text: string) => boolean): "rule" | "exceptions" | "nowhere" {
  const wording = partedWording(standard);
  const { parted, itemsExcepted, items } = wording;
  const excepted = parted.some((sentence) => sentence.exceptions.some(focus)) || (itemsExcepted && items.some(focus));
  if (excepted && ruleSilentOn(wording, focus)) return "exceptions";
  return parted.some((sentence) => focus(sentence.rule)) || items.some(focus) || standard.notes.some(focus) ? "rule" : "nowhere";
}

/** An exception's word alone, as qualifiersOf finds it where a list goes on after it ("… Health and Safety Code, except:"). */
const EXCEPTION_ALONE = /^(?:except|unless|other\s+than|with\s+the\s+exceptions?\s+of|excluding)$/i;

/**
 * The qualifiers, an exception's word alone ("except") followed by the labels of the items it
 * opens ("except: a, b"): "prohibits (except)" left the reader asking except what.
 */
function withListedExceptions(qualifiers: readonly string[], standard: StandardWording): string[] {
  const items = standard.items ?? [];
  if (items.length === 0 || !qualifiers.some((qualifier) => EXCEPTION_ALONE.test(qualifier))) return [...qualifiers];
  const sentences = sentencesOf(standard.text);
  if (sentences.length === 0 || !exceptedSentence(sentences[sentences.length - 1]!).opensList) return [...qualifiers];
  const labels = items.map((item) => item.label).join(", ");
  return qualifiers.map((qualifier) => (EXCEPTION_ALONE.test(qualifier) ? `${qualifier}: ${labels}` : qualifier));
}

/**
 * The strength of a whole standard: its text's (focused as classifyStrength does), narrowed by
 * what its notes say. A note that defers to agency policy makes the rule conditional: the
 * strength stays the text's, and the note's deferral is a qualifier ("note: as deemed
 * inappropriate … by the agency"), as a reader of Alaska Conflicts of Interest 3 would put it.
 * Focused on a matter its exceptions speak of, it is read as focusedReading says.
 */
export function classifyStandard(standard: StandardWording, focus?: (sentence: string) => boolean, closest?: ClosestSentences): StrengthReading {
  const reading = focus ? focusedReading(standard, focus, closest) : classifyStrength(standard.text);
  const qualifiers = withListedExceptions(reading.qualifiers, standard);
  for (const note of standard.notes) {
    const noted = classifyStrength(note);
    if (noted.strength !== "defers") continue;
    const phrases = noted.qualifiers.length > 0 ? noted.qualifiers : ["defers to agency policy"];
    qualifiers.push(...phrases.map((phrase) => `note: ${phrase}`));
  }
  return { strength: focus ? reading.strength : asWhole(reading.strength), qualifiers };
}
