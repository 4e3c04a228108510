// The diff report, read in one sitting: at most 200 lines and 80 columns at width 80 for every
// pair of the five codes; a revision brief (what is new early, substitutions said once, changes
// of punctuation counted and not shown); codes written apart by concept; colour never the only
// mark of a change.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { diffCodes } from "../../src/core/compare/diff.js";
import { readDataDirectory } from "../../src/core/library/read-data.js";
import { renderDiff } from "../../src/render/diff.js";
import { visibleLength } from "../../src/render/terminal-text.js";

const library = readDataDirectory(join(import.meta.dirname, "../../data"));
const ids = library.codes.map((code) => code.id);
const orderedPairs = ids.flatMap((a) => ids.filter((b) => b !== a).map((b) => [a, b] as const));

function render(a: string, b: string, options: { color?: boolean; width?: number; full?: boolean; only?: ("same" | "changed" | "added" | "removed")[] } = {}): string {
  const diff = diffCodes(library, a, b, options.only ? { only: options.only } : {});
  return renderDiff(diff, library, { color: options.color ?? false, width: options.width ?? 80, full: options.full ?? false, ...(options.only ? { only: options.only } : {}) });
}

describe("every pair of the five codes, at 80 columns", () => {
  it.each(orderedPairs)("%s → %s: at most 200 lines, none wider than 80 columns", (a, b) => {
    for (const color of [false, true]) {
      const lines = render(a, b, { color }).split("\n");
      expect(lines.length).toBeLessThanOrEqual(200);
      expect(lines.filter((line) => visibleLength(line) > 80)).toEqual([]);
    }
  });

  it.each([
    ["alaska", "medi-cal"],
    ["california", "medi-cal"],
  ])("%s → %s in full: everything, still within 80 columns and 60", (a, b) => {
    for (const width of [80, 60]) {
      const lines = render(a, b, { full: true, width }).split("\n");
      expect(lines.length).toBeGreaterThan(300);
      expect(lines.filter((line) => visibleLength(line) > width)).toEqual([]);
    }
  });
});

describe("a revision, in brief", () => {
  const text = render("california", "medi-cal");
  const headings = text.split("\n").filter((line) => /^\S/.test(line));

  it("opens with its lineage, the editor's note that it is our reading, and the counts", () => {
    expect(text.split("\n").slice(0, 13)).toEqual([
      "Working Well Together → Medi-Cal",
      "  A revision: Medi-Cal derives from Working Well Together.",
      "  Editor's note: The project's reading of the texts; neither names the other.",
      "  96 → 108 standards: 26 same · 69 changed · 13 new · 1 merge · 23 renumbered",
      "  Changed: 17 in punctuation only · 23 by substitutions only · 29 reworded",
      "  Substituted throughout: “served” → “engaging in services” ×22 ·",
      "    “served” → “supported” ×7 · “serve” → “support” ×5 · “Medi-Cal” added ×2",
      "  Renamed: Cultural Relevancy → Cultural Responsiveness & Humility",
      // Worded the same or not, each cited anew: Medi-Cal inserted standards before them.
      "  Renumbered: Holistic Wellness 1–4 → 2–5 · Authenticity 2–6 → 3–7 ·",
      "    Cultural Relevancy 1–5 → Cultural Responsiveness & Humility 2–6 ·",
      "    Respect 5–13 → 4–12",
      // Medi-Cal Confidentiality 3 adds a sentence that binds on what Working Well Together's allows
      "  By concept, Medi-Cal adds 10, drops 0; binds more strongly on 1, less on 0",
      "",
    ]);
  });

  it("lists what Medi-Cal adds early: its concepts, then its new standards whole, before any redline", () => {
    expect(headings.slice(1, 6)).toEqual([
      "Medi-Cal adds (10 concepts)",
      "Medi-Cal binds more strongly (1 concept)",
      "New in Medi-Cal, on matters Working Well Together does not address",
      "New in Medi-Cal, on matters Working Well Together also addresses",
      "Merged in Medi-Cal",
    ]);
    expect(text).toContain("  Integrity 12: Shall not provide services under the influence");
    expect(text).toContain("    b. Over-the-counter drugs or medications used in the dosage and frequency");
  });

  it("tells the merge once, with its redline, and never again as left out or reworded", () => {
    // The summary's "Respect 5–13 → 4–12" says that they are cited anew, not what became of them.
    const lines = text.split("\n").filter((line) => /Respect [45]\b(?!–)/.test(line));
    // Its parts joined against the one: Medi-Cal added "be", not the whole of Respect 4's words.
    expect(lines).toEqual(["  Respect 4 + 5 → Respect 4: Provide empathy and {+be+} able to “put oneself in"]);
    expect(text).not.toContain("Left out");
  });

  it("does not print changes of punctuation, the substitutions made throughout, or the same words", () => {
    expect(text).not.toContain("Family Driven and Child-Centered 1:"); // a comma
    expect(text).not.toContain("Respect 1:"); // served → engaging in services
    expect(text).not.toContain("Person-Driven 3"); // the same
    expect(text).toContain("  Respect 13 → 12: Communicate with co-workers and colleagues in ways that");
  });

  it("keeps a change of spacing in one piece", () => {
    expect(text).toContain("recovery/[-\u00a0-]resiliency");
  });

  it("--full prints every redline, and where each substitution was made", () => {
    const full = render("california", "medi-cal", { full: true });
    expect(full).toContain("  Family Driven and Child-Centered 1: Promote the family member’s ethical");
    expect(full).toContain("  Respect 1: Provide a welcoming environment for persons");
    expect(full).toMatch(/“served” → “engaging in services” ×22, in Medi-Cal Person-Driven 2, 5, 7, 9;/);
    expect(full).toContain("Same (26)");
  });
});

