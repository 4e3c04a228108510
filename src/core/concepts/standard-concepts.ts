// Which concepts each standard is about. For the built-in codes, what the curated index says; for
// a code a user added, what infer.ts works out (marked inferred: a likeness is not a reading).
import { allStandards, type Code, type Library } from "../../model.js";
import { standardKeyOf } from "../codes/standard-text.js";
import { inferConcepts } from "./infer.js";


export interface StandardConcepts {
  /** Concept ids, in the index's order. */
  ids: string[];
  /** Found by entry terms rather than curated. */
  inferred: boolean;
}

/** Whether the curated index (its concepts, or a topic's own list) tags any standard of the code: else its concepts are inferred. */
export function isCurated(library: Library, codeId: string): boolean {
  return (
    library.concepts.some((concept) => concept.standards.some((key) => key.code === codeId)) ||
    library.topics.some((topic) => topic.standards.some((key) => key.code === codeId))
  );
}

/** Every standard of a code with its concepts. */
export function conceptsOfCode(library: Library, code: Code): Map<string, StandardConcepts> {
  const result = new Map<string, StandardConcepts>();
  if (isCurated(library, code.id)) {
    for (const standard of allStandards(code)) result.set(standardKeyOf(standard), { ids: [], inferred: false });
    for (const concept of library.concepts) {
      for (const key of concept.standards) if (key.code === code.id) result.get(standardKeyOf(key))?.ids.push(concept.id);
    }
    return result;
  }
  const standards = allStandards(code);
  const curated = library.codes.filter((other) => other.id !== code.id && isCurated(library, other.id)).flatMap(allStandards);
  const inferred = inferConcepts(standards, curated, library.concepts);
  standards.forEach((standard, at) => result.set(standardKeyOf(standard), { ids: inferred[at]!, inferred: true }));
  return result;
}
