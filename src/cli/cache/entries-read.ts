// The cache entries this process has read, for cache-fault.ts. Kept on globalThis under a
// registered symbol: the JSON cache is in a bundle of its own (loaded lazily) and the entry point
// in another, and each may hold its own copy of this module.
const READ = Symbol.for("ethics.cacheEntriesRead");

type Registry = { [READ]?: Set<string> };

/** Notes that the entry file `file` was read and used. */
export function noteEntryRead(file: string): void {
  const registry = globalThis as Registry;
  (registry[READ] ??= new Set()).add(file);
}

/** The entry files read and used so far by this process (this thread). */
export function entriesRead(): string[] {
  return [...((globalThis as Registry)[READ] ?? [])];
}
