// A cache of work derived from users' code files (their normalized codes, the search index),
// so a run with a thousand user codes parses no YAML. An entry is valid only for the exact
// files it was made from (path, size, modification time) and this build of ethics; anything
// else, or any failure to read or write, just means doing the work again.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";

export interface JsonCache {
  get<T>(name: string, key: string): T | undefined;
  set(name: string, key: string, value: unknown): void;
}

export function cacheDirectory(env: NodeJS.ProcessEnv): string | null {
  if (env.ETHICS_NO_CACHE) return null;
  if (env.ETHICS_CACHE_DIR) return env.ETHICS_CACHE_DIR;
  const base = env.XDG_CACHE_HOME || join(homedir(), ".cache");
  return join(base, "ethics");
}

/** node:crypto takes milliseconds to load: only runs with users' codes hash anything. */
export async function hash(text: string): Promise<string> {
  const { createHash } = await import("node:crypto");
  return createHash("sha256").update(text).digest("hex").slice(0, 24);
}

/** What a file's cached work was made from: its size and modification time, and this build. */
export function fileKey(file: string, buildId: string): string {
  const { size, mtimeMs } = statSync(file);
  return `${buildId}:${size}:${mtimeMs}`;
}

/**
 * Writes a cache file whole or not at all (through a temporary file and a rename), so that a
 * run reading it meanwhile never sees half of it. A read-only or full disk only costs speed.
 */
export function writeCacheFile(file: string, data: string | NodeJS.ArrayBufferView): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, data);
    renameSync(temporary, file);
  } catch {
    // speed lost, nothing else
  }
}

export function openCache(directory: string | null): JsonCache | null {
  if (directory === null) return null;
  // The key sits on the first line, so a stale entry is rejected without parsing its JSON.
  return {
    get<T>(name: string, key: string): T | undefined {
      try {
        const text = readFileSync(join(directory, `${name}.json`), "utf8");
        const newline = text.indexOf("\n");
        if (text.slice(0, newline) !== key) return undefined;
        return JSON.parse(text.slice(newline + 1)) as T;
      } catch {
        return undefined;
      }
    },
    set(name: string, key: string, value: unknown): void {
      writeCacheFile(join(directory, `${name}.json`), `${key}\n${JSON.stringify(value)}`);
    },
  };
}
