// A hint's example was Medi-Cal Integrity's whatever the code typed: `show wi 1 to` was offered
// "medi-cal integrity 5 to 7", `show alaska:conduct:1:2` "medi-cal:integrity:12", `show wi !!!
// 3` `ethics show medi-cal integrity 12`, a code of sections to a reader of one that has none.
// The example is now one of the code (and section) the words typed name, else Medi-Cal's.
import { describe, expect, it } from "vitest";
import { ethics, expectShortFailure, unwrapped } from "./run.js";

describe("a hint's example, in the code at hand", () => {
  it.each([
    [["wi", "1", "to"], "nothing after 'to' in 'wi 1 to': expected the number the range ends at", "e.g. `ethics show wisconsin 1 to 3`, or 1- for 1 to the last", "wisconsin 1 to 3"],
    [["nc", "2", "and"], "nothing after 'and' in 'nc 2 and': expected a number or another reference", "e.g. `ethics show north-carolina 1 and 3` or `ethics show wi 1 and nc 2`; or leave out the 'and'", "north-carolina 1 and 3"],
    [["alaska", "conduct", "4,"], "nothing after ',' in 'alaska conduct 4,': expected a number or another reference", "e.g. `ethics show alaska conduct 1,3` or `ethics show wi 1, nc 2`; or leave out the ','", "alaska conduct 1,3"],
    [["alaska:conduct:1:2"], "'alaska:conduct:1:2' has too many parts", "expected code:section:number, e.g. alaska:conduct:1", "alaska:conduct:1"],
    [["wi:1:2:3"], "'wi:1:2:3' has too many parts", "expected code:number, e.g. wisconsin:1", "wisconsin:1"],
    [["wi", "!!!", "3"], "'!!!' in 'wi !!! 3' is neither a name nor a number", "a reference is a code and numbers: e.g. `ethics show wisconsin 1`", "wisconsin 1"],
    [["alaska", "conduct", "*"], "'*' in 'alaska conduct *' is neither a name nor a number", "a reference is a code, a section and numbers: e.g. `ethics show alaska conduct 1`", "alaska conduct 1"],
  ])("show %j", (words, message, hint, example) => {
    const result = ethics(["show", ...words]);
    expectShortFailure(result, 2, `ethics: ${message}`);
    expect(unwrapped(result.stderr)).toBe(`ethics: ${message}\nhint: ${hint}\n`);
    // The example runs.
    expect(ethics(["show", ...example.split(" ")]).code).toBe(0);
  });

  it("where the words name no code, the example is Medi-Cal Integrity's, as before", () => {
    const result = ethics(["show", "x:y:1:2"]);
    expect(result.stderr).toBe("ethics: 'x:y:1:2' has too many parts\nhint: expected code:section:number, e.g. medi-cal:integrity:12\n");
  });
});
