// A stored search index is used only where it fits the library it is read for. Its entry is
// named by the files' hashes and the build, so one that does not fit was damaged or made by
// hand; then it is a miss, made again, and never the cause of a wrong hit or a failure. These
// are the checks that cost nothing next to a search: the codes' sizes, the documents' lengths
// and the concepts' places. (What a packed list holds is read only as a search needs it.)
import { codeSize, type Library } from "../../model.js";
import { LENGTH_WIDTH } from "./index-format.js";
import type { SearchIndex } from "./inverted-index.js";

const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

/**
 * Whether `index` holds the codes of `library` in its order, and its concepts and topics.
 * `conceptIds`: the library's concepts' ids, where the caller has them without parsing the
 * concept index (the built-in snapshot lists them).
 */
export function indexFitsLibrary(index: SearchIndex, library: Library, conceptIds: readonly string[] = library.concepts.map((concept) => concept.id)): boolean {
  if (index.codes.length !== library.codes.length) return false;
  let documents = 0;
  for (let at = 0; at < library.codes.length; at++) {
    const code = library.codes[at]!;
    const indexed = index.codes[at]!;
    const size = codeSize(code);
    if (indexed.id !== code.id || indexed.sections.length !== size.sections) return false;
    let standards = 0;
    for (const section of indexed.sections) {
      if (!isCount(section.size)) return false;
      standards += section.size;
    }
    if (standards !== size.standards) return false;
    documents += standards;
  }
  if (index.lengths.length !== documents * LENGTH_WIDTH) return false;
  // The concepts in the library's order, then its topics (assembleSearchIndex).
  const concepts = conceptIds.length;
  const all = concepts + library.topics.length;
  if (index.concepts.length !== all || index.conceptLengths.length !== all * LENGTH_WIDTH) return false;
  for (let at = 0; at < all; at++) {
    const indexed = index.concepts[at]!;
    const kind = at < concepts ? "concept" : "topic";
    const id = at < concepts ? conceptIds[at]! : library.topics[at - concepts]!.id;
    if (indexed.id !== id || indexed.kind !== kind) return false;
    if (indexed.topic !== undefined && !(isCount(indexed.topic) && indexed.topic >= concepts && indexed.topic < all)) return false;
  }
  return true;
}
