// A code's search-index part with its concepts, in one module: the CLI loads each dynamic
// import as a bundle of its own, so inferring a code's concepts and indexing its words share
// one reading of each standard's words only when one bundle does both.
import type { Code, Library } from "../../model.js";
import { conceptsOfCode } from "../concepts/standard-concepts.js";
import { buildIndexPart, conceptWeights, type IndexPart, type SearchIndex } from "./inverted-index.js";

export { assembleSearchIndex, mergeParts } from "./inverted-index.js";

/** `index`: the built-in index, when the library's concepts are the built-in ones (see conceptWeights). */
export function indexPartOfCode(library: Library, code: Code, index?: Pick<SearchIndex, "conceptPostings">): IndexPart {
  return buildIndexPart(code, conceptsOfCode(library, code), conceptWeights(library, index));
}
