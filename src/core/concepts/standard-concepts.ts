// Which concepts each standard is about. For the built-in codes, what the curated index says; for
// a code a user added, what infer.ts works out (marked inferred: a likeness is not a reading).
import { allStandards, type Code, type Library, type Standard } from "../../model.js";
import { standardKeyOf } from "../codes/standard-text.js";
import { isTaggedByItsFile, knownConceptOf } from "./known-tags.js";
import { inferConcepts, inferenceModel, phrasesByFirstStem, type InferenceModel, type Likeness } from "./infer.js";
import { registeredMadeAhead } from "./made-ahead.js";
import { parseInference, serializeInference, type InferenceTexts } from "./stored-inference.js";


export interface StandardConcepts {
  /** Concept ids, in the index's order. */
  ids: string[];
  /** Found by entry terms rather than curated. */
  inferred: boolean;
  /** Inferred, and not from a near copy of a curated standard: a guess that may miss matters. */
  guessed?: boolean;
  /**
   * A guess's likeness to curated standards (infer.ts Likeness), most alike first: each curated
   * standard as ruleNameOf names it, and the cosine in hundredths. Search lends the guess some
   * of their rank (search/likeness.ts).
   */
  likeness?: readonly (readonly [string, number])[];
}

const curatedCodes = new WeakMap<Library, ReadonlySet<string>>();

/** Whether the curated index (its concepts, or a topic's own list) tags any standard of the code: else its concepts are inferred. */
export function isCurated(library: Library, codeId: string): boolean {
  let codes = curatedCodes.get(library);
  if (codes === undefined) {
    codes = new Set([...library.concepts.flatMap((concept) => concept.standards), ...library.topics.flatMap((topic) => topic.standards)].map((key) => key.code));
    curatedCodes.set(library, codes);
  }
  return codes.has(codeId);
}

const models = new WeakMap<Library, InferenceModel>();

/** The codes a library's inference learns from, in its order. */
const curatedCodesOf = (library: Library): Code[] => library.codes.filter((code) => isCurated(library, code.id));

/**
 * The model made ahead for the library that learns from what `library` does (the same concepts,
 * the same curated codes: a library of the built-in codes and users'), read once; undefined for
 * any other library, or where it does not read: then the library makes its own.
 */
function modelMadeAhead(library: Library, curated: readonly Code[]): InferenceModel | undefined {
  const madeAhead = registeredMadeAhead();
  if (madeAhead === undefined || library.concepts !== madeAhead.library.concepts) return undefined;
  const learnedFrom = (madeAhead.curated ??= curatedCodesOf(madeAhead.library));
  if (curated.length !== learnedFrom.length || curated.some((code, at) => code !== learnedFrom[at])) return undefined;
  if (madeAhead.model === undefined) {
    try {
      const { readText } = madeAhead;
      madeAhead.model = parseInference(readText("model"), () => readText("phrases"), () => phrasesByFirstStem(library.concepts));
    } catch {
      madeAhead.model = null;
    }
  }
  return madeAhead.model ?? undefined;
}

/** What a library's uncurated codes are inferred from: the standards the index curates. Made (or read) once a library. */
function inferenceFor(library: Library): InferenceModel {
  let model = models.get(library);
  if (model === undefined) {
    const curated = curatedCodesOf(library);
    model = modelMadeAhead(library, curated) ?? inferenceModel(curated.flatMap(allStandards), library.concepts);
    models.set(library, model);
  }
  return model;
}

/** A guess's likeness as StandardConcepts gives it, the model's columns named. */
function likenessByRule(model: InferenceModel, likeness: readonly Likeness[] | undefined): StandardConcepts["likeness"] {
  if (likeness === undefined || likeness.length === 0) return undefined;
  return likeness.map(({ column, similarity }) => [model.names[column]!, Math.round(similarity * 100)] as const);
}

/** The model `library`'s uncurated codes are inferred from, as text (stored-inference.ts): what the build ships for the built-in library. */
export function inferenceTextsOf(library: Library): InferenceTexts {
  return serializeInference(inferenceModel(curatedCodesOf(library).flatMap(allStandards), library.concepts), phrasesByFirstStem(library.concepts));
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
  // A user's file may tag its standards itself; the rest are inferred.
  const standards = allStandards(code);
  const known = knownConceptOf(library);
  const tagged = (standard: Standard) => isTaggedByItsFile(standard, known);
  const untagged = standards.filter((standard) => !tagged(standard));
  const copied: boolean[] = [];
  const likeness: (readonly Likeness[] | undefined)[] = [];
  const model = untagged.length === 0 ? undefined : inferenceFor(library);
  const inferred = model === undefined ? [] : inferConcepts(untagged, model, code.source.derivedFrom, copied, likeness);
  let next = 0;
  for (const standard of standards) {
    const key = standardKeyOf(standard);
    if (tagged(standard)) result.set(key, { ids: library.concepts.filter((concept) => standard.concepts!.includes(concept.id)).map((concept) => concept.id), inferred: false });
    else {
      const guessed = copied[next] !== true;
      const alike = guessed ? likenessByRule(model!, likeness[next]) : undefined;
      result.set(key, { ids: inferred[next++]!, inferred: true, ...(guessed ? { guessed } : {}), ...(alike ? { likeness: alike } : {}) });
    }
  }
  return result;
}
