// `ethics search 12 5` ends with a hint of the `show` command, but `ethics search twelve five`
// gave no such hint: numbers said in words are read as digits only where a reference's number
// belongs (after a code or a section), and numbers alone have neither. Numbers alone in words
// now get the hint their digits get; and, as their digits are, they are searched for as
// numbers alone: `search twelve` answered with the standards of a concept one of whose entry
// terms holds the word ("rehab twelve times"), none of them about a twelve.
import { describe, expect, it } from "vitest";
import { ethics, unwrapped } from "./run.js";

const EXAMPLE = "hint: to show standards by their numbers, name their code and section: e.g. `ethics show medi-cal integrity 12 5` shows Medi-Cal Integrity 12 and 5\n";

describe("a search of numbers said in words", () => {
  it.each([[["twelve", "five"]], [["Twelve", "5"]], [["twelve,", "five"]]])("search %j is search 12 5", (words) => {
    const run = ethics(["search", ...words]);
    expect(run.stdout).toBe("");
    expect(unwrapped(run.stderr)).toBe(`ethics: no standard matches '${words.join(" ")}'\n${EXAMPLE}`);
    expect(run.code).toBe(1);
  });

  it("a number alone in words is one standard's", () => {
    const run = ethics(["search", "twelve"]);
    expect(run.stdout).toBe("");
    expect(unwrapped(run.stderr)).toBe("ethics: no standard matches 'twelve'\nhint: to show a standard by its number, name its code and section: e.g. `ethics show medi-cal integrity 12` shows Medi-Cal Integrity 12\n");
    expect(run.code).toBe(1);
  });

  it("a number of several words is one number", () => {
    expect(unwrapped(ethics(["search", "twenty", "five"]).stderr)).toContain("no standard is numbered 25");
  });

  it("the digits' own hint is the same", () => {
    const run = ethics(["search", "12", "5"]);
    expect(unwrapped(run.stderr)).toBe(`ethics: no standard matches '12 5'\n${EXAMPLE}`);
    expect(run.code).toBe(1);
  });

  it("a number a standard's words hold is found, as its digits are", () => {
    const run = ethics(["search", "one", "--json"]);
    expect(run.code).toBe(0);
    const hits: { matched: string[] }[] = JSON.parse(run.stdout).hits;
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(hit.matched.map((word) => word.toLowerCase())).toContain("one");
  });

  it("words that are not all numbers get none", () => {
    expect(ethics(["search", "five", "things"]).stderr).not.toContain("to show a standard by its number");
  });
});
