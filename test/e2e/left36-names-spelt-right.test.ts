// `ethics show nice` answered "did you mean north-carolina?", `show medi-cal rope` "did you mean
// hope?", `search --section love` "did you mean Hope?": a word spelt right means what it says
// and is no slip for a code's or a section's name a few letters away, as topics already knew
// (adv36-topic-words-spelt-right). A slip is still answered.
import { describe, expect, it } from "vitest";
import { ethics, expectShortFailure } from "./run.js";

describe("a code or section typed as an English word that names none", () => {
  it("show nice: no code, and no name a few letters away", () => {
    const result = ethics(["show", "nice"]);
    expectShortFailure(result, 1, "ethics: no code 'nice'\n");
    expect(result.stderr).not.toContain("did you mean");
  });

  it("show medi-cal rope: no section, and no name a few letters away", () => {
    const result = ethics(["show", "medi-cal", "rope"]);
    expectShortFailure(result, 1, "ethics: no section 'rope' in medi-cal\n");
    expect(result.stderr).not.toContain("did you mean");
  });

  it("search --section love: no section, and no name a few letters away", () => {
    const result = ethics(["search", "gifts", "--section", "love"]);
    expectShortFailure(result, 1, "ethics: no section 'love' in any code\n");
    expect(result.stderr).not.toContain("did you mean");
  });

  it.each([
    [["show", "medi-cla"], "no code 'medi-cla' — did you mean medi-cal?"],
    [["show", "nrth", "carolina", "1"], "no code 'nrth carolina' — did you mean north-carolina?"],
    [["show", "medi-cal", "intgrity"], "no section 'intgrity' in medi-cal — did you mean integrity?"],
    [["search", "gifts", "--section", "intgrity"], "no section 'intgrity' in any code — did you mean Integrity?"],
  ])("a slip is still answered: %j", (args, message) => {
    expectShortFailure(ethics(args), 1, message);
  });
});
