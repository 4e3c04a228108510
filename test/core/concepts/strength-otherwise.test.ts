// Which standards a crosswalk row marks with how they bind: topic's concept rows and diff's
// concept groups both mark exactly those that bind otherwise than their row.
import { describe, expect, it } from "vitest";
import { strengthOtherThanRow } from "../../../src/core/concepts/strength-otherwise.js";
import type { Strength } from "../../../src/model.js";

describe("strengthOtherThanRow", () => {
  it.each<[string, Strength | undefined, Strength | null, Strength | undefined]>([
    ["as strong as the row: unmarked", "prohibits", "prohibits", undefined],
    ["weaker than the row: its own", "requires", "prohibits", "requires"],
    ["only allowing, under a prohibition", "allows", "prohibits", "allows"],
    ["allowing, in a row that allows", "allows", "allows", undefined],
    ["aspiring, under a deferral", "aspires", "defers", "aspires"],
    ["describing, in a row that describes", "describes", "describes", undefined],
    ["a row of no strength: its own", "defers", null, "defers"],
    ["a reading not known", undefined, "requires", undefined],
  ])("%s", (_, standard, row, marked) => {
    expect(strengthOtherThanRow(standard, row)).toBe(marked);
  });
});
