// Values made from a whole library (the topics matrix, one topic's report), cached by the
// library's fingerprint: the bytes of the users' codes it holds, in order, and the build. A
// warm run reads one entry instead of reading and working over every code. Anything missing,
// damaged, of the wrong shape or made for another description is made again; made values are
// stored. Each entry is a root of its own for pruning (prune.ts), kept while recently used.
import type { MadeFrom } from "./inflate-bound.js";
import type { JsonCache } from "./json-cache.js";
import { shortHash } from "./file-stats.js";
import { isRecord } from "./shapes.js";

export interface LibraryViews {
  /** The value `make` makes, cached under `what` (which must say everything the value depends on besides the library). */
  remember<T>(what: string, isValue: (value: unknown) => value is T, make: () => Promise<T>): Promise<T>;
}

/** `madeFrom`: the users' files the library was read from (every view is made from them and the build's own codes). */
export function libraryViews(cache: JsonCache, buildId: string, fingerprint: string, madeFrom: MadeFrom): LibraryViews {
  return {
    async remember(what, isValue, make) {
      const name = `view-${buildId}-${fingerprint.slice(0, 16)}${shortHash(what)}`;
      const stored = cache.get(name, fingerprint, madeFrom);
      if (isRecord(stored) && stored.what === what && isValue(stored.value)) {
        cache.touch(name);
        return stored.value;
      }
      const value = await make();
      cache.set(name, fingerprint, { what, value }, madeFrom);
      return value;
    },
  };
}
