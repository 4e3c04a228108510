// Which codes a question names: by id, alias, short name or title, in the question's order; an
// alias that is an everyday word ("medical") or too short to tell ("ak") names none.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCodeDir } from "../../../src/core/codes/load.js";
import { codesNamedIn } from "../../../src/core/codes/named-codes.js";
import type { Library } from "../../../src/model.js";

const builtin: Library = { codes: readCodeDir(join(import.meta.dirname, "../../../data"), "builtin"), topics: [], concepts: [] };
const everyday = new Set(["medical", "ca", "wi"]);

describe("codesNamedIn", () => {
  it.each([
    ["what does alaska say about gifts", ["alaska"]],
    ["Alaska's rule on gifts", ["alaska"]],
    ["north carolina gifts", ["north-carolina"]],
    ["how does Medi-Cal differ from WWT?", ["medi-cal", "california"]],
    ["working well together and medi-cal on dating", ["california", "medi-cal"]],
    ["wisconsin, alaska and wisconsin again", ["wisconsin", "alaska"]],
    ["medical records", []],
    ["ak nc wi gifts", []],
    ["can I accept a gift from a peer?", []],
    ["north of the river", []],
  ])("%s → %j", (query, expected) => {
    expect(codesNamedIn(builtin, query, (word) => everyday.has(word)).map((code) => code.id)).toEqual(expected);
  });
});
