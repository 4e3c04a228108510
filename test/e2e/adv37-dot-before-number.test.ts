// A citation written with a dot before its number too, "Medi-Cal · Integrity · 12" (as a
// breadcrumb sets each part apart), was "'Medi-Cal · Integrity ·' has two ·" with the hint to
// put ; between two references, though it is one. A · with only numbers after it is now read
// as the space before them; two names after two dots are still two references.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

describe("a · before a citation's number", () => {
  it.each([[["Medi-Cal · Integrity · 12"]], [["Medi-Cal·Integrity·12"]], [["medi-cal", "·", "integrity", "·", "12"]]])("%j is Medi-Cal Integrity 12", (args) => {
    const run = ethics(["show", ...args]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe(ethics(["show", "medi-cal", "integrity", "12"]).stdout);
  });

  it("a second · before a name is still refused", () => {
    const run = ethics(["show", "Alaska · Conduct · Medi-Cal"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("has two ·");
  });
});
