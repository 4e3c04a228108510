// `ethics show` and 60 漢: a typed word quoted back is cut in the middle once it is wider than
// a line, but it was measured in characters, and 60 wide ones (120 columns) were quoted whole,
// wrapped over two lines, where 120 ASCII letters are cut. Measured in columns, both are cut.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

const env = { COLUMNS: "80" };
const width = (line: string) => [...line].reduce((sum, char) => sum + (/\p{Script=Han}/u.test(char) ? 2 : 1), 0);

describe("a word of wide characters, typed", () => {
  it("wider than a line is cut, as an ASCII word is", () => {
    const result = ethics(["show", "漢".repeat(60)], { env });
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      `ethics: no code '${"漢".repeat(10)}…${"漢".repeat(9)}'\nhint: expected one of: alaska, california, medi-cal, north-carolina, wisconsin;\n      a code of your own: add --data DIR (its folder) or set ETHICS_DATA=DIR\n`,
    );
    expect(result.code).toBe(1);
    expect(ethics(["show", "a".repeat(120)], { env }).stderr.split("\n")[0]).toBe(`ethics: no code '${"a".repeat(20)}…${"a".repeat(19)}'`);
  });

  it("as an option's value too, each line within 80 columns", () => {
    const result = ethics(["search", "--limit", "漢".repeat(60)], { env });
    // Wide characters may break a line anywhere, as those scripts are written.
    expect(result.stderr.replace(/\n {8}/g, "")).toBe(`ethics: --limit takes a whole number ≥ 1, not '${"漢".repeat(10)}…${"漢".repeat(9)}'\n`);
    expect(result.code).toBe(2);
    for (const line of result.stderr.split("\n")) expect(width(line)).toBeLessThanOrEqual(80);
  });

  it("that fits a line is quoted whole", () => {
    const result = ethics(["show", "漢".repeat(20)], { env });
    expect(result.stderr.split("\n")[0]).toBe(`ethics: no code '${"漢".repeat(20)}'`);
    expect(result.code).toBe(1);
  });
});
