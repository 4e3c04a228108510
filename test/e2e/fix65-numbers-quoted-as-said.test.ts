// A range said in words, or with a range word, that runs backwards was quoted as the digits it
// was read as ("'12-5' runs backwards" of `integrity twelve-five`, of `12 to 5`), words the
// user never typed: it is quoted as said, and the hint says it the other way round so.
import { describe, expect, it } from "vitest";
import { ethicsAll } from "./run.js";

describe("a range said backwards", () => {
  it("is quoted as said, with a default code too", async () => {
    const runs: [string[], string, NodeJS.ProcessEnv?][] = [
      [["medi-cal", "integrity", "twelve-five"], "'twelve-five' runs backwards\nhint: write it as five-twelve"],
      [["medi-cal", "integrity", "twelve", "to", "five"], "'twelve to five' runs backwards\nhint: write it as five to twelve"],
      [["medi-cal", "integrity", "12", "to", "5"], "'12 to 5' runs backwards\nhint: write it as 5 to 12"],
      [["medi-cal", "integrity", "7", "twelve-five."], "'twelve-five' runs backwards\nhint: write it as five-twelve"],
      [["integrity", "twelve-five"], "'twelve-five' runs backwards\nhint: write it as five-twelve"],
      [["twelve-five"], "'twelve-five' runs backwards\nhint: write it as five-twelve", { ETHICS_CODE: "medi-cal" }],
      // No two numbers around one hyphen to turn round: the digits.
      [["medi-cal", "integrity", "twenty-five-five"], "'twenty-five-five' runs backwards\nhint: write it as 5-25"],
    ];
    const results = await ethicsAll(runs.map(([args, , env]): [string[], { env?: NodeJS.ProcessEnv }] => [["show", ...args], { ...(env && { env }) }]));
    results.forEach((result, at) => {
      const [args, said] = runs[at]!;
      expect(result.stderr, args.join(" ")).toBe(`ethics: ${said}\n`);
      expect(result.code, args.join(" ")).toBe(2);
    });
  });

  it("turned round as the hint says, it is read", async () => {
    const [words, digits] = await ethicsAll([[["show", "medi-cal", "integrity", "five-twelve"]], [["show", "medi-cal", "integrity", "5-12"]]]);
    expect(words!.code).toBe(0);
    expect(words!.stdout).toBe(digits!.stdout);
  });
});
