// The V8 code cache's size, as its exit handler (compile-cache.ts) last counted it, for the prune
// of the same run (prune.ts), which would otherwise list and look at every one of its entries
// again. Kept on globalThis under a registered symbol: the entry point and the prune are in
// bundles of their own, and each may hold its own copy of this module.
const COUNTED = Symbol.for("ethics.codeCacheBytes");

type Registry = { [COUNTED]?: { directory: string; bytes: number } };

/** Notes the code cache's size in `directory`, just counted. */
export function noteCodeCacheBytes(directory: string, bytes: number): void {
  (globalThis as Registry)[COUNTED] = { directory, bytes };
}

/** The code cache's size in `directory` if this process counted it, else undefined. */
export function codeCacheBytesCounted(directory: string): number | undefined {
  const counted = (globalThis as Registry)[COUNTED];
  return counted?.directory === directory ? counted.bytes : undefined;
}
