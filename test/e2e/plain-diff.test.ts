// --plain diff, for a screen reader or a braille display. Its marks were read badly: "Alaska
// right arrow Medi-Cal", "served right arrow engaging in services times 22", and at a screen
// reader's usual punctuation level the arrow and the en dash not at all: "Holistic Wellness 1 4
// 2 5", two numbers where four standards were renumbered. With --plain they are said in words.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

const MARKS = /[→–×]/;

describe("--plain diff", () => {
  it("says the codes compared, their pairs and the runs of citations in words", () => {
    const run = ethics(["--plain", "diff", "alaska", "medi-cal"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Alaska to Medi-Cal\n/);
    expect(run.stdout).toContain("  22 standards to 108: 69 compared by concept; 3 only in Alaska");
    // Codes written apart are paired, not revised one into the other: "to", as in the title.
    expect(run.stdout).toContain("  Alaska · Relationship with Clients 4 to Medi-Cal · Cultural Responsiveness & Humility 4 (similarity 0.44)\n");
    expect(run.stdout).toContain("Family Driven and Child-Centered 2 to 8; Holistic Wellness 2 to 4;");
    expect(run.stdout).not.toMatch(MARKS);
  });

  it("says a revision's substitutions, renamings and renumberings in words", () => {
    const run = ethics(["--plain", "diff", "california", "medi-cal"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Working Well Together to Medi-Cal\n/);
    expect(run.stdout).toContain("  96 to 108 standards: 26 same");
    expect(run.stdout).toContain("Substituted throughout: “served” becomes “engaging in services”, 22 times; “served” becomes “supported”, 7 times;");
    expect(run.stdout).toContain("“Medi-Cal” added, 2 times\n");
    expect(run.stdout).toContain("  Renamed: Cultural Relevancy to Cultural Responsiveness & Humility\n");
    expect(run.stdout).toContain("  Renumbered: Holistic Wellness 1 to 4 become 2 to 5; Authenticity 2 to 6 become 3 to 7; Cultural Relevancy 1 to 5 become Cultural Responsiveness & Humility 2 to 6;");
    expect(run.stdout).toContain("\n  Respect 8 becomes 7: Accept each other");
    expect(run.stdout).not.toMatch(MARKS);
  });

  it("says a merge and where each substitution was made in words, in full", () => {
    const run = ethics(["--plain", "diff", "california", "medi-cal", "--full"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("\n  Respect 4 and 5 become Respect 4: Provide empathy");
    expect(run.stdout).toContain("\n  “serve” becomes “support”, 5 times, in Medi-Cal Person-Driven 6;");
    expect(run.stdout).not.toMatch(MARKS);
  });

  // git's marks were read "left bracket dash served dash right bracket left brace plus …", or
  // not at all, the words removed and added run on into the text as one wording.
  it("says each change of a redline in words, as a substitution made throughout is said", () => {
    const run = ethics(["--plain", "diff", "california", "medi-cal", "--full"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Provide empathy and [“be” added] able to");
    expect(run.stdout).toContain("the persons [“served” becomes “engaging in services”] bring to the recovery/[a space removed]resiliency relationship.");
    expect(run.stdout).toContain("and grow [“from dependence on the system” removed] toward healthy");
    expect(run.stdout).toContain("in the recovery[“/” becomes a space]resiliency journey[“,” removed] and");
    expect(run.stdout).toContain("    Note: [“*Behavioral Health Information Notice No: 25-010” added]\n");
    expect(run.stdout).not.toMatch(/\[-|-\]|\{\+|\+\}/);
  });

  it("sets listed names and counts apart with a ';', which a screen reader pauses at", () => {
    const revision = ethics(["--plain", "diff", "california", "medi-cal"]);
    expect(revision.stdout).toContain("  96 to 108 standards: 26 same; 69 changed; 13 new; 1 merge; 23 renumbered\n");
    const apart = ethics(["--plain", "diff", "alaska", "medi-cal"]);
    expect(apart.stdout).toContain("  Concepts: 76 both address; 9 only Alaska; 65 only Medi-Cal\n");
    expect(apart.stdout).toContain("  Fraud and certification: Honest certification applications; Lending your certification");
    // Only a citation's "·" is left: between a code's name and its section's.
    const citationMark = /(?:Alaska|Working Well Together|Medi-Cal) · /g;
    for (const run of [revision, apart, ethics(["--plain", "diff", "california", "medi-cal", "--full"]), ethics(["--plain", "diff", "alaska", "medi-cal", "--full"])]) {
      expect(run.stdout.replace(citationMark, "")).not.toContain("·");
    }
  });

  it("breaks a run said in words before what it becomes, never inside a number's words", () => {
    const run = ethics(["--plain", "diff", "california", "medi-cal"], { env: { COLUMNS: "30" } });
    expect(run.stdout).toContain("\n    Respect 5 to 13\n    become 4 to 12\n");
  });

  it("says a comparison on a matter in words", () => {
    const run = ethics(["--plain", "diff", "alaska", "medi-cal", "--topic", "gifts"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Alaska to Medi-Cal on Gifts\n {2}Written apart/);
    expect(run.stdout).toContain("  1 standard to 2:");
    expect(run.stdout).not.toMatch(MARKS);
  });

  it("leaves the JSON as it is", () => {
    for (const codes of [["alaska", "medi-cal"], ["california", "medi-cal", "--full"]]) {
      expect(ethics(["--plain", "diff", ...codes, "--json"]).stdout).toBe(ethics(["diff", ...codes, "--json"]).stdout);
    }
  });

  it("leaves the marks to those who did not ask", () => {
    const run = ethics(["diff", "california", "medi-cal"]);
    expect(run.stdout).toMatch(/^Working Well Together → Medi-Cal\n/);
    expect(run.stdout).toContain("“served” → “engaging in services” ×22 · “served” → “supported” ×7");
    expect(run.stdout).toContain("persons [-served-]{+engaging in services+} bring");
    expect(run.stdout).toContain("Renumbered: Holistic Wellness 1–4 → 2–5");
  });
});
