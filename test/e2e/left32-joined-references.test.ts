// `ethics show wi 1 and alaska conduct 2` read the second "and" as a code ("no code 'and' — did
// you mean alaska?"), though `wi 1 and 2`, `wi 1, alaska conduct 2` and `;` worked. References
// joined by "and", "&" or a comma now read as several, across codes; a title holding "and" or a
// comma is still read whole, and a part that names nothing is the error it was.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

/** The headings a `show` prints: its citations, one a line. */
const headings = (stdout: string) => stdout.split("\n").filter((line) => /^[A-Z]/.test(line) && !/^(Disclaimer|Source)/.test(line));

describe("references joined by and, & or a comma", () => {
  it.each([
    [["wi", "1", "and", "alaska", "conduct", "2"], ["Wisconsin 1", "Alaska · Conduct 2"]],
    [["wi", "1", "and", "nc", "2"], ["Wisconsin 1", "North Carolina 2"]],
    [["wi", "1", "&", "nc", "2", "and", "3"], ["Wisconsin 1", "North Carolina 2", "North Carolina 3"]],
    [["wi", "1,", "and", "nc", "2"], ["Wisconsin 1", "North Carolina 2"]],
    [["alaska", "conduct", "1", "and", "medi-cal", "integrity", "12"], ["Alaska · Conduct 1", "Medi-Cal · Integrity 12"]],
    [["medi-cal", "wellness,", "recovery", "and", "resiliency", "1", "and", "wi", "2"], ["Medi-Cal · Wellness, Recovery, and Resiliency 1", "Wisconsin 2"]],
    [["ca", "safety", "&", "protection", "2"], ["Working Well Together · Safety & Protection 2"]],
  ])("show %j", (args, shown) => {
    const result = ethics(["show", ...args]);
    expect(result.stderr).toBe("");
    expect(headings(result.stdout)).toEqual(shown);
    expect(result.code).toBe(0);
  });

  it("a section and then a code: both, as ; would give them", () => {
    const joined = ethics(["show", "alaska", "conduct", "and", "nc", "2"]);
    const separated = ethics(["show", "alaska", "conduct;", "nc", "2"]);
    expect(joined.stderr).toBe("");
    expect(joined.code).toBe(0);
    expect(joined.stdout).toBe(separated.stdout);
    expect(headings(joined.stdout)).toEqual(["Alaska · Conduct", "North Carolina 2"]);
    expect(ethics(["show", "alaska", "conduct,", "nc", "2"]).stdout).toBe(separated.stdout);
  });

  it("whole codes: wi and nc, wi, nc", () => {
    const joined = ethics(["show", "wi", "and", "nc", "--json"]);
    expect(joined.code).toBe(0);
    expect(JSON.parse(joined.stdout).map((code: { id: string }) => code.id)).toEqual(["wisconsin", "north-carolina"]);
    expect(ethics(["show", "wi,", "nc", "--json"]).stdout).toBe(joined.stdout);
  });

  it.each([
    [["alaska", "conduct", "and", "xyz", "2"], "ethics: no section 'conduct and xyz' in alaska\nhint: `ethics list alaska` shows its sections\n"],
    [["wi", "1", "and", "xyz"], "ethics: no code 'xyz'\nhint: expected one of: alaska, california, medi-cal, north-carolina, wisconsin;\n      a code of your own: add --data DIR (its folder) or set ETHICS_DATA=DIR\n"],
  ])("a part that names nothing: %j is the error it was", (args, stderr) => {
    const result = ethics(["show", ...args]);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(stderr);
    expect(result.code).toBe(1);
  });
});
