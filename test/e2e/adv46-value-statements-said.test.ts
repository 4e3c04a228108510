// `show ak values 2a` said "no one standard comes before" the item letter, though a value
// statement did; `show wi values` said "'values' is not a standard number", though Wisconsin has
// no value statements at all. Each message now says what is true.
import { describe, expect, it } from "vitest";
import { ethics, expectShortFailure } from "./run.js";

describe("value statements, said as they are", () => {
  it.each([[["ak", "values", "2a"]], [["ak", "values", "2", "a"]], [["alaska", "values", "2(a)"]]])("%j: value statements have no lettered items", (args) => {
    const result = ethics(["show", ...args]);
    expectShortFailure(result, 2, "ethics: 'a' is an item letter, but value statements have no lettered items\n");
    expect(result.stderr).toContain("hint: Alaska Values has 1–7: `ethics show alaska values 2`\n");
  });

  it.each([[["wi", "values"]], [["wisconsin", "Values", "3"]], [["wi", "value", "statements"]]])("%j: Wisconsin has none, and what it has is listed", (args) => {
    const result = ethics(["show", ...args]);
    expectShortFailure(result, 1, "ethics: Wisconsin has no value statements; it has standards 1–15\n");
    expect(result.stderr).toContain("hint: e.g. `ethics show wisconsin 1`\n");
  });

  it("a code of several sections without value statements says so too", () => {
    const result = ethics(["show", "medi-cal", "values"]);
    expectShortFailure(result, 1, "ethics: Medi-Cal has no value statements; it has 16 sections\nhint: `ethics list medi-cal` shows them\n");
  });

  it("a code with value statements still shows them", () => {
    const result = ethics(["show", "ak", "values", "2"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Alaska · Values 2\n/);
  });
});
