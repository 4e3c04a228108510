// A reference whose code comes last with very many words between (`show integrity 12 13 14 14
// … medi-cal`, `show 12 wi nc 2 nc 2 …`) was refused with its command code first, every word of
// it: one unbroken command of 5 to 20 KB. A command too long to copy is cut in the middle,
// between words, as any long text said back is; one that fits three lines is still given whole,
// to run as printed.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

const env = { COLUMNS: "80" };
const many = (word: string, count: number) => Array.from({ length: count }, () => word);

describe("the command a code-last hint gives", () => {
  it.each<[string[], string]>([
    [["integrity", "12", "13", ...many("14", 1500), "medi-cal"], "ethics: 'integrity 12 13 14 … 14 14 14 medi-cal' names its code last\nhint: the code comes first: 'ethics show medi-cal …4,14,14,14,14,14,14,14,14,14'\n"],
    [["12", "wi", ...many("nc 2", 1000)], "ethics: '12 wi' names its code last\nhint: the code comes first: 'ethics show wisconsin 12 … 2 north-carolina 2'\n"],
  ])("is cut where it is too long to copy", (words, stderr) => {
    const result = ethics(["show", ...words], { env });
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(stderr);
    expect(result.code).toBe(2);
  });

  it("is whole, and runs, where it fits", () => {
    const result = ethics(["show", "12", "wi", "nc", "2", "nc", "3"], { env });
    expect(result.stderr).toBe("ethics: '12 wi' names its code last\nhint: the code comes first:\n      `ethics show wisconsin 12 north-carolina 2 north-carolina 3`\n");
    expect(result.code).toBe(2);
    const run = ethics(["show", "wisconsin", "12", "north-carolina", "2", "north-carolina", "3"]);
    expect(run.code).toBe(0);
  });
});
