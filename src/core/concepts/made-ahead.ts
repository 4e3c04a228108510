// Where a run finds what the build made ahead for the built-in library: the inference model (the
// texts stored-inference.ts reads; dist/inference-*.txt) and the concept weights
// (stored-weights.ts; dist/concept-weights.txt). Registered by the CLI when it reads the
// built-in snapshot, read by inference (standard-concepts.ts) and indexing (search/
// inverted-index.ts) in whichever lazily loaded bundle does them: each such bundle has its own
// copy of the modules it uses, so the registration is kept in the global registry's symbol slot,
// not in a module's variable (model.ts's SIZE says the same).
import type { Code, Library } from "../../model.js";
import type { InferenceModel } from "./infer.js";
import type { InferenceTexts } from "./stored-inference.js";
import { parseConceptWeights, type StoredConceptWeights } from "./stored-weights.js";

const MADE_AHEAD = Symbol.for("ethics.madeAhead");

export interface MadeAhead {
  /** The library it was made for. */
  library: Library;
  /** The model's text, its phrases' (stored-inference.ts) or the concept weights'; throws where there is none. */
  readText: (part: keyof InferenceTexts | "weights") => string;
  /** Filled in by inference: `library`'s curated codes, and the model read (null if it did not read). */
  curated?: readonly Code[];
  model?: InferenceModel | null;
  /** Filled in by indexing: the concept weights read (null if they did not read). */
  weights?: StoredConceptWeights | null;
}

type WithMadeAhead = typeof globalThis & { [MADE_AHEAD]?: MadeAhead };

/** Says that `readText` gives what the build made ahead for `library` (the built-in one). */
export function registerMadeAhead(library: Library, readText: MadeAhead["readText"]): void {
  (globalThis as WithMadeAhead)[MADE_AHEAD] = { library, readText };
}

/** What registerMadeAhead was last given in this thread, with what has been read of it. */
export function registeredMadeAhead(): MadeAhead | undefined {
  return (globalThis as WithMadeAhead)[MADE_AHEAD];
}

/**
 * The concept weights made ahead, for a library of the built-in concepts and topics (they depend
 * on nothing else), read once; undefined for another library, or where they do not read.
 */
export function conceptWeightsMadeAhead(library: Library): StoredConceptWeights | undefined {
  const madeAhead = registeredMadeAhead();
  if (madeAhead === undefined || library.concepts !== madeAhead.library.concepts || library.topics !== madeAhead.library.topics) return undefined;
  if (madeAhead.weights === undefined) {
    try {
      madeAhead.weights = parseConceptWeights(madeAhead.readText("weights"));
    } catch {
      madeAhead.weights = null;
    }
  }
  return madeAhead.weights ?? undefined;
}
