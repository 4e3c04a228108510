// A V8 code cache for our own bundle files, as Node 22's module.enableCompileCache() keeps one
// (Node 20 has none): the bytecode of every function a run compiled is saved when the run
// ends, and the next run that loads the file skips parsing and compiling it (~5–10 ms off a
// search, measured with npm run bench against a run without it).
//
// V8 checks a code cache's version and length but not its bytes: a damaged one is used as it
// is (tried: 200 of 200 single-bit flips were accepted). So each entry's header holds a
// checksum of its bytes (checksum.ts), checked before V8 sees them. An entry is named by the
// build id (dist/build-id, written by the build over every file of dist/), so no build reads
// another's; anything wrong is a miss, and a miss only costs the compiling it would have saved.
// Other builds' entries unused for a day go.
import { readdirSync, readFileSync, statSync, unlinkSync } from "node:fs";
import type Module from "node:module";
import { basename, dirname, join } from "node:path";
import { Script } from "node:vm";
import { readFileBytes } from "../../core/codes/read-file.js";
import { checksum32 } from "./checksum.js";
import { cacheDirectory, makeDirectory, writeCacheFile } from "./cache-dir.js";

interface CompilableModule {
  exports: unknown;
  _compile(content: string, filename: string): unknown;
}

/** Node's CommonJS Module class (see start.ts for where it comes from). */
export type ModuleClass = typeof Module & { wrap(content: string): string; prototype: CompilableModule };

const MAGIC = "ethics-v8\t2";
const MAX_BYTES = 16 * 1024 * 1024;
const OTHER_BUILDS_KEPT_MS = 24 * 60 * 60 * 1000;

/** The cached bytecode in an entry written for `key`, or undefined. */
export function readCodeCacheEntry(bytes: Buffer, key: string): Buffer | undefined {
  const newline = bytes.indexOf(0x0a);
  if (newline < 0 || newline > 256) return undefined;
  const data = bytes.subarray(newline + 1);
  const header = `${MAGIC}\t${key}\t${data.length}\t`;
  const line = bytes.toString("latin1", 0, newline);
  if (!line.startsWith(header) || line.slice(header.length) !== String(checksum32(data))) return undefined;
  return data;
}

export function encodeCodeCacheEntry(key: string, data: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`${MAGIC}\t${key}\t${data.length}\t${checksum32(data)}\n`, "latin1"), data]);
}

function removeOtherBuilds(root: string, buildId: string): void {
  try {
    for (const name of readdirSync(root)) {
      if (!name.startsWith("v8-") || name.startsWith(`v8-${buildId}-`)) continue;
      const file = join(root, name);
      if (Date.now() - statSync(file).mtimeMs > OTHER_BUILDS_KEPT_MS) unlinkSync(file);
    }
  } catch {
    // another run pruned first
  }
}

export function installCompileCache(ownDirectory: string, env: NodeJS.ProcessEnv, moduleClass: ModuleClass): void {
  const root = cacheDirectory(env);
  if (root === null) return;
  let buildId: string;
  try {
    buildId = readFileSync(join(ownDirectory, "build-id"), "latin1").trim();
  } catch {
    return;
  }
  if (!/^[0-9a-f]{8,64}$/.test(buildId)) return;
  const key = `${process.version}-${process.arch}`;
  const compile = moduleClass.prototype._compile;
  const unsaved: { script: Script; file: string }[] = [];

  moduleClass.prototype._compile = function (this: CompilableModule, content: string, filename: string) {
    if (dirname(filename) !== ownDirectory) return compile.call(this, content, filename);
    const file = join(root, `v8-${buildId}-${basename(filename)}.entry`);
    const read = readFileBytes(file, MAX_BYTES);
    const cachedData = "bytes" in read ? readCodeCacheEntry(read.bytes, key) : undefined;
    const script = new Script(moduleClass.wrap(content), { filename, ...(cachedData ? { cachedData } : {}) });
    if (cachedData === undefined || script.cachedDataRejected) unsaved.push({ script, file });
    const wrapper = script.runInThisContext() as (...args: unknown[]) => unknown;
    return wrapper.call(this.exports, this.exports, moduleClass.createRequire(filename), this, filename, dirname(filename));
  };

  // Saved at the end, so that the cache holds every function this run compiled, not just the top level.
  process.once("exit", () => {
    if (unsaved.length === 0 || !makeDirectory(root)) return;
    for (const { script, file } of unsaved) {
      try {
        writeCacheFile(file, encodeCodeCacheEntry(key, script.createCachedData()));
      } catch {
        // speed lost, nothing else
      }
    }
    removeOtherBuilds(root, buildId);
  });
}
