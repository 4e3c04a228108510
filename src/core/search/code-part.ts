// A code's search-index part with its concepts, in one module: the CLI loads each dynamic
// import as a bundle of its own, so inferring a code's concepts and indexing its words share
// one reading of each standard's words only when one bundle does both.
import type { Code, Library } from "../../model.js";
import { conceptsOfCode } from "../concepts/standard-concepts.js";
import { buildIndexPart, type IndexPart } from "./inverted-index.js";

export { assembleSearchIndex } from "./inverted-index.js";

export function indexPartOfCode(library: Library, code: Code): IndexPart {
  return buildIndexPart(code, conceptsOfCode(library, code));
}
