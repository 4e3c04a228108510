// `ethics search 99` answered "did you mean 9? (ethics topics lists the themes)": a number
// offered as a theme, where the number typed was most likely a standard's, which `show` prints.
// A query of numbers only now names `show`; a number offered for a query of words is not offered.
import { describe, expect, it } from "vitest";
import { ethics, unwrapped } from "./run.js";

// No code has a 99: the example is one that runs.
const showHint = (none: string) => `hint: ${none}; a standard is shown by its number so: \`ethics show medi-cal integrity 12\`\n`;
const otherWords = "hint: try other words, or `ethics topics` for the themes\n";

describe("search for numbers that match nothing", () => {
  it.each([
    ["a number alone", ["99"], "ethics: no standard matches '99'\n" + showHint("no standard is numbered 99")],
    ["numbers and punctuation", ["#99,", "99."], "ethics: no standard matches '#99, 99.'\n" + showHint("no standard is numbered 99")],
    ["a number too long to be a standard's", ["9999999"], "ethics: no standard matches '9999999'\n" + showHint("no standard has so long a number")],
    ["a number among words: no number offered", ["no.", "99"], "ethics: no standard matches 'no. 99'\n" + otherWords],
  ])("%s: the hint names show, not another number", (_, query, stderr) => {
    const result = ethics(["search", ...query]);
    expect(result.stdout).toBe("");
    expect(unwrapped(result.stderr)).toBe(stderr);
    expect(result.code).toBe(1);
  });

  it("a slip in a word still gets the word it was near", () => {
    const result = ethics(["search", "blorp"]);
    expect(result.stdout).toBe("");
    // The word offered is search's to choose; that one is offered is what is checked.
    expect(result.stderr).toMatch(/^ethics: no standard matches 'blorp'\nhint: did you mean [a-z]+\? \(`ethics topics` lists the themes\)\n$/);
    expect(result.code).toBe(1);
  });

  it("--json keeps its contract: the query and no hits, on stdout only", () => {
    const result = ethics(["search", "99", "--json"]);
    expect(JSON.parse(result.stdout)).toMatchObject({ query: "99", hits: [] });
    expect(unwrapped(result.stderr)).toBe("ethics: no standard matches '99'\n" + showHint("no standard is numbered 99"));
    expect(result.code).toBe(1);
  });
});
