// After random edits of users' files and random damage to the cache, the cached output equals
// the uncached output, always (and is never an error the uncached run does not give).
import fc from "fast-check";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, truncateSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root, testCacheDir } from "../e2e/run.js";

const riverside = readFileSync(join(root, "test/fixtures/user-codes/riverside-agency.yaml"), "utf8");
const codeWithId = (id: string, note = "") =>
  riverside
    .replace("id: riverside-agency", `id: ${id}`)
    .replace(/^aliases:.*$/m, "aliases: []")
    .replace(/^title: .*$/m, `title: The ${id} code`)
    .replace(/^shortName: .*$/m, `shortName: ${id}`)
    .replace("token value", `token value${note}`);

function run(args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync(process.execPath, [join(root, "bin/ethics.cjs"), ...args], {
    env: { ...process.env, NO_COLOR: "1", ETHICS_CACHE_DIR: testCacheDir, ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

type Action =
  | { kind: "edit"; file: number; note: string }
  | { kind: "same-size-edit"; file: number }
  | { kind: "add"; id: number }
  | { kind: "remove"; file: number }
  | { kind: "rename"; file: number }
  | { kind: "break"; file: number }
  | { kind: "damage"; entry: number; how: "empty" | "truncate" | "flip" | "delete" | "swap" | "garbage"; at: number };

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ kind: fc.constant("edit" as const), file: fc.nat(), note: fc.string({ maxLength: 12 }).map((text) => text.replace(/[^a-z ]/gi, "")) }),
  fc.record({ kind: fc.constant("same-size-edit" as const), file: fc.nat() }),
  fc.record({ kind: fc.constant("add" as const), id: fc.nat({ max: 50 }) }),
  fc.record({ kind: fc.constant("remove" as const), file: fc.nat() }),
  fc.record({ kind: fc.constant("rename" as const), file: fc.nat() }),
  fc.record({ kind: fc.constant("break" as const), file: fc.nat() }),
  fc.record({ kind: fc.constant("damage" as const), entry: fc.nat(), how: fc.constantFrom("empty", "truncate", "flip", "delete", "swap", "garbage"), at: fc.nat() }),
  fc.record({ kind: fc.constant("damage" as const), entry: fc.nat(), how: fc.constantFrom("flip", "swap", "garbage"), at: fc.nat() }),
);

function apply(step: Action, dir: string, cacheDir: string): void {
  const files = readdirSync(dir).sort();
  const entries = readdirSync(cacheDir).filter((name) => name.endsWith(".entry")).sort();
  const file = (index: number) => join(dir, files[index % files.length]!);
  switch (step.kind) {
    case "edit":
      if (files.length > 0) writeFileSync(file(step.file), readFileSync(file(step.file), "utf8").replace("token value", `token value ${step.note}`));
      break;
    case "same-size-edit": {
      if (files.length === 0) break;
      const path = file(step.file);
      const { atime, mtime } = statSync(path);
      writeFileSync(path, readFileSync(path, "utf8").replace(/token|tOKEN/, (word) => (word === "token" ? "tOKEN" : "token")));
      utimesSync(path, atime, mtime);
      break;
    }
    case "add":
      writeFileSync(join(dir, `added-${step.id}.yaml`), codeWithId(`added-${step.id}`));
      break;
    case "remove":
      if (files.length > 1) rmSync(file(step.file));
      break;
    case "rename":
      if (files.length > 0) renameSync(file(step.file), join(dir, `renamed-${files.length}-${files[step.file % files.length]}`));
      break;
    case "break":
      if (files.length > 0) writeFileSync(file(step.file), "id: broken\ntitle: [\n");
      break;
    case "damage": {
      if (entries.length === 0) break;
      const path = join(cacheDir, entries[step.entry % entries.length]!);
      const bytes = readFileSync(path);
      if (step.how === "empty") writeFileSync(path, "");
      else if (step.how === "truncate") truncateSync(path, step.at % Math.max(bytes.length, 1));
      else if (step.how === "flip" && bytes.length > 0) {
        const at = step.at % bytes.length;
        bytes[at] = bytes[at]! ^ (1 << step.at % 8);
        writeFileSync(path, bytes);
      } else if (step.how === "delete") rmSync(path);
      else if (step.how === "swap") writeFileSync(path, readFileSync(join(cacheDir, entries[(step.entry + 1) % entries.length]!)));
      else if (step.how === "garbage") writeFileSync(path, Buffer.concat([bytes.subarray(0, bytes.indexOf(10) + 1), Buffer.from("not deflated at all")]));
      break;
    }
  }
}

const commands = [["search", "gifts", "--json"], ["export", "--format", "json"], ["list", "--json"], ["show", "riverside"]];

describe("the cache under random edits and damage", () => {
  it("cached output equals uncached output", () => {
    fc.assert(
      fc.property(fc.array(action, { minLength: 1, maxLength: 5 }), fc.constantFrom(...commands), (steps, command) => {
        const dir = mkdtempSync(join(tmpdir(), "ethics-prop-data-"));
        const cacheDir = mkdtempSync(join(tmpdir(), "ethics-prop-cache-"));
        writeFileSync(join(dir, "riverside-agency.yaml"), riverside);
        writeFileSync(join(dir, "other.yaml"), codeWithId("other-agency"));
        const cached = { ETHICS_CACHE_DIR: cacheDir };
        run(["--data", dir, "search", "gifts"], cached); // fill the cache
        for (const step of steps) apply(step, dir, cacheDir);
        const withCache = run(["--data", dir, ...command], cached);
        const without = run(["--data", dir, ...command], { ETHICS_NO_CACHE: "1" });
        expect(withCache).toEqual(without);
      }),
      { numRuns: Number(process.env.CACHE_PROPERTY_RUNS ?? 6) },
    );
  }, 600_000);
});
