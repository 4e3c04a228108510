// `ethics validate -V.yaml` printed the version and checked nothing: commander reads a dashed
// word as short options run together, and -V, the program's, acted at once. A file so named
// gets what -rf.yaml gets (adv36-dash-led-paths): a usage error whose hint names it ./-V.yaml.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RIVERSIDE_LINES } from "./riverside-code.js";
import { ethics, expectShortFailure } from "./run.js";

function folderWith(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), "ethics-option-letters-"));
  writeFileSync(join(dir, name), RIVERSIDE_LINES.join("\n"));
  return dir;
}

describe("a code file named -V.yaml, the version's letter first", () => {
  it.each([[["-V.yaml"]], [["other.yaml", "-V.yaml"]]])("validate %j: a usage error naming it ./-V.yaml, not the version", (paths) => {
    const dir = folderWith("-V.yaml");
    writeFileSync(join(dir, "other.yaml"), "");
    const result = ethics(["validate", ...paths], { cwd: dir });
    expectShortFailure(result, 2, "ethics: unknown option '-V.yaml'\nhint: to check '-V.yaml', write ./-V.yaml (or put -- before it)\n");
    expect(ethics(["validate", "./-V.yaml"], { cwd: dir })).toEqual({ stdout: "1 file valid\n", stderr: "", code: 0 });
  });

  it("no such file: unknown option, and the options' help", () => {
    const result = ethics(["validate", "-V.yaml"], { cwd: folderWith("other.yaml") });
    expectShortFailure(result, 2, "ethics: unknown option '-V.yaml'\nhint: `ethics validate --help` lists its options\n");
  });

  it("-V alone still prints the version", () => {
    const result = ethics(["validate", "-V"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
