// `ethics list north carolina` (unquoted) was commander's "too many arguments for 'list'" with
// no hint, where `show` takes a name of several words unquoted. `list` now reads its words as
// one name, quoted or not.
import { describe, expect, it } from "vitest";
import { ethics, STACK_TRACE } from "./run.js";

describe("list <a name of several words>", () => {
  it.each([[["north", "carolina"]], [["north carolina"]], [["Working", "Well", "Together"]]])("%j: the outline, as the id gives it", (words) => {
    const byName = ethics(["list", ...words, "--json"]);
    expect(byName.code).toBe(0);
    const id = (JSON.parse(byName.stdout) as { id: string }).id;
    expect(byName.stdout).toBe(ethics(["list", id, "--json"]).stdout);
  });

  it("two codes' names are two codes: list shows one at a time, and the hint gives each", () => {
    const { stdout, stderr, code } = ethics(["list", "alaska", "medi-cal"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe("ethics: list shows one code's outline at a time, and 'alaska' and 'medi-cal' are\n        2 codes\nhint: `ethics list alaska`, `ethics list medi-cal`\n");
    expect(stderr).not.toMatch(STACK_TRACE);
  });
});
