// A user's code whose section titles hold numbers, "·" or ";" (test/fixtures/odd-titles): every
// citation ethics prints for it is taken back by `ethics show` as the same standard.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, ethicsAll, root } from "./run.js";

const data = ["--data", join(root, "test/fixtures/odd-titles")];

interface Shown {
  code: string;
  section: string;
  number: number;
  citation: string;
}

describe("printed citations of odd section titles", () => {
  it("show takes back each one, pasted whole or as the shell splits it", async () => {
    const [odd, oneList] = await ethicsAll([[[...data, "show", "--json", "odd-titles"]], [[...data, "show", "--json", "code-2024"]]]);
    const codes = [JSON.parse(odd!.stdout), JSON.parse(oneList!.stdout)] as { sections: { standards: Shown[] }[] }[];
    const standards = codes.flatMap((code) => code.sections.flatMap((section) => section.standards));
    expect(standards.map((standard) => standard.citation)).toContain("Y · 3 1");
    const citations = standards.map((standard) => standard.citation);
    const [whole, split] = await ethicsAll([[[...data, "show", "--json", ...citations]], [[...data, "show", "--json", ...citations.join(" ").split(" ")]]]);
    for (const result of [whole!, split!]) {
      expect(result.stderr).toBe("");
      const shown = JSON.parse(result.stdout) as Shown[];
      expect(shown.map(({ code, section, number, citation }) => ({ code, section, number, citation }))).toEqual(
        standards.map(({ code, section, number, citation }) => ({ code, section, number, citation })),
      );
    }
  });
});

// `ethics show nc :` is `ethics show nc:`: a ":" typed apart (or ":conduct:4") went on no
// reference and was one with no code, "'·' has no code before the ·", exit 2.
describe("a ':' typed apart from its code", () => {
  it.each([
    [["show", "nc", ":", "3"], "North Carolina 3\n"],
    [["show", "medi-cal", ":integrity:12"], "Medi-Cal · Integrity 12\n"],
    [["show", "nc", ":3", "wi", ":2"], "North Carolina 3\n"],
  ])("%j shows what the one-word form shows", (args, start) => {
    const result = ethics(args);
    expect(result.stderr).toBe("");
    expect(result.stdout.startsWith(start)).toBe(true);
    expect(result.code).toBe(0);
  });

  // It was quoted back as '·' (the mark it is read as), which no one typed.
  it.each([
    [[":"], "':'"],
    [[":", "conduct", "4"], "': conduct 4'"],
    [[":conduct:4"], "':conduct:4'"],
    [["·", "conduct", "4"], "'· conduct 4'"],
  ])("%j, with no code at all, is still a usage error, quoted as typed", (args, quoted) => {
    const result = ethics(["show", ...args]);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(`ethics: ${quoted} names no code\nhint: expected e.g. 'Medi-Cal · Integrity 12' or medi-cal:integrity:12\n`);
    expect(result.code).toBe(2);
  });
});
