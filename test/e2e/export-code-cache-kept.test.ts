// An export compiles without inlining while it renders (less-inlining.ts), and turns inlining back
// on before the code cache is written at exit: V8 marks a code cache with a hash of its flags,
// and entries written with inlining off were refused by every later run, compiled again and
// written again.
import { mkdtempSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

/** Each of the export command's code cache entries, with what a rewrite changes. */
function exportEntries(cacheDir: string): Map<string, string> {
  const entries = new Map<string, string>();
  for (const name of readdirSync(cacheDir).filter((name) => /^v8-.*-export-.*\.entry$/.test(name))) {
    const stats = statSync(join(cacheDir, name), { bigint: true });
    entries.set(name, `${stats.ino}:${stats.mtimeNs}:${stats.size}`);
  }
  return entries;
}

describe("an export's code cache", () => {
  it("is read by the next export, not written again", () => {
    const cacheDir = mkdtempSync(join(tmpdir(), "ethics-export-code-cache-"));
    const run = () => ethics(["export", "--format", "csv"], { env: { ETHICS_CACHE_DIR: cacheDir } });
    const cold = run();
    expect(cold.code).toBe(0);
    const written = exportEntries(cacheDir);
    expect(written.size).toBeGreaterThan(0);
    const warm = run();
    expect(warm.stdout).toBe(cold.stdout);
    expect(exportEntries(cacheDir)).toEqual(written);
  });
});
