// ETHICS_THREADS=N, for tests and measurement: how many worker threads to start, whatever the
// work (0: none). Capped at 8, or at the cores where there are more: each worker has a heap and
// a copy of the codes it reads of its own (some 20-30 MiB), so 99 would take gigabytes, for no
// speed beyond a worker a core.
import { availableParallelism } from "node:os";

export const MOST_THREADS_ASKED = 8;

/** The workers ETHICS_THREADS asks for, capped; null where it asks for none (unset, or not a number). */
export function threadsAsked(env: NodeJS.ProcessEnv, cores = availableParallelism()): number | null {
  const wanted = env.ETHICS_THREADS ?? "";
  if (!/^\d{1,2}$/.test(wanted)) return null;
  return Math.min(Number(wanted), Math.max(MOST_THREADS_ASKED, cores));
}