// A merge was redlined against the one part it pairs with: Working Well Together's Respect 4 read
// as all added ("{+Provide empathy and be able to …+}"), when Medi-Cal added only "be".
describe("a merge or split is redlined against its parts joined, in order", () => {
  it.each([
    [
      "california",
      "medi-cal",
      [
        "Merged in Medi-Cal",
        "  Respect 4 + 5 → Respect 4: Provide empathy and {+be+} able to “put oneself in",
        "    the other person’s shoes.” Will make an honest effort to empathize with the",
        "    emotional connection and cultural context that the persons",
        "    [-served-]{+engaging in services+} bring to the recovery/[-\u00a0-]resiliency",
        "    relationship.",
      ],
    ],
    [
      "medi-cal",
      "california",
      [
        "Split in Working Well Together",
        "  Respect 4 → Respect 4 + 5: Provide empathy and [-be-] able to “put oneself in",
        "    the other person’s shoes.” Will make an honest effort to empathize with the",
        "    emotional connection and cultural context that the persons [-engaging in",
        "    services-]{+served+} bring to the recovery/{+\u00a0+}resiliency relationship.",
      ],
    ],
  ])("%s → %s", (a, b, expected) => {
    expect(render(a, b)).toContain(`\n\n${expected.join("\n")}\n\n`);
  });
});

describe("codes written apart", () => {
  const text = render("alaska", "medi-cal");

  it("summarise by concept: what both address, what only one does, where each binds more strongly", () => {
    expect(text.split("\n").slice(0, 7)).toEqual([
      "Alaska → Medi-Cal",
      "  Written apart: compared by what their rules are about.",
      "  22 standards → 108: 69 compared by concept · 3 only in Alaska ·",
      "    46 only in Medi-Cal · 12 in 6 pairs by wording",
      "  Concepts: 76 both address · 9 only Alaska · 65 only Medi-Cal",
      "  Binds more strongly: Alaska on 5 · Medi-Cal on 2 · neither on 69:",
      "    39 alike, read the same · 30 as firmly, read otherwise (--full lists them)",
    ]);
  });

  it("show Alaska's gift rule against Medi-Cal's, each with its strength and what narrows it", () => {
    expect(text).toContain(
      [
        "Alaska binds more strongly (5 concepts)",
        "  Accepting gifts · Giving gifts · Gift value limits · Agency policy on gifts",
        "    Alaska   prohibits  Conflicts of Interest 3 (substantial gifts or loans;",
        "                        note: as deemed inappropriate or unacceptable by the",
        "                        agency)",
        "    Medi-Cal defers     Integrity 5; Integrity 6 (aspires)",
        // Medi-Cal's exceptions (items a and b of Integrity 12) allow what Alaska's rule covers.
        "  Prescribed and over-the-counter medication",
        "    Alaska   requires   Conduct 4",
        "    Medi-Cal allows     Integrity 12",
      ].join("\n"),
    );
  });

  // Listed under "requires" unmarked, a standard whose exception allows the matter read as a
  // rule against it.
  it("mark a standard that only allows the matter beside a side that binds on it", () => {
    expect(render("alaska", "medi-cal", { full: true })).toContain(
      [
        "  Privacy laws (HIPAA, 42 CFR Part 2)",
        "    Alaska   requires   Conduct 6",
        "    Medi-Cal requires   Integrity 11 (allows: unless such disclosure of",
      ].join("\n"),
    );
  });

  it("name what only one code has by citation, and the pairs worded alike by full citation", () => {
    expect(text).toContain("Only in Alaska (3): no standard of Medi-Cal shares a concept\n  Relationship with Clients 1, 2, 9\n");
    expect(text).toContain("  Alaska · Relationship with Clients 3 → Medi-Cal · Safety & Protection 6:");
    // The brief report names the first pairs and how many more (its concept sections come first):
    // at 80 columns all six fit in its 200 lines; at 40 the wrapped concept sections leave room
    // for one.
    expect(text).toContain("Pairs by wording (6)");
    expect(text).not.toContain("more: --full shows them");
    expect(render("alaska", "medi-cal", { width: 40 })).toContain("  … and 5 more: --full shows them");
    const full = render("alaska", "medi-cal", { full: true });
    expect(full).toContain("  Alaska · Conduct 6 → Medi-Cal · Confidentiality 4 (similarity 0.36)");
    expect(full).not.toContain("Authenticity 4 (similarity"); // the cost of services is not the scope of practice
  });

  it("name a code of one section before its numbers", () => {
    expect(render("north-carolina", "wisconsin")).toContain("Only in Wisconsin (3): no standard of North Carolina shares a concept\n  Wisconsin 3, 6, 13");
  });
});

