// `show twelve five` said "'twelve' is a number (12) with no code before it": five was read as
// 5 after a name "twelve", and dropped from the message and its hint; `show 12 5` named 12 alone
// too, where `show 12 and 5` named 12,5. Numbers said after a code are read as digits are
// (`medi-cal integrity twelve five` is Integrity 12 and 5, as `… 12 5`); so, now, are numbers
// said with no code before them, and numbers said joined as digits join them (`five-twelve`
// is 5-12, `twelve,five` 12,5).
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

describe("several numbers said", () => {
  it.each([
    [["twelve", "five"], "'twelve five' are numbers (12,5) with no code before them", "`ethics show medi-cal integrity twelve five`"],
    [["twelve", "5"], "'twelve 5' are numbers (12,5) with no code before them", "`ethics show medi-cal integrity twelve 5`"],
    [["twelve", "and", "five"], "'twelve and five' are numbers (12,5) with no code before them", "`ethics show medi-cal integrity twelve and five`"],
    [["twelve,", "five"], "'twelve, five' are numbers (12,5) with no code before them", "`ethics show medi-cal integrity twelve, five`"],
    [["12", "5"], "'12,5' has no code before it", "`ethics show medi-cal integrity 12,5`"],
    [["12", "and", "5"], "'12,5' has no code before it", "`ethics show medi-cal integrity 12,5`"],
  ])("show %j names every number, its hint a command that shows them", (words, message, command) => {
    const run = ethics(["show", ...words]);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(`ethics: ${message}\nhint: expected e.g. ${command}\n`);
    expect(run.code).toBe(2);
    const shown = ethics(command.slice(1, -1).split(" ").slice(1));
    expect(shown.code).toBe(0);
    expect(shown.stdout).toBe(ethics(["show", "medi-cal", "integrity", "12", "5"]).stdout);
  });

  it.each([
    [["twelve", "five", "wi"], "'twelve five wi' names its code last"],
    [["12", "5", "wi"], "'12 5 wi' names its code last"],
  ])("show %j: a code said last after them is theirs", (words, message) => {
    const run = ethics(["show", ...words]);
    expect(run.stderr).toBe(`ethics: ${message}\nhint: the code comes first: \`ethics show wisconsin 12,5\`\n`);
    expect(run.code).toBe(2);
  });

  it.each([
    [["five-twelve"], ["5-12"]],
    [["twelve,five"], ["12,5"]],
    [["five-seven,twelve"], ["5-7,12"]],
    [["twelve-"], ["12-"]],
    [["twelve", "five"], ["12", "5"]],
  ])("show medi-cal integrity %j shows what the digits %j show", (words, digits) => {
    const said = ethics(["show", "medi-cal", "integrity", ...words]);
    expect(said.stderr).toBe("");
    expect(said.code).toBe(0);
    expect(said.stdout).toBe(ethics(["show", "medi-cal", "integrity", ...digits]).stdout);
  });

  // Told so in the words said, not the digits they were read as ("'12-5' runs backwards").
  it("a range said backwards is told so, as in digits, in its own words", () => {
    const run = ethics(["show", "medi-cal", "integrity", "twelve-five"]);
    expect(run.stderr).toBe("ethics: 'twelve-five' runs backwards\nhint: write it as five-twelve\n");
    expect(run.code).toBe(2);
    expect(ethics(["show", "medi-cal", "integrity", "12-5"]).stderr).toBe("ethics: '12-5' runs backwards\nhint: write it as 5-12\n");
  });

  it("twenty-five is one number still", () => {
    expect(ethics(["show", "medi-cal", "integrity", "twenty-five"]).stderr).toBe("ethics: Medi-Cal Integrity has no 25\nhint: Medi-Cal Integrity has 1–14\n");
  });
});
