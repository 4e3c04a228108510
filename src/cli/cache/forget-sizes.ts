// The sizes the prune remembers (prune.ts), and forgetting them: a module of its own, so that a
// run about to grow an entry need not load the prune to do it.
import { unlinkSync } from "node:fs";
import { join } from "node:path";

/** The remembered sizes, beside the entries (not an entry: counted in the budget, never pruned). */
export const SIZES = "sizes.prune";

/**
 * Forgets the remembered sizes, before a run makes an entry named by its content larger (a
 * code's entry taking its index part): the run's own prune would look at it again, but a run
 * killed before it prunes would leave the old size remembered, and the cache over its budget
 * for as long as the sizes are trusted. The next prune looks at every entry, as it did before
 * sizes were remembered.
 */
export function forgetSizes(directory: string): void {
  try {
    unlinkSync(join(directory, SIZES));
  } catch {
    // none
  }
}
