// Messages of `show` and friends noticed and carried over (task h67b): each says what was
// wrong in words that fit what was typed, with a hint that runs.
import { describe, expect, it } from "vitest";
import { ethics, expectShortFailure, unwrapped } from "./run.js";

describe("a number no section of the code has", () => {
  // `ETHICS_CODE=alaska ethics show 99` asked "alaska has 3 sections; say which one" (exit 2),
  // though naming one would not help: none has a 99.
  it.each([
    [["show", "99"], { ETHICS_CODE: "alaska" }, "ethics: no section of alaska has a standard 99\nhint: the highest is relationship-with-clients 9: see `ethics list alaska`\n"],
    [["show", "medi-cal", "40"], {}, "ethics: no section of medi-cal has a standard 40\nhint: the highest is integrity 14: see `ethics list medi-cal`\n"],
  ])("show %j (%j)", (args, env, message) => {
    expectShortFailure(ethics(args, { env }), 1, message);
  });

  it("a number some section has still asks which", () => {
    expectShortFailure(ethics(["show", "alaska", "6"]), 2, "ethics: alaska has 3 sections; say which one\n");
  });
});

describe("a section without its code among several references", () => {
  // Pasted from `topic`'s output, the hint gave a command for the first reference only.
  it("the hint's commands carry the whole list", () => {
    expectShortFailure(
      ethics(["show", "Confidentiality 1 (requires), Confidentiality 2"]),
      1,
      "hint: say whose: `ethics show california confidentiality 1 california confidentiality 2`, `ethics show medi-cal confidentiality 1 medi-cal confidentiality 2`\n",
    );
  });

  it("a code named right after it is its code named last, not a reference to add", () => {
    expectShortFailure(ethics(["show", "integrity", "12", "alaska"]), 1, "hint: say whose: `ethics show medi-cal integrity 12`\n");
  });

  it("alone, the command keeps the reference as typed", () => {
    expectShortFailure(ethics(["show", "integrity", "12(b)"]), 1, "hint: say whose: `ethics show medi-cal 'integrity 12(b)'`\n");
  });
});

describe("a joiner with nothing after it, and no code at hand", () => {
  // `show 1 and` was given the reference "medi-cal integrity 1 and 3", which typed as it was
  // hinted runs nothing: the hint's examples are now commands, each of which runs.
  it.each([
    [["show", "1", "and"], "hint: e.g. `ethics show medi-cal integrity 1 and 3` or `ethics show wi 1 and nc 2`; or leave out the 'and'\n"],
    [["show", "1", "to"], "hint: e.g. `ethics show medi-cal integrity 1 to 3`, or 1- for 1 to the last\n"],
    [["show", "wi", "1", "&"], "hint: e.g. `ethics show wisconsin 1 '&' 3` or `ethics show wi 1 '&' nc 2`; or leave out the '&'\n"],
  ])("show %j", (args, hint) => {
    const result = ethics(args);
    expectShortFailure(result, 2, hint);
    for (const command of unwrapped(result.stderr).match(/`ethics [^`]*`/g)!) {
      const words = command.slice("`ethics ".length, -1).split(" ").map((word) => word.replace(/^'(.*)'$/, "$1"));
      expect(ethics(words).code, command).toBe(0);
    }
  });
});

describe("a name near no code", () => {
  // `show abc` and `random abc` offered "did you mean alaska?": 'abc' keeps one letter of 'ak'.
  it("show offers no code, and keeps the list of those there are", () => {
    const result = ethics(["show", "abc"]);
    expectShortFailure(result, 1, "ethics: no code 'abc'\nhint: expected one of: alaska, california, medi-cal, north-carolina, wisconsin");
    expect(result.stderr).not.toContain("did you mean");
  });

  it("random offers no code for it", () => {
    expect(ethics(["random", "abc"]).stderr).not.toContain("alaska");
  });
});
