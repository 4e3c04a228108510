// Two ways of using a library view besides remember(): peeking at one without making it, for a
// value worked out as a side effect of a command (the quiz's strengths, the Anki export's
// topics) and stored only once it is whole; and keeping a value packed, where reading it back
// is unpacking it (the study commands' whole-library material).
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

/**
 * The value `make` makes, kept in the library view under `what` as `pack` writes it. A stored
 * one is read back with `unpack`, which throws on anything it cannot take (the value is then
 * made again): its unpacking is its check, done once.
 */
export async function rememberPacked<V>(views: LibraryViews, what: string, pack: (value: V) => unknown, unpack: (packed: unknown) => V, make: () => Promise<V>): Promise<V> {
  let value: V | undefined;
  const isPacked = (packed: unknown): packed is unknown => {
    try {
      value = unpack(packed);
      return true;
    } catch {
      return false;
    }
  };
  await views.remember(what, isPacked, async () => pack((value = await make())));
  return value as V;
}
