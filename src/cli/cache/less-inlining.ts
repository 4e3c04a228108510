// A run that parses many new files (a first run, a new build) spends a third of its instructions
// in TurboFan, V8's optimizing compiler (callgrind, a first run over 100 codes: 3,129 of 8,843 M),
// on a thread that takes the second of two cores from the parse worker and from whatever else
// the machine runs. Without inlining, TurboFan compiles less and the main thread runs no slower:
// at 100 new codes (15 interleaved rounds, a shared machine) the process's CPU 2.01 → 1.88 s,
// the main thread's 1.16 → 1.14 s (docs/performance.md). Only such runs ask for it, and an
// export while it renders (export-parallel.ts): its renderers, thrown away and compiled again
// at each shape of code they meet, were most of what it compiled. A warm run's few hot
// functions are optimized as before.
import { setFlagsFromString } from "node:v8";

/** New files from which a run compiles without inlining (a run of the index's parts). */
export const MANY_NEW_FILES = 32;

let asked = false;

/** Tells V8 to stop inlining in the functions it optimizes from now on, in every thread of the process. */
export function optimizeWithoutInlining(): void {
  if (asked) return;
  asked = true;
  setFlagsFromString("--no-turbo-inlining");
}

/**
 * The same for a while (an export's rendering, export-parallel.ts): the function returned turns
 * inlining back on. Not left off to the end: V8 marks a code cache with a hash of its flags, and
 * one written at exit with inlining off (compile-cache.ts) is refused by the next run, which
 * compiles the file again and writes the same again. A run that asked for the rest of its life
 * keeps it off.
 */
export function optimizeWithoutInliningUntilDone(): () => void {
  if (asked) return () => {};
  setFlagsFromString("--no-turbo-inlining");
  return () => setFlagsFromString("--turbo-inlining");
}
