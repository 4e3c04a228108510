// `ethics export --code nc wi --format md` put Wisconsin first: the codes typed as arguments
// went before --code's, wherever --code was typed (`--code nc and wi` kept North Carolina first).
// A supervisor's handout of two codes follows the order typed.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

/** The codes of a CSV export, in the order its rows give them. */
function codesOf(csv: string): string[] {
  return [...new Set(csv.trim().split("\n").slice(1).map((row) => row.split(",")[0]!))];
}

describe("export's codes in the order typed", () => {
  it.each([
    [["--code", "nc", "wi"], ["north-carolina", "wisconsin"]],
    [["-cnc", "wi"], ["north-carolina", "wisconsin"]],
    [["--code=nc", "and", "wi"], ["north-carolina", "wisconsin"]],
    [["wi", "--code", "nc"], ["wisconsin", "north-carolina"]],
    [["wi", "nc"], ["wisconsin", "north-carolina"]],
    [["--format", "csv", "--code", "wi", "north", "carolina"], ["wisconsin", "north-carolina"]],
  ])("export %j: %j", (words, codes) => {
    const args = words.includes("--format") ? ["export", ...words] : ["export", "--format", "csv", ...words];
    const result = ethics(args);
    expect([result.code, result.stderr]).toEqual([0, ""]);
    expect(codesOf(result.stdout)).toEqual(codes);
  });
});
