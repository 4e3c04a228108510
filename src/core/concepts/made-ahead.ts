// Where a run finds the inference model the build made for the built-in library (the texts
// stored-inference.ts reads; dist/inference-*.txt). Registered by the CLI when it reads the
// built-in snapshot, read by inference (standard-concepts.ts) in whichever lazily loaded bundle
// infers: each such bundle has its own copy of the modules it uses, so the registration is kept
// in the global registry's symbol slot, not in a module's variable (model.ts's SIZE says the same).
import type { Code, Library } from "../../model.js";
import type { InferenceModel } from "./infer.js";
import type { InferenceTexts } from "./stored-inference.js";

const MADE_AHEAD = Symbol.for("ethics.inferenceMadeAhead");

export interface MadeAhead {
  /** The library the model was made for. */
  library: Library;
  /** The model's text, or its phrases' (stored-inference.ts); throws where there is none. */
  readText: (part: keyof InferenceTexts) => string;
  /** Filled in by inference: `library`'s curated codes, and the model read (null if it did not read). */
  curated?: readonly Code[];
  model?: InferenceModel | null;
}

type WithMadeAhead = typeof globalThis & { [MADE_AHEAD]?: MadeAhead };

/** Says that `readText` gives the inference model made for `library` (the built-in one). */
export function useInferenceMadeAhead(library: Library, readText: MadeAhead["readText"]): void {
  (globalThis as WithMadeAhead)[MADE_AHEAD] = { library, readText };
}

export function inferenceMadeAhead(): MadeAhead | undefined {
  return (globalThis as WithMadeAhead)[MADE_AHEAD];
}
