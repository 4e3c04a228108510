// Files beside the bundles are read by path (src/cli/dist-files.ts): in a bundle from its own
// directory, run from the sources from the module's; the package's root as validate shows it.
import { existsSync, readFileSync } from "node:fs";
import { join, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { distDirectory, distFile, packageDirectory } from "../../src/cli/dist-files.js";

const root = join(import.meta.dirname, "../..");

describe("dist-files", () => {
  it("run from the sources, names the files beside the module, and the folder above as the package's", () => {
    expect(distDirectory).toBe(join(root, "src/cli") + sep);
    expect(distFile("library.ts")).toBe(join(root, "src/cli/library.ts"));
    expect(existsSync(distFile("library.ts"))).toBe(true);
    expect(packageDirectory()).toBe(join(root, "src") + sep);
  });

  it("in every bundle, is its own directory as Node gives it, and import.meta.url is made only when used", () => {
    for (const name of ["ethics.cjs", "start.cjs", "lazy-core-shorten.cjs"]) {
      const text = readFileSync(join(root, "dist", name), "latin1");
      expect(text, name).toContain("const __ethicsDirname = __dirname;");
      expect(text, name).not.toMatch(/const __ethicsModuleUrl = /);
    }
  });
});
