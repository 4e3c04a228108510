// The example a "no code before it" hint names is a standard the library has: a section with
// the numbers typed (Medi-Cal Integrity first), else Medi-Cal Integrity 12, else any standard.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCodeDir } from "../../../src/core/codes/load.js";
import { anyStandard, numbersFirstHint } from "../../../src/core/codes/target/example-standard.js";
import type { Library } from "../../../src/model.js";

const builtin = readCodeDir(join(import.meta.dirname, "../../../data"), "builtin");
const library: Library = { codes: builtin, topics: [], concepts: [] };
const withoutMediCal: Library = { codes: builtin.filter((code) => code.id !== "medi-cal"), topics: [], concepts: [] };

describe("the example of a number with no code before it", () => {
  it.each<[Library, string, string | undefined]>([
    [library, "12", "expected e.g. `ethics show medi-cal integrity 12`"],
    [library, "5-7", "expected e.g. `ethics show medi-cal integrity 5-7`"],
    // Medi-Cal Integrity stops at 14
    [library, "17", "expected e.g. `ethics show north-carolina 17`"],
    // no standard is numbered 500: one that exists
    [library, "500", "expected e.g. `ethics show medi-cal integrity 12`"],
    [withoutMediCal, "500", `expected e.g. ${anyStandard(withoutMediCal)!.command(String(anyStandard(withoutMediCal)!.number))}`],
    [{ codes: [], topics: [], concepts: [] }, "12", undefined],
  ])("numbersFirstHint(%#, %j)", (of, numbers, hint) => {
    expect(numbersFirstHint(of, numbers)).toBe(hint);
  });

  it("without Medi-Cal, any standard is the first of the first code", () => {
    const first = withoutMediCal.codes[0]!;
    const example = anyStandard(withoutMediCal)!;
    expect(example.number).toBe(first.sections[0]!.standards[0]!.number);
    expect(example.command(String(example.number))).toContain(` ${first.id} `);
  });
});
