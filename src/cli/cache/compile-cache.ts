// A V8 code cache for our own bundle files, as Node 22's module.enableCompileCache() keeps one
// (Node 20 has none): the bytecode of every function a run compiled is saved when the run
// ends, and the next run that loads the file skips parsing and compiling it. The entry point
// (dist/start.cjs) installs it before it requires the CLI. Any failure to read or write the
// cache only costs the compiling it would have saved.
import { readFileSync, statSync } from "node:fs";
import Module, { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import { Script } from "node:vm";
import { cacheDirectory, writeCacheFile } from "./json-cache.js";

interface CompilableModule {
  exports: unknown;
  _compile(content: string, filename: string): unknown;
}

type ModuleWithWrap = typeof Module & { wrap(content: string): string; prototype: CompilableModule };

/** Cache files are only valid for this Node (its V8) and this exact file. */
function cacheFileFor(directory: string, filename: string): string {
  const { size, mtimeMs } = statSync(filename);
  return join(directory, `${basename(filename)}-${process.version}-${process.arch}-${size}-${Math.round(mtimeMs)}.v8`);
}

export function installCompileCache(ownDirectory: string, env: NodeJS.ProcessEnv): void {
  const root = cacheDirectory(env);
  if (root === null) return;
  const directory = join(root, "v8");
  const moduleClass = Module as ModuleWithWrap;
  const compile = moduleClass.prototype._compile;
  const unsaved: { script: Script; file: string }[] = [];

  moduleClass.prototype._compile = function (this: CompilableModule, content: string, filename: string) {
    if (dirname(filename) !== ownDirectory) return compile.call(this, content, filename);
    let file = "";
    let cachedData: Buffer | undefined;
    try {
      file = cacheFileFor(directory, filename);
      cachedData = readFileSync(file);
    } catch {
      // no cache for this file yet
    }
    const script = new Script(moduleClass.wrap(content), { filename, ...(cachedData ? { cachedData } : {}) });
    if (file !== "" && (cachedData === undefined || script.cachedDataRejected)) unsaved.push({ script, file });
    const wrapper = script.runInThisContext() as (...args: unknown[]) => unknown;
    return wrapper.call(this.exports, this.exports, createRequire(filename), this, filename, dirname(filename));
  };

  // Saved at the end, so that the cache holds every function this run compiled, not just the top level.
  process.once("exit", () => {
    for (const { script, file } of unsaved) writeCacheFile(file, script.createCachedData());
  });
}
