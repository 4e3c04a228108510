// What a study command draws from: the standards of some codes, perhaps on one topic.
import { allStandards, codeSize, type Code, type Library, type Standard, type Topic } from "../../model.js";
import { resolveCode } from "../codes/resolve.js";
import { EthicsError } from "../errors.js";
import { conceptsOfTopic, positionsOnTopic, resolveTopic, standardsOnTopic } from "../concepts/topics.js";
import { ethicsForLibrary } from "../command-start.js";

// For the CLI, which loads this module lazily with its own copy of topics.ts: the concepts of
// users' codes, known from the search index, must be given to this copy.
export { isInferred, resolveTopic, topicNamesWhole, useKnownConcepts } from "../concepts/topics.js";

export interface ScopeRequest {
  /** Code names as typed (id, alias or prefix); none means every loaded code. */
  codes: readonly string[];
  /** A topic as typed (id, name or prefix). */
  topic?: string;
}

export interface StudyScope {
  codes: Code[];
  topic: Topic | null;
  /** In library order: code by code, section by section. */
  standards: Standard[];
}

/**
 * The codes a request names, each once, in library order; or every loaded code. The order they
 * are typed in is not the scope's: `random --code wi,ak --seed 9` drew another standard than
 * `--code ak,wi --seed 9`, and two people's standard of the day differed by it.
 */
export function scopeCodes(library: Library, request: ScopeRequest): Code[] {
  if (request.codes.length === 0) return library.codes;
  const named = new Set(request.codes.map((name) => resolveCode(library, name)));
  return library.codes.filter((code) => named.has(code));
}

export function noStandards(codes: readonly Code[], topic: Topic | null): EthicsError {
  const which = codes.map((code) => code.id).join(", ");
  return new EthicsError(
    topic ? `no standard of ${which} is on the topic ${topic.id}` : `${which} has no standards`,
    topic ? `\`${ethicsForLibrary()} topic ${topic.id}\` shows which codes address it` : undefined,
  );
}

/** The standards of one code in a scope: all of them, or those on the topic. */
export function standardsInScope(library: Library, code: Code, topic: Topic | null): Standard[] {
  return topic ? standardsOnTopic(library, topic, code) : allStandards(code);
}

export function studyScope(library: Library, request: ScopeRequest): StudyScope {
  const codes = scopeCodes(library, request);
  const topic = request.topic === undefined ? null : resolveTopic(library.topics, request.topic, () => library.concepts);
  const standards = codes.flatMap((code) => standardsInScope(library, code, topic));
  if (standards.length === 0) throw noStandards(codes, topic);
  return { codes, topic, standards };
}

/**
 * The codes and topic of a scope, checked as studyScope checks them (the same errors), without
 * its standards: for a command that goes through them a code at a time. A code whose size (or,
 * on a topic, whose positions on it: positionsOnTopic) is known ahead is not read.
 */
export function scopeOutline(library: Library, codes: readonly Code[], topic: Topic | null): { codes: Code[]; topic: Topic | null } {
  const unique = [...new Set(codes)];
  const ids = topic ? new Set(conceptsOfTopic(library, topic).map((concept) => concept.id)) : undefined;
  const hasSome = unique.some((code) =>
    topic === null ? codeSize(code).standards > 0 : (positionsOnTopic(library, topic, code, ids) ?? standardsOnTopic(library, topic, code)).length > 0,
  );
  if (!hasSome) throw noStandards(unique, topic);
  return { codes: unique, topic };
}

/** A code's part of a scope: the places (in allStandards order) of its standards in it; null for all of them. */
export interface ScopeMember {
  code: Code;
  places: readonly number[] | null;
  count: number;
}

/**
 * A scope whose standards are found by their position (studyScope(…).standards[position]),
 * reading only the code that holds each: a study command over a thousand codes need not hold
 * all their standards at once.
 */
export interface PositionedScope {
  codes: Code[];
  topic: Topic | null;
  members: ScopeMember[];
  /** How many standards are in scope. */
  count: number;
}

/** A code's part of a scope: its size, or, on a topic, the places of its standards on it (read, as studyScope reads them). */
export function scopeMember(library: Library, code: Code, topic: Topic | null): ScopeMember {
  if (topic === null) return { code, places: null, count: codeSize(code).standards };
  const all = allStandards(code);
  const placeOf = new Map(all.map((standard, place) => [standard, place]));
  const places = standardsOnTopic(library, topic, code).map((standard) => placeOf.get(standard)!);
  return { code, places, count: places.length };
}

/** The scope of `members` (scopeMember of each of `codes`, in order), checked as studyScope checks it. */
export function positionedScope(codes: Code[], topic: Topic | null, members: ScopeMember[]): PositionedScope {
  const count = members.reduce((sum, member) => sum + member.count, 0);
  if (count === 0) throw noStandards(codes, topic);
  return { codes, topic, members, count };
}

