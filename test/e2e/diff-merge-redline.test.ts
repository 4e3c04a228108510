// `ethics diff california medi-cal --section respect` showed Working Well Together's Respect 4
// as all added ("{+Provide empathy and be able to …+}"), and the other way round as all
// removed: the redline of a merge (or split) was worked out against the one part it pairs with.
// Medi-Cal added only "be". And --json gave merges and splits no changes at all.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

const words = (changes: { type: string; text: string }[]) => changes.filter((change) => change.type !== "same").map((change) => `${change.type} ${change.text}`);

describe("a merge or split's redline: the parts joined against the one", () => {
  it.each([
    [["california", "medi-cal", "--section", "respect"], "  Respect 4 + 5 → Respect 4: Provide empathy and {+be+} able to “put oneself in"],
    [["medi-cal", "california", "--section", "respect", "--full"], "  Respect 4 → Respect 4 + 5: Provide empathy and [-be-] able to “put oneself in"],
  ])("diff %j marks only what changed", (args, line) => {
    const { stdout, stderr, code } = ethics(["diff", ...args], { env: { COLUMNS: "80" } });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout.split("\n")).toContain(line);
    expect(stdout).not.toMatch(/\{\+Provide empathy|\[-Provide empathy/);
  });

  it.each([
    [["california", "medi-cal"], "merges", ["added be ", "removed served", "added engaging in services", "removed  "]],
    [["medi-cal", "california"], "splits", ["removed be ", "removed engaging in services", "added served", "added  "]],
  ] as const)("diff %j --json: the %s carry the same changes", (codes, list, expected) => {
    const json = JSON.parse(ethics(["diff", ...codes, "--json"]).stdout);
    expect(json[list]).toHaveLength(1);
    expect(words(json[list][0].changes)).toEqual(expected);
    expect(json[list][0].noteChanges).toEqual([]);
  });
});
