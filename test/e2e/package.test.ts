// The tarball npm would publish installs and runs on its own, from any directory.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root, testCacheDir } from "./run.js";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";

describe("npm package", () => {
  it("packs, installs into a fresh prefix, and runs the installed command", () => {
    const work = mkdtempSync(join(tmpdir(), "ethics-pack-"));
    // dist/ is already built by `npm test`; rebuilding here would race the other e2e tests.
    const packed = JSON.parse(
      execFileSync(npm, ["pack", "--ignore-scripts", "--json", "--pack-destination", work], { cwd: root, encoding: "utf8" }),
    )[0];
    const files: string[] = packed.files.map((file: { path: string }) => file.path);
    expect(files).toContain("dist/ethics.cjs");
    expect(files).toContain("dist/builtin.txt");
    expect(files).toContain("schema/code.schema.json");
    expect(files).toContain("bin/ethics.cjs");
    expect(files.some((file) => file.startsWith("src/") || file.startsWith("test/"))).toBe(false);

    const prefix = join(work, "prefix");
    execFileSync(npm, ["install", "--global", "--prefix", prefix, "--offline", "--no-audit", "--no-fund", join(work, packed.filename)], {
      cwd: work,
      encoding: "utf8",
      stdio: "pipe",
    });
    const installed = join(prefix, "bin/ethics");
    const elsewhere = mkdtempSync(join(tmpdir(), "ethics-cwd-"));
    const run = (...args: string[]) => execFileSync(installed, args, { cwd: elsewhere, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", ETHICS_CACHE_DIR: testCacheDir } });
    const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    expect(run("--version").trim()).toBe(version);
    expect(run("show", "medi-cal", "integrity", "12")).toContain("Medi-Cal · Integrity 12");
    expect(run("list")).toContain("north-carolina");
  });

  // One character outside ASCII makes Node read a whole bundle as a two-byte string, at every start.
  it("ships its bundles as ASCII", () => {
    const bundles = readdirSync(join(root, "dist")).filter((name) => name.endsWith(".cjs"));
    expect(bundles).toContain("ethics.cjs");
    for (const name of bundles) expect(readFileSync(join(root, "dist", name), "latin1"), name).not.toMatch(/[^\x00-\x7f]/);
  });
});
