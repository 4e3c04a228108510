import { describe, expect, it } from "vitest";
import { withoutClosingQuote } from "../../../src/core/codes/closing-quote.js";

describe("withoutClosingQuote", () => {
  it.each<[string, string]>([
    ['12"', "12"],
    ["12’", "12"],
    ["12”,", "12,"],
    ["5-7'", "5-7"],
    ["12.”", "12."],
    ["7)”", "7)"],
    // Not a number's: left as typed.
    ["Integrity”", "Integrity”"],
    ['12"x', '12"x'],
    ['"12', '"12'],
  ])("%j", (typed, read) => {
    expect(withoutClosingQuote({ text: typed, opens: false }).text).toBe(read);
  });
});
