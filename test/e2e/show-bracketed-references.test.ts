// `ethics show "medi-cal ( integrity 12 )"` said "'(' … is neither a name nor a number", and
// `ethics show nc "(13)"` "'(13)' is not a standard number": brackets around a reference or a
// number, as citations are pasted from a handout or a report, are read as what they hold.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

describe("brackets around a reference or its number", () => {
  it.each<[string[], string[]]>([
    [["medi-cal ( integrity 12 )"], ["medi-cal", "integrity", "12"]],
    [["medi-cal", "(integrity", "12)"], ["medi-cal", "integrity", "12"]],
    [["nc", "(13)"], ["nc", "13"]],
    [["nc", "[13]"], ["nc", "13"]],
    [["nc", "(", "13", ")"], ["nc", "13"]],
    [["alaska conduct (4)"], ["alaska", "conduct", "4"]],
    [["(Medi-Cal · Integrity 12)"], ["medi-cal", "integrity", "12"]],
    [["(nc 13)", "[Medi-Cal · Integrity 12]"], ["nc", "13", "medi-cal", "integrity", "12"]],
    [["medi-cal:integrity:(12)"], ["medi-cal", "integrity", "12"]],
  ])("show %j shows what show %j does", (typed, plain) => {
    const result = ethics(["show", ...typed]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(ethics(["show", ...plain]).stdout);
    expect(result.stdout).not.toBe("");
  });

  it.each<[string[], string, number]>([
    // Not brackets around numbers or names, but garbage: refused as before.
    [["nc", "((13))"], "ethics: '((13))' is not a standard number; North Carolina has 1–21\nhint: e.g. `ethics show north-carolina 13`\n", 2],
    [["nc", "(13"], "ethics: '(13' is not a standard number; North Carolina has 1–21\nhint: e.g. `ethics show north-carolina 13`\n", 2],
    [["nc", "(13]"], "ethics: '(13]' is not a standard number; North Carolina has 1–21\nhint: e.g. `ethics show north-carolina 13`\n", 2],
    [["nc", "(foo)"], "ethics: '(foo)' is not a standard number; North Carolina has 1–21\nhint: e.g. `ethics show north-carolina 1`\n", 2],
    [["(", ")"], "ethics: no code '(': a name has letters or digits\nhint: expected one of: alaska, california, medi-cal, north-carolina, wisconsin\n", 2],
  ])("show %j is refused", (typed, stderr, code) => {
    const result = ethics(["show", ...typed]);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(stderr);
    expect(result.code).toBe(code);
  });

  it("a number in brackets with no code still needs one", () => {
    const result = ethics(["show", "(12)"]);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe("ethics: '12' has no code before it\nhint: expected e.g. `ethics show medi-cal integrity 12`\n");
    expect(result.code).toBe(2);
  });

  it("after a number, brackets are an item's label, not a number", () => {
    const result = ethics(["show", "medi-cal", "integrity", "12", "(a)"]);
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe(ethics(["show", "medi-cal", "integrity", "12", "a"]).stdout);
    expect(result.code).toBe(0);
  });
});
