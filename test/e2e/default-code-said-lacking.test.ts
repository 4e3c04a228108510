// Under ETHICS_CODE, a reference that names no code and that the code lacks was said as if
// read without the code: `show 40` under Wisconsin's was "'40' has no code before it", a
// usage error (exit 2); `show integrity 40` under Medi-Cal's "no code 'integrity'"; `show
// conduct 40` under Alaska's that "conduct" begins a word of Wisconsin's title. Each is said
// as with the code typed; words that name a code of their own keep their own message.
import { describe, expect, it } from "vitest";
import { ethics, expectShortFailure } from "./run.js";

describe("a reference naming no code that ETHICS_CODE's code lacks", () => {
  it.each([
    ["wi", ["40"], "ethics: Wisconsin has no 40\nhint: Wisconsin has 1–15\n"],
    ["wi", ["20-40"], "ethics: Wisconsin has no 20-40\nhint: Wisconsin has 1–15\n"],
    ["medi-cal", ["integrity", "40"], "ethics: Medi-Cal Integrity has no 40\nhint: Medi-Cal Integrity has 1–14\n"],
    ["medi-cal", ["integrity", "12", "z"], "ethics: Medi-Cal Integrity 12 has no item z\nhint: its items are a, b\n"],
    ["medi-cal", ["integrty", "4"], "ethics: no section 'integrty' in medi-cal — did you mean integrity?\nhint: `ethics show medi-cal integrity 4`\n"],
    ["alaska", ["conduct", "40"], "ethics: Alaska Conduct has no 40\nhint: Alaska Conduct has 1–9\n"],
  ])("ETHICS_CODE=%s show %j: as with the code typed", (code, words, stderr) => {
    const run = ethics(["show", ...words], { env: { ETHICS_CODE: code } });
    expectShortFailure(run, 1, stderr);
    expect(run.stderr).toBe(stderr);
    expect(run.stderr).toBe(ethics(["show", code, ...words]).stderr);
  });

  it.each([
    ["medi-cal", ["alaska", "conduct", "40"], 1, "ethics: Alaska Conduct has no 40\n"],
    ["medi-cal", ["alsaka", "conduct", "4"], 1, "ethics: no code 'alsaka' — did you mean alaska?\n"],
    ["medi-cal", ["12", "wi"], 2, "ethics: '12 wi' names its code last\n"],
    ["medi-cal", ["integrity", "12", "and"], 2, "ethics: nothing after 'and' in 'integrity 12 and'"],
  ])("ETHICS_CODE=%s show %j: the words' own message", (code, words, exitCode, message) => {
    expectShortFailure(ethics(["show", ...words], { env: { ETHICS_CODE: code } }), exitCode, message);
  });

  it("where it names several codes, none is read for the words: their own message", () => {
    const run = ethics(["show", "40"], { env: { ETHICS_CODE: "wi,nc" } });
    expectShortFailure(run, 2, "ethics: '40' has no code before it\n");
  });
});
