// `ethics show medi-cal definitions alaska conduct 4`: a reference without numbers ran on into
// the next code's name, and was refused as one section "definitions alaska conduct". A code
// named whole after a whole reference now starts the next one, as after numbers.
import { describe, expect, it } from "vitest";
import { ethics, expectShortFailure } from "./run.js";

/** The headings a `show` prints: lines at the left margin that are no standard's text. */
const headings = (stdout: string) => stdout.split("\n").filter((line) => /^[A-Z]/.test(line));

describe("show: a reference without numbers, then the next code's", () => {
  it.each([
    [["medi-cal", "definitions", "alaska", "conduct", "4"], ["Medi-Cal · Definitions", "Alaska · Conduct 4"]],
    [["medi-cal", "integrity", "wi", "3"], ["Medi-Cal · Integrity", "Wisconsin 3"]],
    [["alaska", "conduct", "medi-cal", "integrity"], ["Alaska · Conduct", "Medi-Cal · Integrity"]],
  ])("show %j", (args, shown) => {
    const result = ethics(["show", ...args], { env: { COLUMNS: "200" } });
    expect(result.stderr).toBe("");
    expect(headings(result.stdout)).toEqual(shown);
    expect(result.code).toBe(0);
  });

  it("the last reference's own mistake is said, not the words run together", () => {
    expectShortFailure(ethics(["show", "medi-cal", "definitions", "alaska", "conduct", "99"]), 1, "ethics: Alaska Conduct has no 99\nhint: Alaska Conduct has 1–9\n");
  });
});
