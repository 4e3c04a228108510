// `ethics show wisconsin 1 and 3` was "no code 'and' — did you mean alaska?", exit 1, where
// `1 to 3` and `1 through 3` were ranges: "and" (and "&") between numbers now make a list.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

const headings = (stdout: string) => stdout.split("\n").filter((line) => /^\S/.test(line));

describe("show with a list in words", () => {
  it.each([
    [["wisconsin", "1", "and", "3"], ["Wisconsin 1", "Wisconsin 3"]],
    [["wisconsin", "1", "&", "3"], ["Wisconsin 1", "Wisconsin 3"]],
    [["wisconsin 1 AND 3"], ["Wisconsin 1", "Wisconsin 3"]],
    [["wisconsin", "1", "to", "3", "and", "5"], ["Wisconsin 1", "Wisconsin 2", "Wisconsin 3", "Wisconsin 5"]],
    [["wisconsin", "1,", "3", "and", "5"], ["Wisconsin 1", "Wisconsin 3", "Wisconsin 5"]],
    [["medi-cal", "integrity", "1", "and", "2", "alaska", "conduct", "2"], ["Medi-Cal · Integrity 1", "Medi-Cal · Integrity 2", "Alaska · Conduct 2"]],
  ])("%j", (args, shown) => {
    const result = ethics(["show", ...args], { env: { COLUMNS: "80" } });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(headings(result.stdout)).toEqual(shown);
  });

  it("the same standards as the list written 1,3", () => {
    expect(ethics(["show", "wisconsin", "1", "and", "3"])).toEqual(ethics(["show", "wisconsin", "1,3"]));
  });

  it("a number in the list that does not exist is named, as in 1,99", () => {
    const result = ethics(["show", "wisconsin", "1", "and", "99"]);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe("ethics: Wisconsin has no 99\nhint: Wisconsin has 1–15\n");
    expect(result.code).toBe(1);
  });

  it("a section's name with & in it is still a name", () => {
    const result = ethics(["show", "wwt", "safety", "&", "protection", "3"], { env: { COLUMNS: "80" } });
    expect(result.stderr).toBe("");
    expect(headings(result.stdout)).toEqual(["Working Well Together · Safety & Protection 3"]);
    expect(result.code).toBe(0);
  });
});
