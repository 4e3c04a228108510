// What the data says is what the sources say (issue 14, item 9): provenance names the published
// document, never our file; each code's scope in its source's words, or that the source does not
// say; signature lines as the source has them; titles and headings that are the editor's say so.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, root } from "./run.js";

const userCodes = join(root, "test/fixtures/user-codes");
const COLUMNS = { COLUMNS: "80" };

describe("show <code>: provenance, scope, signature lines", () => {
  it.each([
    [
      "alaska",
      [
        "  Document: Code of Ethics for Alaska Peer Support Professionals\n  Issued by: Peer Support Advisory Board\n  Adopted: 9/21/20\n",
        "  Scope: “The code will serve as a guide for Peer Support Professionals (PSP) in\n         Alaska by defining",
        "  Editor's note: The attestation names “the ACBHC Peer Support Professional Code",
        "\n\n  Printed Name: _____\n  Signature: _____ Date: _____\n",
      ],
    ],
    [
      "medi-cal",
      [
        "  Document: Medi-Cal Peer Support Specialist Code of Ethics\n  Notice: Behavioral Health Information Notice No: 25-010\n  Editor's note: The source names the notice only in a footnote",
        "  Scope: “This Code of Ethics is non-binding for peer support workers who are\n         not delivering Medi-Cal Peer Support Services.”\n",
        "\n\n  Name (legible full legal name)\n  Name (signature/e-signature) Date (mm/dd/yyyy)\n",
      ],
    ],
    [
      "wisconsin",
      [
        "Code of Conduct for Peer Specialists\nWisconsin\n  Editor's note: The title is the editor's: the source's only heading is “Code\n                 Of Conduct”",
        "  Document: Code Of Conduct\n",
        "  Scope: “The following principles will guide Peer Specialists",
      ],
    ],
    ["north-carolina", ["  Document: The North Carolina Certified Peer Support Specialist Code of Ethics\n", "  Scope: “This code outlines uniform standards and expectations to North\n         Carolina Certified Peer Support Specialists in the workplace.”\n"]],
    ["california", ["  Document: Working Well Together Code of Ethics for Peer Providers in\n            California\n", "  Scope: “For the purpose of this document Peer Provider refers to anyone who is\n", "Working Well Together · Family Driven and Child-Centered\n  Editor's note: The source's text reads “Family Driven and Child- Centered”,"]],
  ])("%s", (id, expected) => {
    const { stdout, code } = ethics(["show", id], { env: COLUMNS });
    expect(code).toBe(0);
    for (const text of expected) expect(stdout).toContain(text);
    expect(stdout).not.toMatch(/\.txt\b|Transcribed from/);
    expect(stdout).not.toContain("BHIN 25-010");
  });

  it("a code whose source does not say whom it binds says so", () => {
    const { stdout } = ethics(["--data", userCodes, "show", "riverside"], { env: COLUMNS });
    expect(stdout).toContain("  Document: Riverside Peer Services Code of Conduct\n");
    expect(stdout).toContain("  Scope: the source does not say whom it binds\n");
  });

  it("md handouts carry the same: document, scope, remarks, signature lines", () => {
    const md = ethics(["export", "--format", "md", "--code", "alaska", "--code", "wisconsin"]).stdout;
    expect(md).toContain("**Document:** Code of Ethics for Alaska Peer Support Professionals");
    expect(md).toContain("**Scope:** “The code will serve as a guide for Peer Support Professionals (PSP) in Alaska");
    expect(md).toContain("## Attestation\n\nI hereby attest");
    expect(md).toContain("\n\nPrinted Name: \\_\\_\\_\\_\\_\n\nSignature: \\_\\_\\_\\_\\_ Date: \\_\\_\\_\\_\\_\n");
    expect(md).toContain("# Code of Conduct for Peer Specialists\n\n*Wisconsin*\n\n*Editor's note: The title is the editor's");
    expect(md).not.toMatch(/\.txt\b/);
  });
});

describe("--json carries scope, signature and the editor's remarks", () => {
  it("list --json: every code's scope, null where the source does not say", () => {
    const { codes } = JSON.parse(ethics(["--data", userCodes, "list", "--json"]).stdout);
    const scopes = Object.fromEntries(codes.map((code: { id: string; scope: string | null }) => [code.id, code.scope]));
    expect(scopes["medi-cal"]).toBe("This Code of Ethics is non-binding for peer support workers who are not delivering Medi-Cal Peer Support Services.");
    expect(scopes["riverside-agency"]).toBeNull();
    for (const id of ["alaska", "california", "north-carolina", "wisconsin"]) expect(typeof scopes[id]).toBe("string");
    const outline = JSON.parse(ethics(["list", "nc", "--json"]).stdout);
    expect(outline.scope).toContain("North Carolina Certified Peer Support Specialists");
  });

  it("show <code> --json: the whole code with the new fields", () => {
    const code = JSON.parse(ethics(["show", "medi-cal", "--json"]).stdout);
    expect(code.source).toEqual({
      document: "Medi-Cal Peer Support Specialist Code of Ethics",
      notice: "Behavioral Health Information Notice No: 25-010",
      transcript: "medi-cal-peer-support-specialist.txt",
      derivedFrom: "california",
    });
    expect(code.signature).toEqual(["Name (legible full legal name)", "Name (signature/e-signature) Date (mm/dd/yyyy)"]);
    expect(Object.keys(code.editorial)).toEqual(["notice", "derivedFrom"]);
    const california = JSON.parse(ethics(["show", "california", "family", "--json"]).stdout);
    expect(california.editorial.title).toContain("“Family Driven and Child- Centered”");
  });
});