describe("colour is never the only mark of a change", () => {
  it("keeps git's brackets around what is coloured", () => {
    for (const [a, b] of [["california", "medi-cal"], ["alaska", "medi-cal"]] as const) {
      const coloured = render(a, b, { color: true });
      expect(coloured).toContain("\u001b[31m[-");
      // Without its colours, the coloured report is the plain one, brackets and all.
      expect(coloured.replace(/\u001b\[[0-9;]*m/g, "")).toBe(render(a, b));
    }
    expect(render("california", "medi-cal", { color: true })).toContain("\u001b[31m[-served-]\u001b[39m\u001b[32m{+engaging\u001b[39m");
  });
});

describe("--only", () => {
  it("added: what is new in B, without redlines or the concept sections", () => {
    const text = render("california", "medi-cal", { only: ["added"] });
    expect(text).toContain("New in Medi-Cal, on matters Working Well Together does not address");
    expect(text).not.toContain("Reworded");
    expect(text).not.toMatch(/^Medi-Cal adds \(\d+ concepts\)$/m);
    // What --only asks for is listed in full.
    expect(render("alaska", "medi-cal", { only: ["removed"] })).toMatch(/Only in Alaska \(3\)[^\n]*\n\n  Alaska · Relationship with Clients 1\n    I will clearly explain my role/);
    expect(render("california", "medi-cal", { only: ["changed"] })).toContain("  Respect 1: Provide a welcoming environment for persons");
  });
});

// A name or citation of many words is a phrase a line breaks around, not inside, wherever a
// narrower terminal leaves a better place to break.
describe("at narrow widths", () => {
  it("a standard one code has starts with its citation whole, its text after it", () => {
    // Set as the first line's indent, the citation was followed by "Acknowledge", one column too wide.
    const lines = render("medi-cal", "california", { width: 50 }).split("\n");
    const at = lines.indexOf("  Cultural Responsiveness & Humility 1:");
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toBe("    Acknowledge the importance of language and");
    expect(lines.filter((line) => visibleLength(line) > 50)).toEqual([]);
  });

  it("the title, the lineage and the headings break around a code's name and a count, not inside them", () => {
    // Were: "Medi-Cal → Working Well" / "Together", "Left out of Working Well" / "Together, …",
    // "Working Well Together drops (10" / "concepts)".
    const narrow = render("medi-cal", "california", { width: 30 });
    expect(narrow).toMatch(/^Medi-Cal →\nWorking Well Together\n/);
    expect(narrow).toContain("\n\nWorking Well Together drops\n(10 concepts)\n");
    expect(narrow).toContain("\n\nLeft out of\nWorking Well Together, on\nmatters it does not address\n");
    // Was: "A revision: Medi-Cal derives from Working Well" / "Together."
    expect(render("medi-cal", "california", { width: 50 })).toContain("\n  A revision: Medi-Cal derives from\n  Working Well Together.\n");
  });

  it("an editor's note goes on two columns in where its label leaves too little room, and keeps a section's title whole", () => {
    // Was hung 17 columns in: "reading of" / "the texts;" / "neither names" / "the other."
    expect(render("medi-cal", "california", { width: 30 })).toContain("\n  Editor's note: The project's\n    reading of the texts;\n    neither names the other.\n");
    // Was: "standard 1 of Family Driven and" / "Child-Centered."
    expect(render("medi-cal", "california", { width: 60, full: true })).toContain("standard 1 of\n                   Family Driven and Child-Centered.\n");
  });

  it("what the other code says on a left-out standard's matters keeps the code's name and each concept's whole", () => {
    // Was: "on Holding hope and not limiting what is" / "possible: Hope 1;".
    expect(render("medi-cal", "california", { width: 80, full: true })).toContain(
      "\n    Also in Working Well Together, on\n      Holding hope and not limiting what is possible: Hope 1;\n",
    );
    // Was: "Also in Working Well" / "Together, on Holding".
    expect(render("medi-cal", "california", { width: 30, full: true })).toContain("\n    Also in\n      Working Well Together,\n      on Holding hope");
  });

  it("the summary's counts break between counts, not inside one", () => {
    // Were: "26 same · 69 changed · 13" / "new", "Binds more strongly: Wisconsin on 3 · Working" / "Well Together on 7".
    expect(render("california", "medi-cal", { width: 50 })).toContain("\n  96 → 108 standards: 26 same · 69 changed ·\n    13 new · 1 merge · 23 renumbered\n");
    expect(render("wisconsin", "california", { width: 50 })).toContain("\n  Binds more strongly: Wisconsin on 3 ·\n    Working Well Together on 5 · neither on 64:\n    48 alike, read the same ·\n    16 as firmly, read otherwise\n    (--full lists them)\n");
  });

  it("a list of concepts or topics breaks between names, not inside one", () => {
    // Were: "Keeping required records · Falsified or inaccurate" / "records" at 80 columns,
    // "· Reporting" / "abuse and neglect ·" in full, and "Fraud and" / "certification ·" among the topics at 40.
    expect(render("alaska", "california", { width: 80 })).toContain("\n  Documentation and records: Keeping required records ·\n    Falsified or inaccurate records\n");
    expect(render("alaska", "california", { width: 80, full: true })).toContain("\n  Risk of suicide or self-harm · Harm to others and the duty to warn ·\n    Reporting abuse and neglect · Disclosures the law requires\n");
    expect(render("alaska", "california", { width: 40, full: true })).toContain("\n    Fraud and certification ·\n");
  });

  it("a full citation no line holds breaks after its code's name, and a code's name stays whole in counts and substitutions", () => {
    // Was: "Working Well Together · Safety &" / "Protection 6: [-I will".
    expect(render("alaska", "california", { width: 40 })).toContain("\n    Working Well Together ·\n    Safety & Protection 6: [-I will");
    // Was: "63 only Working Well" / "Together · 17 only Alaska".
    expect(render("california", "alaska", { width: 30 })).toContain("\n    63 only\n    Working Well Together ·\n");
    // Was: "“supported” → “served” ×7, in Working Well" / "Together Respect 10, 11;".
    expect(render("medi-cal", "california", { width: 50, full: true })).toContain("“supported” → “served” ×7, in\n    Working Well Together Respect 10, 11;\n");
  });

  it("a redline's word no line holds breaks where its removal meets its addition, not inside a bracket", () => {
    // Was: "[-resiliency-]{+Resiliency.+" / "}", cut where the line ran out.
    const narrow = render("medi-cal", "california", { width: 30 });
    expect(narrow).toContain("\n    and/or [-resiliency-]\n    {+Resiliency.+}\n");
    // In colour, each piece keeps its own.
    expect(render("medi-cal", "california", { width: 30, color: true }).replace(/\u001b\[[0-9;]*m/g, "")).toBe(narrow);
  });

  it("in colour, breaks where it does without: no line starts with a painted '·'", () => {
    // Was, at 50 in full: "keeping the focus on the person" / "· Inspiring hope by modeling
    // recovery:" in colour, "… on the" / "person ·" / "Inspiring hope …" without.
    for (const [a, b, width] of [["medi-cal", "california", 50], ["alaska", "california", 30]] as const) {
      const coloured = render(a, b, { width, full: true, color: true });
      expect(coloured.replace(/\u001b\[[0-9;]*m/g, "")).toBe(render(a, b, { width, full: true }));
    }
  });

  it("a renamed section's titles break around each title, not inside it", () => {
    // Was: "Renamed: Cultural Responsiveness & Humility → Cultural" / "Relevancy".
    expect(render("medi-cal", "california", { width: 60 })).toContain("\n  Renamed: Cultural Responsiveness & Humility →\n    Cultural Relevancy\n");
    // Was: "Renamed: Cultural Relevancy" / "→ Cultural Responsiveness" / "& Humility".
    expect(render("california", "medi-cal", { width: 30 })).toContain("\n  Renamed:\n    Cultural Relevancy →\n    Cultural Responsiveness &\n    Humility\n");
  });
});
