// `show twelve-five` (a range said with no code) was "no code 'twelve-five'" and the list of
// codes, as if a code's name had been misspelt; `show 12-5` was offered `… integrity 12-5`, a
// command refused as running backwards. A range with no code is said to need one, as `show
// 5-12` was, in words or digits, its example a section that has the numbers, written the way
// a range runs. Under ETHICS_CODE it is read in that code, as `show 12` is.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

/** The command in a hint, as the words after `ethics`. */
const commandIn = (stderr: string): string[] => /`ethics ([^`]*)`/.exec(stderr)![1]!.split(" ");

describe("a range typed with no code before it", () => {
  it.each<[string[], string]>([
    [["twelve-five"], "ethics: 'twelve-five' is a backwards range (12-5) with no code before it\nhint: expected e.g. `ethics show medi-cal integrity five-twelve`\n"],
    [["five-twelve"], "ethics: 'five-twelve' is a range (5-12) with no code before it\nhint: expected e.g. `ethics show medi-cal integrity five-twelve`\n"],
    [["twelve", "to", "five"], "ethics: 'twelve to five' is a backwards range (12-5) with no code before it\nhint: expected e.g. `ethics show medi-cal integrity five to twelve`\n"],
    [["twelve-"], "ethics: 'twelve-' is a range (12-) with no code before it\nhint: expected e.g. `ethics show medi-cal integrity twelve-`\n"],
    [["5-12"], "ethics: '5-12' has no code before it\nhint: expected e.g. `ethics show medi-cal integrity 5-12`\n"],
    [["12-5"], "ethics: '12-5' has no code before it, and runs backwards\nhint: expected e.g. `ethics show medi-cal integrity 5-12`\n"],
    // Numbers Medi-Cal Integrity lacks: a section that has them.
    [["seventeen-twenty"], "ethics: 'seventeen-twenty' is a range (17-20) with no code before it\nhint: expected e.g. `ethics show north-carolina seventeen-twenty`\n"],
  ])("show %j: a code is needed, and the example runs", (words, stderr) => {
    const result = ethics(["show", ...words]);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(stderr);
    expect(result.code).toBe(2);
    const example = ethics(commandIn(result.stderr));
    expect(example.stderr).toBe("");
    expect(example.code).toBe(0);
  });

  it("the example shows the standards the range names the right way round", () => {
    const example = ethics(commandIn(ethics(["show", "twelve-five"]).stderr));
    expect(example.stdout).toBe(ethics(["show", "medi-cal", "integrity", "5-12"]).stdout);
  });

  it("still a name, not a range: the codes are listed", () => {
    const result = ethics(["show", "one-on-one"]);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^ethics: no code 'one-on-one'/);
    expect(result.code).toBe(1);
  });

  describe("under ETHICS_CODE, read in its code, as a number alone is", () => {
    const env = { ETHICS_CODE: "north-carolina" };

    it.each<[string[]]>([[["five-twelve"]], [["twelve-five"]], [["12"]], [["5-12"]]])("show %j is show north-carolina %j", (words) => {
      const defaulted = ethics(["show", ...words], { env });
      const typed = ethics(["show", "north-carolina", ...words]);
      expect(defaulted).toEqual(typed);
    });

    it("a range read in it shows its standards", () => {
      const result = ethics(["show", "five-twelve"], { env });
      expect(result.stderr).toBe("");
      expect(result.stdout).toMatch(/^North Carolina 5\n/);
      expect(result.stdout).toMatch(/\nNorth Carolina 12\n/);
      expect(result.code).toBe(0);
    });

    it("a range that runs backwards is said so, in its words", () => {
      const result = ethics(["show", "twelve-five"], { env });
      expect(result.stdout).toBe("");
      expect(result.stderr).toBe("ethics: 'twelve-five' runs backwards\nhint: write it as five-twelve\n");
      expect(result.code).toBe(2);
    });
  });
});
