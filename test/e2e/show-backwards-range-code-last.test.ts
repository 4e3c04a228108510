// A range written backwards with its code named after it (`show twelve-five wi`, `12-5 wi`)
// was "no code 'twelve-five'" or "'12-5' has no code before it", as if no code had been
// named: it is refused as `show wi twelve-five` is, in the words typed.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

describe("a backwards range whose code comes last", () => {
  it.each<[string[], string[]]>([
    [["twelve-five", "wi"], ["wi", "twelve-five"]],
    [["twelve", "to", "five", "wi"], ["wi", "twelve", "to", "five"]],
    [["12-5", "wi"], ["wi", "12-5"]],
    [["12-5", "of", "wisconsin"], ["wisconsin", "12-5"]],
    [["integrity", "12-5", "medi-cal"], ["medi-cal", "integrity", "12-5"]],
  ])("show %j reads as show %j", (codeLast, codeFirst) => {
    const result = ethics(["show", ...codeLast]);
    expect(result).toEqual(ethics(["show", ...codeFirst]));
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^ethics: '[^']+' runs backwards\nhint: write it as [^\n]+\n$/);
    expect(result.code).toBe(2);
  });

  it("says it in the words typed", () => {
    const result = ethics(["show", "twelve", "to", "five", "wi"]);
    expect(result.stderr).toBe("ethics: 'twelve to five' runs backwards\nhint: write it as five to twelve\n");
  });

  it("under ETHICS_CODE, the code typed is the one read", () => {
    const result = ethics(["show", "12-5", "wi"], { env: { ETHICS_CODE: "north-carolina" } });
    expect(result).toEqual({ stdout: "", stderr: "ethics: '12-5' runs backwards\nhint: write it as 5-12\n", code: 2 });
  });

  it("a range the right way round still names its code last", () => {
    const result = ethics(["show", "5-12", "wi"]);
    expect(result).toEqual({ stdout: "", stderr: "ethics: '5-12 wi' names its code last\nhint: the code comes first: `ethics show wisconsin 5-12`\n", code: 2 });
  });
});
