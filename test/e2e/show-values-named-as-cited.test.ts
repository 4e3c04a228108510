// `show alaska values 9` said "Alaska values has no 9 / Alaska values has 1–7": the value
// statements are cited "Alaska · Values 2", and a section's message names it as cited
// ("Medi-Cal Integrity has no 15"), so the values' reads "Alaska Values has no 9".
import { describe, expect, it } from "vitest";
import { ethics, expectShortFailure } from "./run.js";

describe("value statements named as their citations name them", () => {
  it.each<[string[], number, string]>([
    [["alaska", "values", "9"], 1, "ethics: Alaska Values has no 9\nhint: Alaska Values has 1–7\n"],
    [["nc", "values", "7-8"], 1, "ethics: North Carolina Values has no 7-8\nhint: North Carolina Values has 1–6\n"],
    // a Roman numeral: "two" in English words is the number 2 (spoken-numbers.ts)
    [["alaska", "values", "vii"], 2, "ethics: 'vii' is not a standard number; Alaska Values has 1–7\nhint: in digits: `ethics show alaska values 7`\n"],
    [["alaska", "values", "2a"], 2, "hint: Alaska Values has 1–7: `ethics show alaska values 2`\n"],
  ])("show %j", (args, exitCode, said) => {
    const result = ethics(["show", ...args]);
    expectShortFailure(result, exitCode, said);
  });

  it("a range past the last is said as cited: North Carolina Values ends at 6", () => {
    const result = ethics(["show", "nc", "values", "5-8"]);
    expect(result.stderr).toBe("ethics: warning: North Carolina Values ends at 6, not 8\n");
    expect(result.code).toBe(0);
  });

  it("as a section's is: Medi-Cal Integrity has no 15", () => {
    expect(ethics(["show", "medi-cal", "integrity", "15"]).stderr).toBe("ethics: Medi-Cal Integrity has no 15\nhint: Medi-Cal Integrity has 1–14\n");
  });
});
