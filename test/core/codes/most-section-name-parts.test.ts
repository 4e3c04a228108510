// The most words a section's name has bounds how many words a reference or a --section joined
// to other words tries as a section name. It is worked out once for a code, as its section
// choices are, not at every ask.
import { afterEach, describe, expect, it, vi } from "vitest";
import { mostSectionNameParts } from "../../../src/core/codes/resolve.js";
import type { Section } from "../../../src/model.js";
import { makeCode } from "../make-code.js";

const section = (id: string, title: string) => ({ id, title, standards: [] }) as unknown as Section;

describe("mostSectionNameParts", () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([
    ["no sections", [], 0],
    ["an id longest", [section("duty-of-care-to-all", "Care")], 5],
    ["a title longest", [section("integrity", "Integrity and Honesty in All Things")], 6],
    ["the longest of several", [section("a", "One"), section("b", "Two Words"), section("c", "Three Words Here")], 3],
  ])("%s: %i", (_, sections, most) => {
    expect(mostSectionNameParts(makeCode({ id: "x", shortName: "X", title: "X", sections }))).toBe(most);
  });

  it("counts the values' pseudo-section's names too", () => {
    const code = makeCode({ id: "x", shortName: "X", title: "X", sections: [section("a", "A")], values: [{ text: "v" }] as never });
    expect(mostSectionNameParts(code)).toBe(2);
  });

  it("is worked out once for a code, not at each ask", () => {
    const code = makeCode({ id: "x", shortName: "X", title: "X", sections: [section("a", "One Two"), section("b", "Three")] });
    expect(mostSectionNameParts(code)).toBe(2);
    // Counting splits every name's slug into its words; asked again, nothing is split.
    const split = vi.spyOn(String.prototype, "split");
    for (let ask = 0; ask < 5; ask++) expect(mostSectionNameParts(code)).toBe(2);
    expect(split).not.toHaveBeenCalled();
  });
});
