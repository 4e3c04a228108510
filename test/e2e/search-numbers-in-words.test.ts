// `ethics search 12 5` ends with "to show a standard by its number: `ethics show <code>
// <section> 12`", but `ethics search twelve five` gave no such hint: numbers said in words are
// read as digits only where a reference's number belongs (after a code or a section), and
// numbers alone have neither. Numbers alone in words now get the hint their digits get.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

const FORM_HINT = "hint: to show a standard by its number: `ethics show <code> <section> 12`\n";

describe("a search of numbers said in words", () => {
  it.each([[["twelve", "five"]], [["twelve"]], [["Twelve", "5"]], [["twelve,", "five"]]])("search %j ends with the hint `search 12 5` gives", (words) => {
    const run = ethics(["search", ...words]);
    expect(run.stderr.endsWith(FORM_HINT)).toBe(true);
    expect(run.code).toBe(0);
  });

  it("a number of several words is one number", () => {
    expect(ethics(["search", "twenty", "five"]).stderr).toContain("`ethics show <code> <section> 25`");
  });

  it("the digits' own hint is as it was", () => {
    const run = ethics(["search", "12", "5"]);
    expect(run.stderr).toBe(`ethics: no standard matches '12 5'\n${FORM_HINT}`);
    expect(run.code).toBe(1);
  });

  it("words that are not all numbers get none", () => {
    expect(ethics(["search", "five", "things"]).stderr).not.toContain("to show a standard by its number");
  });
});
