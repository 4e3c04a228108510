// `ethics show medi-cal integrity "$N"` with N unset passed an empty argument, which has no
// words: the rest was read alone and the whole section printed, exit 0, while `show ""` is a
// usage error. An empty argument anywhere in the reference is now one too.
import { describe, expect, it } from "vitest";
import { ethics, expectShortFailure } from "./run.js";

// The example is in the code typed before it (a reader in Wisconsin was offered Medi-Cal's), else Medi-Cal Integrity.
const hint = (example: string) => `hint: an unset shell variable gives one; expected e.g. ${example}\n`;

describe("an empty argument in show's reference", () => {
  it.each<[string[], string, string]>([
    [["medi-cal", "integrity", ""], `ethics: argument 3 of 'medi-cal integrity ""' is empty\n`, "medi-cal integrity 12"],
    [["", "wi", "1"], `ethics: argument 1 of '"" wi 1' is empty\n`, "medi-cal integrity 12"],
    [["wi", " ", "1"], `ethics: argument 2 of 'wi "" 1' is empty\n`, "wisconsin 1"],
    [["alaska", "conduct", ""], `ethics: argument 3 of 'alaska conduct ""' is empty\n`, "alaska conduct 1"],
    [["Medi-Cal · Integrity 12", ""], `ethics: argument 2 of 'Medi-Cal · Integrity 12 ""' is empty\n`, "medi-cal integrity 12"],
  ])("%j is a usage error", (args, message, example) => {
    const result = ethics(["show", ...args]);
    expectShortFailure(result, 2, message);
    expect(result.stderr).toBe(message + hint(example));
  });

  it("an empty reference alone is still a missing code", () => {
    expectShortFailure(ethics(["show", ""]), 2, "ethics: missing code");
  });

  it("the same words without the empty argument still show the section", () => {
    const result = ethics(["show", "medi-cal", "integrity"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Medi-Cal · Integrity\n/);
  });
});
