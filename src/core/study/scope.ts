// What a study command draws from: the standards of some codes, perhaps on one topic.
import { allStandards, codeSize, type Code, type Library, type Standard, type Topic } from "../../model.js";
import { resolveCode } from "../codes/resolve.js";
import { EthicsError } from "../errors.js";
import { resolveTopic, standardsOnTopic } from "../concepts/topics.js";

// For the CLI, which loads this module lazily with its own copy of topics.ts: the concepts of
// users' codes, known from the search index, must be given to this copy.
export { isInferred, useKnownConcepts } from "../concepts/topics.js";

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

/** The codes a request names, each once, or every loaded code. */
export function scopeCodes(library: Library, request: ScopeRequest): Code[] {
  return request.codes.length > 0 ? [...new Set(request.codes.map((name) => resolveCode(library, name)))] : library.codes;
}

function noStandards(codes: readonly Code[], topic: Topic | null): EthicsError {
  const which = codes.map((code) => code.id).join(", ");
  return new EthicsError(
    topic ? `no standard of ${which} is on the topic ${topic.id}` : `${which} has no standards`,
    topic ? `\`ethics topic ${topic.id}\` shows which codes address it` : undefined,
  );
}

export function studyScope(library: Library, request: ScopeRequest): StudyScope {
  const codes = scopeCodes(library, request);
  const topic = request.topic === undefined ? null : resolveTopic(library.topics, request.topic);
  const standards = codes.flatMap((code) => (topic ? standardsOnTopic(library, topic, code) : allStandards(code)));
  if (standards.length === 0) throw noStandards(codes, topic);
  return { codes, topic, standards };
}

/**
 * What studyScope(…).standards[choose(count)] gives for a request without a topic, where
 * `choose` picks a position among `count`: found by the codes' sizes, so that of a thousand
 * users' codes only the one that holds the standard is read.
 */
export function standardOfCodes(codes: readonly Code[], choose: (count: number) => number): Standard {
  const sizes = codes.map((code) => codeSize(code).standards);
  const count = sizes.reduce((sum, size) => sum + size, 0);
  if (count === 0) throw noStandards(codes, null);
  let position = choose(count);
  for (const [at, code] of codes.entries()) {
    if (position < sizes[at]!) return allStandards(code)[position]!;
    position -= sizes[at]!;
  }
  throw new RangeError(`position ${position} beyond ${count} standards`);
}

/** The words after `ethics show` that print this standard again. */
export function showReference(code: Code, standard: Standard): string {
  return code.sections.length === 1 ? `${code.id} ${standard.number}` : `${code.id} ${standard.section} ${standard.number}`;
}

export function codeOf(library: Library, standard: Standard): Code {
  const code = library.codes.find((candidate) => candidate.id === standard.code);
  if (!code) throw new EthicsError(`no code '${standard.code}' is loaded`);
  return code;
}
