// `ethics search gifts --code alaska --strength requires` found nothing and answered "no standard
// matches 'gifts'", hint "try other words": the words match (Alaska forbids gifts), and only the
// options kept the standards out. Now the message names what the options asked for, and the
// hint what the words match without it; a query that matches nothing anywhere is as before.
import { describe, expect, it } from "vitest";
import { ethics, expectShortFailure } from "./run.js";

describe("search: nothing found within the options, where the words match without them", () => {
  it("--strength: the strengths of the standards the words match", () => {
    const result = ethics(["search", "gifts", "--code", "alaska", "--strength", "requires"]);
    expectShortFailure(result, 1, "ethics: no standard that requires matches 'gifts'\nhint: it matches standards that bind otherwise: --strength prohibits\n");
    expect(ethics(["search", "gifts", "--code", "alaska", "--strength", "prohibits"]).stdout).toContain("Alaska · Conflicts of Interest 3");
  });

  it("--section: the code's other sections", () => {
    const result = ethics(["search", "gifts", "--code", "alaska", "--section", "conduct"]);
    expectShortFailure(result, 1, "ethics: no standard of Alaska in a section 'conduct' matches 'gifts'\nhint: it matches standards of other sections: search without --section\n");
  });

  it("--code: the other codes", () => {
    const result = ethics(["search", "bhin", "--code", "wi"]);
    expect(ethics(["search", "bhin"]).stdout).toContain("Medi-Cal");
    expectShortFailure(result, 1, "ethics: no standard of Wisconsin matches 'bhin'\nhint: it matches standards of other codes: search without --code\n");
  });

  it("words that match nothing anywhere: as before", () => {
    const result = ethics(["search", "zzqqxx", "--code", "alaska", "--section", "conduct", "--strength", "requires"]);
    expectShortFailure(result, 1, "ethics: no standard matches 'zzqqxx'\nhint: try other words, or `ethics topics` for the themes\n");
  });
});
