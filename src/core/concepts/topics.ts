// The topics crosswalk: for each theme, what each code says, how strongly, and where it is silent.
// Built-in codes use the curated lists of data/topics.yaml; a code with no curated entry (one a
// user added) gets its topics from the synonyms, and everything said about it is marked inferred.
import { allStandards, toRef, type Code, type Library, type Ref, type Standard, type StandardKey, type Strength, type Topic } from "../../model.js";
import { EthicsError } from "../errors.js";
import { classifyStrength, strongest, type StrengthReading } from "./strength.js";
import { slugify, startsName } from "../codes/resolve.js";
import { nearest } from "../suggest.js";
import { stem, terms, words } from "../text.js";

/** One standard on a topic: where it stands, how strongly it binds on the topic, what narrows it. */
export interface TopicStandard extends Ref {
  citation: string;
  strength: Strength;
  qualifiers: string[];
  /** Found by the topic's synonyms, not curated: only for codes a user added. */
  inferred?: true;
}

export interface TopicCode {
  code: string;
  /** The strongest obligation among the standards; null where the code is silent. */
  strength: Strength | null;
  standards: TopicStandard[];
  /** The code's topics come from synonyms (a code a user added), so silence is a guess too. */
  inferred?: true;
}

/** `ethics topic <id|name> --json` */
export interface TopicReport {
  id: string;
  name: string;
  description: string;
  codes: TopicCode[];
}

export interface TopicCounts {
  id: string;
  name: string;
  /** Standards per code id, for every loaded code; 0 where the code is silent. */
  counts: Record<string, number>;
}

/** `ethics topics --json` */
export interface TopicsMatrix {
  topics: TopicCounts[];
  /** Ids of the codes whose counts are inferred from synonyms. */
  inferred: string[];
}

// Every word counts in a phrase, stop words too: "own recovery" is not "recovery".
const stems = (text: string): string[] => words(text).map(stem);

function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0 || needle.length > haystack.length) return false;
  outer: for (let start = 0; start + needle.length <= haystack.length; start++) {
    for (let offset = 0; offset < needle.length; offset++) if (haystack[start + offset] !== needle[offset]) continue outer;
    return true;
  }
  return false;
}

/**
 * A user's code is matched against every topic: its texts' stems are worked out once, not once
 * a topic (the matrix of a hundred users' codes took seconds).
 */
const textStemsCache = new Map<string, string[]>();

function textStemsOf(text: string): string[] {
  let cached = textStemsCache.get(text);
  if (cached === undefined) {
    cached = stems(text);
    textStemsCache.set(text, cached);
  }
  return cached;
}

/** A test of whether a text uses one of the topic's synonyms, word for word up to word endings. */
export function topicMatcher(topic: Topic): (text: string) => boolean {
  const phrases = topic.synonyms.map(stems);
  return (text) => {
    const textStems = textStemsOf(text);
    return phrases.some((phrase) => containsRun(textStems, phrase));
  };
}

/** A code with no curated standard in topics.yaml (one a user added) has its topics inferred. */
export function isInferred(library: Library, codeId: string): boolean {
  return !library.topics.some((topic) => topic.standards.some((key) => key.code === codeId));
}

function sameKey(standard: StandardKey, key: StandardKey): boolean {
  return standard.code === key.code && standard.section === key.section && standard.number === key.number;
}

/** The standards of one code on one topic, in the code's order. */
export function standardsOnTopic(library: Library, topic: Topic, code: Code): Standard[] {
  if (isInferred(library, code.id)) {
    const mentions = topicMatcher(topic);
    return allStandards(code).filter((standard) => [standard.text, ...standard.items.map((item) => item.text)].some(mentions));
  }
  const curated = topic.standards.filter((key) => key.code === code.id);
  if (curated.length === 0) return [];
  return allStandards(code).filter((standard) => curated.some((key) => sameKey(standard, key)));
}

/**
 * How strongly a standard binds on a topic: only its sentences that use the topic's words count
 * (Wisconsin 14 prohibits abuse but requires trauma-informed care); when none do, all of them.
 */
export function strengthOnTopic(standard: Standard, topic: Topic): StrengthReading {
  return classifyStrength(standard.text, topicMatcher(topic));
}

