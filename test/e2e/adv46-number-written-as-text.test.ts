// `number: !!str 5` was told "expected a number, not the text '5': write it without quotes",
// though no quote was typed. The fix is now said by what was written: the tag, the quotes, a
// block.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RIVERSIDE_LINES } from "./riverside-code.js";
import { ethics, expectShortFailure } from "./run.js";

/** The Riverside code with its first standard's number written as given; the file's path. */
function numbered(number: string): string {
  const dir = mkdtempSync(join(tmpdir(), "ethics-number-text-"));
  const file = join(dir, "riverside.yaml");
  writeFileSync(file, RIVERSIDE_LINES.map((line) => (line === "      - number: 1" ? `      - number: ${number}` : line)).join("\n"));
  return file;
}

describe("a standard's number written as text", () => {
  it.each([
    ["!!str 5", 23, "write it without the tag !!str"],
    ["'5'", 18, "write it without quotes"],
    ['!!str "5"', 24, "write it without the tag !!str and quotes"],
  ])("validate: number: %s", (number, column, fix) => {
    const file = numbered(number);
    const result = ethics(["validate", file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(`${file}:11:${column} sections[0].standards[0].number: expected a number, not the text '5': ${fix}\n1 problem in 1 file\n`);
  });

  it("--data says it the same way", () => {
    const file = numbered("!!str 5");
    expectShortFailure(ethics(["--data", join(file, ".."), "list"]), 1, `${file}:11:23 sections[0].standards[0].number: expected a number, not the text '5': write it without the tag !!str`);
  });
});
