// What a study command draws from: the standards of some codes, perhaps on one topic.
import { allStandards, type Code, type Library, type Standard, type Topic } from "../../model.js";
import { resolveCode } from "../codes/resolve.js";
import { EthicsError } from "../errors.js";
import { resolveTopic, standardsOnTopic } from "../concepts/topics.js";

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

export function studyScope(library: Library, request: ScopeRequest): StudyScope {
  const codes = request.codes.length > 0 ? [...new Set(request.codes.map((name) => resolveCode(library, name)))] : library.codes;
  const topic = request.topic === undefined ? null : resolveTopic(library.topics, request.topic);
  const standards = codes.flatMap((code) => (topic ? standardsOnTopic(library, topic, code) : allStandards(code)));
  if (standards.length === 0) {
    const which = codes.map((code) => code.id).join(", ");
    throw new EthicsError(
      topic ? `no standard of ${which} is on the topic ${topic.id}` : `${which} has no standards`,
      topic ? `\`ethics topic ${topic.id}\` shows which codes address it` : undefined,
    );
  }
  return { codes, topic, standards };
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
