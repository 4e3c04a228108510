// `ethics show "nc 15,wi 12"` said "no section '15,wi' in north-carolina", its hint `ethics show
// north-carolina 12`: Wisconsin's 12 given to North Carolina. A comma with no space after it,
// before a name, now parts references as `nc 15, wi 12` does; numbers after it are a list still.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

/** The headings a `show` prints: its citations, one a line. */
const headings = (stdout: string) => stdout.split("\n").filter((line) => /^[A-Z]/.test(line));

describe("a comma with no space between references of different codes", () => {
  it.each([
    ["nc 15,wi 12", ["North Carolina 15", "Wisconsin 12"]],
    ["wi 12,nc 15", ["Wisconsin 12", "North Carolina 15"]],
    ["medi-cal integrity 12,alaska conduct 4", ["Medi-Cal · Integrity 12", "Alaska · Conduct 4"]],
    ["wi 12,13", ["Wisconsin 12", "Wisconsin 13"]],
  ])("show %j prints each, as with a space after the comma", (words, shown) => {
    const result = ethics(["show", words]);
    expect(result.stderr).toBe("");
    expect(headings(result.stdout)).toEqual(shown);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(ethics(["show", words.replace(/,(?=\p{L})/u, ", ")]).stdout);
  });

  it("a name after it that is no code is said so, the hint naming no other reference's number", () => {
    const result = ethics(["show", "nc 15,xyz 12"]);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe("ethics: no code 'xyz'\nhint: expected one of: alaska, california, medi-cal, north-carolina, wisconsin;\n      a code of your own: add --data DIR (its folder) or set ETHICS_DATA=DIR\n");
    expect(result.code).toBe(1);
  });

  it("a number with no code before the comma is said so, not given the next reference's code", () => {
    const result = ethics(["show", "15,wi 12"]);
    expect(result.stdout).toBe("");
    // The example has the 15, in a code that has one (Medi-Cal Integrity stops at 14).
    expect(result.stderr).toBe("ethics: '15' has no code before it\nhint: expected e.g. `ethics show north-carolina 15`\n");
    expect(result.code).toBe(2);
  });

  // The command carries the reference after it too (it was medi-cal integrity 12 alone).
  it("a section without its code before the comma: its command has no comma left dangling", () => {
    const result = ethics(["show", "integrity 12,wi 12"]);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe("ethics: no code 'integrity': it is a section of Working Well Together and\n        Medi-Cal\nhint: say whose: `ethics show medi-cal integrity 12 wisconsin 12`\n");
    expect(result.code).toBe(1);
  });

  it("a number glued to a name otherwise gives no hint with the next reference's number", () => {
    const result = ethics(["show", "nc 15.wi 12"]);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe("ethics: no section '15.wi' in north-carolina\nhint: expected one of: code-of-ethics, values\n");
    expect(result.code).toBe(1);
  });
});
