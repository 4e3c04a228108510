// `ethics validate --data -dd dir` was refused as "unknown option '-dd'", though -dd is --data's
// value: the words after an option that takes one are now skipped, as repeated-options.ts does.
// `search -V.yaml` and `show -V.x` printed the version: a run of option letters led by -V that
// are not all options is an unknown option there too.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RIVERSIDE_LINES } from "./riverside-code.js";
import { ethics, expectShortFailure } from "./run.js";

describe("a dashed word after a command", () => {
  it("validate --data -dd dir: -dd is the data folder, dir is checked", () => {
    const cwd = mkdtempSync(join(tmpdir(), "ethics-option-value-"));
    for (const folder of ["-dd", "dir"]) {
      mkdirSync(join(cwd, folder));
      // Two codes of their own: validate checks dir against the --data folder's codes too.
      const lines = folder === "dir" ? RIVERSIDE_LINES : RIVERSIDE_LINES.map((line) => line.replace(/Riverside|riverside/g, (name) => `${name}-dd`));
      writeFileSync(join(cwd, folder, "riverside.yaml"), lines.join("\n"));
    }
    expect(ethics(["validate", "--data", "-dd", "dir"], { cwd })).toEqual({ stdout: "1 file valid\n", stderr: "", code: 0 });
  });

  it.each([
    ["search", "-V.yaml"],
    ["show", "-V.x"],
  ])("%s %s: an unknown option, not the version", (command, word) => {
    expectShortFailure(ethics([command, word]), 2, `ethics: unknown option '${word}'\nhint: \`ethics ${command} --help\` lists its options\n`);
  });

  it("show -V alone still prints the version", () => {
    expect(ethics(["show", "-V"]).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
