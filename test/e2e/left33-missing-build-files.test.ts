// A file the build wrote gone from an install (dist/concepts.json, a bundle chunk, a vendored
// library, dist/start.cjs itself) was "internal error: ENOENT …" or "Cannot find module …",
// exit 3, "this is a bug in ethics", or Node's stack trace. It is a broken install: the file is
// named, with what puts it back (reinstall; in a checkout, `npm run build`), exit 1.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ethics, root } from "./run.js";

/** The copies made, removed after (each holds the whole build). */
const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the package as npm installs it (no scripts/, no src/), less `missing` of dist/. */
function installWithout(missing: string, { checkout = false } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "ethics-missing-build-file-"));
  copies.push(dir);
  cpSync(join(root, "dist"), join(dir, "dist"), { recursive: true });
  cpSync(join(root, "bin"), join(dir, "bin"), { recursive: true });
  cpSync(join(root, "package.json"), join(dir, "package.json"));
  if (checkout) {
    mkdirSync(join(dir, "scripts"));
    writeFileSync(join(dir, "scripts", "build.mjs"), "");
  }
  rmSync(join(dir, "dist", missing), { recursive: true });
  return dir;
}

const reinstall = "hint: reinstall ethics, as it was installed (npm install -g …)\n";
const unwrap = (text: string) => text.replace(/\n {8}/g, " ");

describe("a file of the build missing", () => {
  it.each([
    ["concepts.json", ["topics"], "concepts.json"],
    ["builtin.txt", ["list"], "builtin.txt"],
    ["search-index.txt", ["search", "gifts"], "search-index.txt"],
    ["concept-entries.txt", ["search", "gifts"], "concept-entries.txt"],
    ["lazy-render-search.cjs", ["search", "gifts"], "lazy-render-search.cjs"],
    ["lazy-core-compare-diff.cjs", ["diff", "wi", "nc"], "lazy-core-compare-diff.cjs"],
    ["vendor", ["diff", "wi", "nc"], "vendor/diff.cjs"],
    ["ethics.cjs", ["list"], "ethics.cjs"],
    ["start.cjs", ["list"], "start.cjs"],
  ])("without dist/%s, %j names it and says to reinstall, exit 1", (missing, args, named) => {
    const dir = installWithout(missing);
    const result = ethics(args, { bin: join(dir, "bin/ethics.cjs"), env: { ETHICS_NO_CACHE: "1" } });
    expect(result.stdout).toBe("");
    expect(unwrap(result.stderr)).toBe(`ethics: a file of ethics is missing: ${join(dir, "dist", named)}\n${reinstall}`);
    expect(result.code).toBe(1);
  });

  it.each([["concepts.json"], ["start.cjs"]])("in a checkout, without dist/%s: run npm run build there", (missing) => {
    const dir = installWithout(missing, { checkout: true });
    const result = ethics(["topics"], { bin: join(dir, "bin/ethics.cjs") });
    expect(result.stdout).toBe("");
    expect(unwrap(result.stderr).replace(/\n {6}/g, " ")).toBe(
      `ethics: a file of ethics is missing: ${join(dir, "dist", missing)}\nhint: the build is incomplete: run \`npm run build\` in ${dir}\n`,
    );
    expect(result.code).toBe(1);
  });

  it("a worker's file missing: the work is done on one thread, as before", () => {
    const dir = installWithout("export-worker.cjs");
    const result = ethics(["export", "--format", "csv"], { bin: join(dir, "bin/ethics.cjs"), env: { ETHICS_THREADS: "2" } });
    expect(result.stdout).toBe(ethics(["export", "--format", "csv"]).stdout);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  });
});