/** studyScope's scope, by position. */
export function scopeByPosition(library: Library, request: ScopeRequest): PositionedScope {
  const codes = scopeCodes(library, request);
  const topic = request.topic === undefined ? null : resolveTopic(library.topics, request.topic, () => library.concepts);
  return positionedScope(codes, topic, codes.map((code) => scopeMember(library, code, topic)));
}

/** A scope already made with its standards, by position. */
export function positionsOf(scope: StudyScope): PositionedScope {
  const members = scope.codes.map((code): ScopeMember => {
    const all = allStandards(code);
    const places = scope.standards.filter((standard) => standard.code === code.id).map((standard) => all.indexOf(standard));
    return { code, places, count: places.length };
  });
  return positionedScope(scope.codes, scope.topic, members);
}

/** The scope's standard at a position, its code, and its place in the code (in allStandards order). */
/**
 * A code's standards in order, made once a code: a quiz looks up positions one at a time, and
 * making the list again for each made a quiz on a code of 5,000 standards take 3 s.
 */
const standardLists = new WeakMap<Code, Standard[]>();

/** allStandards(code), made once a code. */
export function standardsOf(code: Code): Standard[] {
  let standards = standardLists.get(code);
  if (standards === undefined) standardLists.set(code, (standards = allStandards(code)));
  return standards;
}

export function standardAtPosition(scope: PositionedScope, position: number): { standard: Standard; code: Code; place: number } {
  let rest = position;
  for (const member of scope.members) {
    if (rest < member.count) {
      const place = member.places === null ? rest : member.places[rest]!;
      return { standard: standardsOf(member.code)[place]!, code: member.code, place };
    }
    rest -= member.count;
  }
  throw new RangeError(`position ${position} beyond ${scope.count} standards`);
}

/**
 * What studyScope(…).standards[choose(count)] gives, where `choose` picks a position among
 * `count`: found by the codes' sizes (and, on a topic, by the positions of their standards on
 * it where those are known: positionsOnTopic), so that of a thousand users' codes only the one
 * that holds the standard is read.
 */
export function standardOfCodes(library: Library, codes: readonly Code[], topic: Topic | null, choose: (count: number) => number): Standard {
  return standardsOfCodes(library, codes, topic, choose, 1)[0]!;
}

/**
 * `wanted` standards so found, as many as the scope holds at most (`random --count`), each
 * position chosen by `choose` among the same `count`: the scope is worked out once, and a
 * position is found among the codes by halving, not by walking a thousand codes a draw. With
 * `sameAs`, a standard whose key an earlier pick has is passed over and another drawn (words
 * shared word for word: same-words.ts).
 */
export function standardsOfCodes(
  library: Library,
  codes: readonly Code[],
  topic: Topic | null,
  choose: (count: number) => number,
  wanted: number,
  sameAs?: (standard: Standard) => string,
): Standard[] {
  // Per code, what is in the scope: all its standards (counted by its size), the positions of
  // those on the topic, or, where these are not known, the standards on it, read.
  type Member = { all: number } | { positions: readonly number[] } | { standards: readonly Standard[] };
  const members = codes.map((code): Member => {
    if (topic === null) return { all: codeSize(code).standards };
    const positions = positionsOnTopic(library, topic, code);
    return positions ? { positions } : { standards: standardsOnTopic(library, topic, code) };
  });
  const sizeOf = (member: Member) => ("all" in member ? member.all : "positions" in member ? member.positions.length : member.standards.length);
  // Where each member's positions start among all of the scope's.
  const starts: number[] = [];
  let count = 0;
  for (const member of members) {
    starts.push(count);
    count += sizeOf(member);
  }
  if (count === 0) throw noStandards(codes, topic);
  const picked: Standard[] = [];
  const keys = new Set<string>();
  for (let drawn = 0; drawn < count && picked.length < wanted; drawn++) {
    const position = choose(count);
    if (!(position >= 0 && position < count)) throw new RangeError(`position ${position} beyond ${count} standards`);
    // The last member that starts at or before the position (members with none are skipped over).
    let low = 0;
    let high = members.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (starts[middle]! <= position) low = middle;
      else high = middle - 1;
    }
    const member = members[low]!;
    const within = position - starts[low]!;
    const standard = "standards" in member ? member.standards[within]! : allStandards(codes[low]!)["all" in member ? within : member.positions[within]!]!;
    const key = sameAs?.(standard);
    if (key !== undefined && keys.has(key)) continue;
    if (key !== undefined) keys.add(key);
    picked.push(standard);
  }
  return picked;
}

export { showReference } from "../codes/standard-text.js";

export function codeOf(library: Library, standard: Standard): Code {
  const code = library.codes.find((candidate) => candidate.id === standard.code);
  if (!code) throw new EthicsError(`no code '${standard.code}' is loaded`);
  return code;
}