function codeById(library: Library, codeId: string): Code {
  const code = library.codes.find((candidate) => candidate.id === codeId);
  if (!code) throw new EthicsError(`no code '${codeId}' is loaded`, `loaded: ${library.codes.map((c) => c.id).join(", ")}`);
  return code;
}

function topicCode(library: Library, topic: Topic, code: Code): TopicCode {
  const inferred = isInferred(library, code.id);
  const standards: TopicStandard[] = standardsOnTopic(library, topic, code).map((standard) => ({
    ...toRef(standard),
    citation: standard.citation,
    ...strengthOnTopic(standard, topic),
    ...(inferred ? { inferred: true as const } : {}),
  }));
  const entry: TopicCode = { code: code.id, strength: strongest(standards.map((standard) => standard.strength)), standards };
  return inferred ? { ...entry, inferred: true } : entry;
}

/** What each code says on one topic; `codeIds` (already resolved) narrows and orders the codes. */
export function topicReport(library: Library, topic: Topic, codeIds?: readonly string[]): TopicReport {
  const codes = codeIds ? [...new Set(codeIds)].map((id) => codeById(library, id)) : library.codes;
  return {
    id: topic.id,
    name: topic.name,
    description: topic.description,
    codes: codes.map((code) => topicCode(library, topic, code)),
  };
}

/** Topics × codes: how many standards each code has on each topic. */
export function topicsMatrix(library: Library): TopicsMatrix {
  return {
    topics: library.topics.map((topic) => ({
      id: topic.id,
      name: topic.name,
      counts: Object.fromEntries(library.codes.map((code) => [code.id, standardsOnTopic(library, topic, code).length])),
    })),
    inferred: library.codes.filter((code) => isInferred(library, code.id)).map((code) => code.id),
  };
}

/** The topics one code addresses, in topic order (diff's coverage). */
export function topicsAddressedBy(library: Library, codeId: string): Topic[] {
  const code = codeById(library, codeId);
  return library.topics.filter((topic) => standardsOnTopic(library, topic, code).length > 0);
}

/** The topics one standard is on, in topic order (search). */
export function topicsOfStandard(library: Library, key: StandardKey): Topic[] {
  const code = codeById(library, key.code);
  return library.topics.filter((topic) => standardsOnTopic(library, topic, code).some((standard) => sameKey(standard, key)));
}

// ── lenient lookup: id, name, synonym or unique prefix, any case, singular or plural ──

/** Stems of the meaningful words: "Gifts", "gift" and "gifts" share one key. */
function stemKey(text: string): string {
  return terms(text).join(" ");
}

function ambiguous(input: string, topics: readonly Topic[]): EthicsError {
  return new EthicsError(`'${input}' could be several topics: ${topics.map((topic) => topic.id).join(", ")}`, "type more of the name");
}

export function resolveTopic(topics: readonly Topic[], input: string): Topic {
  const wanted = slugify(input);
  const hint = "`ethics topics` lists them";
  if (wanted === "") throw new EthicsError("no topic given", hint);
  const key = stemKey(input);
  const matchesName = (name: string) => slugify(name) === wanted || (key !== "" && stemKey(name) === key);

  const exact = topics.filter((topic) => matchesName(topic.id) || matchesName(topic.name));
  if (exact.length === 1) return exact[0]!;
  if (exact.length > 1) throw ambiguous(input, exact);
  const bySynonym = topics.filter((topic) => topic.synonyms.some(matchesName));
  if (bySynonym.length === 1) return bySynonym[0]!;
  if (bySynonym.length > 1) throw ambiguous(input, bySynonym);

  // "limits", "sexual", "social-media": the start of the id or name, or of one of their later words
  const startsWith = (name: string) => startsName(slugify(name), wanted);
  const byPrefix = topics.filter((topic) => startsWith(topic.id) || startsWith(topic.name));
  if (byPrefix.length === 1) return byPrefix[0]!;
  if (byPrefix.length > 1) throw ambiguous(input, byPrefix);

  const names = topics.flatMap((topic) => [topic.id, slugify(topic.name), ...topic.synonyms.map(slugify)].map((name) => ({ name, topic })));
  const closest = nearest(wanted, names.map((entry) => entry.name));
  const suggestion = names.find((entry) => entry.name === closest)?.topic.id;
  throw new EthicsError(`no topic '${input}'${suggestion ? ` — did you mean ${suggestion}?` : ""}`, hint);
}
