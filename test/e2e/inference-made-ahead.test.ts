// A first run over users' codes infers their concepts from the model the build made
// (dist/inference-*.txt) and indexes them with the concept weights it made
// (dist/concept-weights.txt) rather than making them: it must say what a build that makes its
// own says, on the main thread and in a parse worker, and a build whose files are missing or
// damaged must make its own and say the same.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dataFolder, newCacheDir } from "./cache-folder.js";
import { ethicsAll, root } from "./run.js";

/** A copy of this build (its own bin and dist) with its dist/ as `change` leaves it. */
function buildCopy(change: (dist: string) => void): string {
  const other = mkdtempSync(join(tmpdir(), "ethics-inference-build-"));
  cpSync(join(root, "dist"), join(other, "dist"), { recursive: true });
  mkdirSync(join(other, "bin"));
  cpSync(join(root, "bin/ethics.cjs"), join(other, "bin/ethics.cjs"));
  cpSync(join(root, "package.json"), join(other, "package.json"));
  change(join(other, "dist"));
  return join(other, "bin/ethics.cjs");
}

const COMMANDS = [
  ["search", "gifts", "--json"],
  ["search", "lending money to a friend"],
  ["concepts", "--json"],
  ["topics", "--json"],
  ["topic", "gifts"],
  ["diff", "riverside", "copy-01", "--json"],
];

describe("inference and indexing from what the build made", () => {
  it("says what a build that makes the model itself says, on a first run and after", async () => {
    // The Riverside example (standards like no curated one: the concepts' phrases decide) and
    // Medi-Cal copies, one of them with reworded standards.
    const dir = dataFolder(3);
    const copy = join(dir, "copy-02.yaml");
    writeFileSync(copy, readFileSync(copy, "utf8").replace(/text: ("?)(\w+) (\w+) /g, "text: $1$3 $2 "));
    const cutShort = (file: string) => writeFileSync(file, readFileSync(file, "latin1").slice(0, 5000), "latin1");
    const builds = {
      shipped: undefined,
      missing: buildCopy((dist) => ["inference-model", "inference-phrases", "concept-weights"].forEach((name) => rmSync(join(dist, `${name}.txt`)))),
      "phrases missing": buildCopy((dist) => rmSync(join(dist, "inference-phrases.txt"))),
      "model cut short": buildCopy((dist) => cutShort(join(dist, "inference-model.txt"))),
      "phrases cut short": buildCopy((dist) => cutShort(join(dist, "inference-phrases.txt"))),
      "weights cut short": buildCopy((dist) => cutShort(join(dist, "concept-weights.txt"))),
    };
    // On the main thread and in a parse worker, for the shipped build and one that makes its own;
    // the damaged builds on the main thread.
    const runs = Object.entries(builds).flatMap(([name, bin]) =>
      (bin === undefined || name === "missing" ? [{}, { ETHICS_THREADS: "1" }] : [{}]).map((threads) => ({ name: `${name} ${JSON.stringify(threads)}`, bin, env: { ...threads, ETHICS_CACHE_DIR: newCacheDir() } })),
    );
    // One build's commands at a time, each on its first run (every file new to its cache); then
    // the shipped build's and the one that makes its own again, on the caches they filled.
    const outputs = async (chosen: typeof runs) => {
      const all = [];
      for (const { bin, env } of chosen) all.push(await ethicsAll(COMMANDS.map((args) => [["--data", dir, ...args], { bin, env }] as const)));
      return all;
    };
    for (const chosen of [runs, [runs[0]!, runs[2]!]]) {
      const [reference, ...others] = await outputs(chosen);
      for (const result of reference!) expect(result.code).toBe(0);
      expect(reference![2]!.stdout).toContain('"inferred"');
      others.forEach((other, at) => expect({ build: chosen[at + 1]!.name, results: other }).toEqual({ build: chosen[at + 1]!.name, results: reference }));
    }
  }, 300_000);
});
