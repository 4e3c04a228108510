// A code of one section cites its standards by number alone ("North Carolina 3"). A revision of
// it labelled every pair as moved, "1 → 1", "2 → 2", since the label looked for the number
// after a section's title; only a standard that changed number has an arrow.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { diffCodes } from "../../src/core/compare/diff.js";
import { oneSectionCode as code } from "../core/compare/one-section-code.js";
import { readDataDirectory } from "../../src/core/library/read-data.js";
import { renderDiff } from "../../src/render/diff.js";

const builtIn = readDataDirectory(join(import.meta.dirname, "../../data"));


describe("a revision of a code of one section", () => {
  it("North Carolina against itself: each standard by its number, no arrow", () => {
    const text = renderDiff(diffCodes(builtIn, "north-carolina", "north-carolina"), builtIn, { color: false, width: 80, full: true });
    expect(text).toMatch(/\nSame \(21\)\n {2}1 · 2 · 3 · /);
    expect(text).not.toContain("1 → 1");
  });

  it("a standard dropped: the ones after it renumbered with an arrow, the rest without", () => {
    const before = code("agency", ["I will keep records honest.", "I will not accept gifts.", "I will not lend money."]);
    const after = code("agency-two", ["I will keep records honest.", "I will not lend money."], "agency");
    const library = { ...builtIn, codes: [...builtIn.codes, before, after] };
    const text = renderDiff(diffCodes(library, "agency", "agency-two"), library, { color: false, width: 80, full: true });
    expect(text).toMatch(/\nSame \(2\)\n {2}1 · 3 → 2\n/);
  });
});
