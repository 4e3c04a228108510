// Under ETHICS_CODE, `show`'s words that fail in their own reading and in the code's are said
// with the code's message where they name no code of their own ("Medi-Cal Integrity has no
// 40", as with the code typed), and with their own where they name one.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCodeDir } from "../../../src/core/codes/load.js";
import { namesNoCode } from "../../../src/core/codes/names-no-code.js";
import type { Library } from "../../../src/model.js";

const library: Library = { codes: readCodeDir(join(import.meta.dirname, "../../../data"), "builtin"), topics: [], concepts: [] };
const code = (id: string) => library.codes.find((each) => each.id === id)!;

describe("whether the words name no code of their own", () => {
  it.each([
    // Numbers with no code after them.
    ["wisconsin", ["40"], true],
    ["wisconsin", ["1-40"], true],
    ["wisconsin", ["12", "z"], true],
    ["wisconsin", ["iii"], true],
    // A place of the code: whole, a slip of it, one that begins a word of another code's title.
    ["medi-cal", ["integrity", "40"], true],
    ["medi-cal", ["integrity", "12", "z"], true],
    ["medi-cal", ["integrty", "4"], true],
    ["alaska", ["conduct", "40"], true],
    ["alaska", ["values", "9"], true],
    // Nothing at all.
    ["medi-cal", ["zzqq", "4"], true],
    // A code: by its name, a prefix or a slip of it, after its number, or a citation's.
    ["medi-cal", ["alaska", "conduct", "40"], false],
    ["medi-cal", ["alask", "conduct", "40"], false],
    ["medi-cal", ["alsaka", "conduct", "4"], false],
    ["medi-cal", ["conduct", "40"], false],
    ["medi-cal", ["12", "wi"], false],
    ["medi-cal", ["12", "of", "wi"], false],
    ["wisconsin", ["integrity", "12", "medi-cal"], false],
    ["medi-cal", ["Alaska · Conduct 40"], false],
    ["medi-cal", ["alaska:conduct:40"], false],
    // Words that are no reference whatever the code: their own message says why.
    ["medi-cal", ["integrity", "12", "and"], false],
    ["medi-cal", ["integrity", "and", "and", "honesty"], false],
    ["medi-cal", ["integrity", "7-5"], false],
  ])("%s, %j: %s", (id, argv, expected) => {
    expect(namesNoCode(library, argv, code(id))).toBe(expected);
  });
});
