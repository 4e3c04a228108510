// Whether a library view is stored, without making it where it is not: for a value that is
// worked out as a side effect of the command (the quiz's strengths, the Anki export's topics)
// and stored only once it is whole.
import type { LibraryViews } from "./library-views.js";

const NOT_STORED = Symbol("not stored");

/** The library view under `what` if it is stored (and `isValue` takes it), else null: nothing is made. */
export async function storedView<T>(views: LibraryViews, what: string, isValue: (value: unknown) => value is T): Promise<T | null> {
  try {
    return await views.remember(what, isValue, () => Promise.reject(NOT_STORED));
  } catch (error) {
    if (error === NOT_STORED) return null;
    throw error;
  }
}
