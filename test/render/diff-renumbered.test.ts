// A revision that renumbers a standard, or moves it to another section, changes how it is cited:
// `diff wi my-wi`, where my-wi numbered Wisconsin 12 as 99, said "15 same · 0 changed" and
// nothing else, and with --only changed "Nothing to list". The summary now counts such
// standards and names them, old → new, as it names a section renamed; --only changed lists
// those worded the same whole.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { diffCodes, type DiffStatus } from "../../src/core/compare/diff.js";
import { readDataDirectory } from "../../src/core/library/read-data.js";
import { renderDiff } from "../../src/render/diff.js";
import { visibleLength } from "../../src/render/terminal-text.js";
import type { Code, Library } from "../../src/model.js";
import { numbered, revisionCode, standardText } from "../core/compare/revision-codes.js";

const builtIn = readDataDirectory(join(import.meta.dirname, "../../data"));

const agency = revisionCode("agency", { Conduct: numbered(5), Gifts: numbered(3, 5) });
const revisions: Code[] = [
  // Conduct 2 numbered 99; not a word changed.
  revisionCode("renumbered", { Conduct: [[1, 0], [99, 1], [3, 2], [4, 3], [5, 4]], Gifts: numbered(3, 5) }, "agency"),
  // Gifts 3 moved to the end of Conduct, as 6.
  revisionCode("moved", { Conduct: [...numbered(5), [6, 7]], Gifts: numbered(2, 5) }, "agency"),
  // A standard put first in Conduct: the five after it renumbered, one run.
  revisionCode("inserted", { Conduct: [[1, 8], [2, 0], [3, 1], [4, 2], [5, 3], [6, 4]], Gifts: numbered(3, 5) }, "agency"),
  // Conduct 3 dropped: the two after it renumbered, each told alone, as "4, 5" are listed.
  revisionCode("dropped", { Conduct: [[1, 0], [2, 1], [3, 3], [4, 4]], Gifts: numbered(3, 5) }, "agency"),
];
/** Twenty standards in one section (cited by number alone), and a revision that numbers every other one 100 on: ten runs of one. */
const long = revisionCode("long", { Conduct: numbered(20) });
const longRevised = revisionCode("long-revised", { Conduct: numbered(20).map(([number, at]) => [number % 2 === 1 ? number + 100 : number, at] as const) }, "long");
const library: Library = { ...builtIn, codes: [...builtIn.codes, agency, ...revisions, long, longRevised] };

function render(a: string, b: string, options: { full?: boolean; only?: DiffStatus[]; width?: number } = {}): string {
  const diff = diffCodes(library, a, b, options.only ? { only: options.only } : {});
  return renderDiff(diff, library, { color: false, width: options.width ?? 80, full: options.full ?? false, ...(options.only ? { only: options.only } : {}) });
}

describe("a revision's standards cited anew", () => {
  it.each([
    ["renumbered", "  8 → 8 standards: 8 same · 0 changed · 1 renumbered\n  Renumbered: Conduct 2 → 99\n"],
    ["moved", "  8 → 8 standards: 8 same · 0 changed · 1 moved\n  Moved: Gifts 3 → Conduct 6\n"],
    ["inserted", "  8 → 9 standards: 8 same · 0 changed · 1 new · 5 renumbered\n  Renumbered: Conduct 1–5 → 2–6\n"],
    ["dropped", "  8 → 7 standards: 7 same · 0 changed · 1 left out · 2 renumbered\n  Renumbered: Conduct 4 → 3 · Conduct 5 → 4\n"],
  ])("agency → %s: counted and named in the summary, old → new", (b, summary) => {
    const text = render("agency", b);
    expect(text).toContain(summary);
    for (const line of text.split("\n")) expect(visibleLength(line)).toBeLessThanOrEqual(80);
  });

  it("--only changed lists one worded the same, whole, rather than nothing", () => {
    const text = render("agency", "renumbered", { only: ["changed"] });
    expect(text).not.toContain("Nothing to list");
    expect(text).toContain(`\n\nRenumbered, worded the same (1)\n  Conduct 2 → 99: ${standardText(1)}`);
    expect(render("agency", "moved", { only: ["changed"] })).toContain("\n\nMoved, worded the same (1)\n  Gifts 3 → Conduct 6: Peer specialists respect");
    // Asked for with the same, it is one of them, labelled with its arrow.
    expect(render("agency", "renumbered", { only: ["same", "changed"] })).toContain("\nSame (8)\n  Conduct 1 · Conduct 2 → 99 · ");
  });

  it("a long list is cut short in brief, and says how many it left out; --full names them all", () => {
    const brief = render("long", "long-revised");
    expect(brief).toContain("  20 → 20 standards: 20 same · 0 changed · 10 renumbered\n  Renumbered: 1 → 101 · 3 → 103 · ");
    expect(brief).toContain(" 15 → 115 · … and 2 more: --full shows them\n");
    expect(brief).not.toContain("17 → 117");
    const full = render("long", "long-revised", { full: true });
    expect(full).toContain(" 17 → 117 · 19 → 119\n");
    expect(full).not.toContain("more: --full");
    for (const line of [...brief.split("\n"), ...full.split("\n"), ...render("long", "long-revised", { width: 40 }).split("\n")]) expect(visibleLength(line)).toBeLessThanOrEqual(80);
  });
});
