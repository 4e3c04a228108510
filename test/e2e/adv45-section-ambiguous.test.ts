// `search --section <prefix>` over several codes left out, without a word, a code in which the
// prefix names more than one section: `search gifts --section c` showed North Carolina and
// Wisconsin, and not Alaska's rule on gifts (Conflicts of Interest 3), since 'c' could be
// Alaska's Conflicts of Interest or its Conduct. A code without such a section is still left
// out; a name that several sections of a code answer to is an error, as with one code.
import { describe, expect, it } from "vitest";
import { ethics, STACK_TRACE, unwrapped } from "./run.js";

describe("--section that several sections of a code searched answer to", () => {
  it.each([
    [["search", "gifts", "--section", "c"], "'c' is ambiguous in alaska: it could be conflicts-of-interest, conduct"],
    [["search", "money", "--section", "co"], "'co' is ambiguous in alaska: it could be conflicts-of-interest, conduct"],
    [["search", "gifts", "--section", "c", "--code", "medi-cal"], "'c' is ambiguous in medi-cal: it could be cultural-responsiveness-and-humility, confidentiality"],
  ])("%j is an error naming the code and the sections", (args, message) => {
    const { stdout, stderr, code } = ethics(args);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(unwrapped(stderr)).toBe(`ethics: ${message}\nhint: type more of the name\n`);
    expect(stderr).not.toMatch(STACK_TRACE);
  });

  it("a section that some codes lack still leaves those codes out", () => {
    const { stdout, code } = ethics(["search", "gifts", "--section", "integrity", "--json"]);
    expect(code).toBe(0);
    const codes = new Set((JSON.parse(stdout) as { hits: { code: string }[] }).hits.map((hit) => hit.code));
    expect([...codes].sort()).toEqual(["california", "medi-cal"]);
  });
});
