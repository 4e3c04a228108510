// "How does Alaska's code differ from Medi-Cal's on gifts?": diff --topic compares two codes on
// one matter, a topic or a concept, as `ethics topic` names them.
import { describe, expect, it } from "vitest";
import { ethics, expectShortFailure } from "./run.js";

describe("ethics diff --topic", () => {
  it("compares two codes written apart on one topic, and says so in its heading", () => {
    const { stdout, stderr, code } = ethics(["diff", "alaska", "medi-cal", "--topic", "gifts"], { env: { COLUMNS: "80" } });
    expect([code, stderr]).toEqual([0, ""]);
    const lines = stdout.split("\n");
    expect(lines[0]).toBe("Alaska → Medi-Cal on Gifts");
    expect(stdout).toContain("Accepting gifts · Giving gifts");
    expect(stdout).toContain("Medi-Cal defers     Integrity 5; Integrity 6 (aspires)");
    // Nothing of another matter: the whole comparison lists records and fraud.
    expect(stdout).not.toContain("records");
    expect(stdout).not.toContain("Supervision");
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(80);
  });

  it("pairs no standard off the topic: a code with none on it has none in a pair", () => {
    // Wisconsin has no standard on cultural responsiveness (`ethics topic cultural-responsiveness
    // --code wi`: not addressed), yet the report paired Alaska's two with Wisconsin 6 and 7.
    const args = ["diff", "alaska", "wisconsin", "--topic", "cultural-responsiveness"];
    const { stdout, stderr, code } = ethics(args, { env: { COLUMNS: "80" } });
    expect([code, stderr]).toEqual([0, ""]);
    expect(stdout).toContain("\n  2 standards → 0: 0 compared by concept · 2 only in Alaska ·\n    0 only in Wisconsin · 0 pairs by wording\n  Concepts: 0 both address · 2 only Alaska · 0 only Wisconsin\n");
    expect(stdout).toContain("\n\nOnly in Alaska (2): no standard of Wisconsin shares a concept\n  Relationship with Clients 4, 6\n");
    expect(stdout).not.toContain("Pairs by wording");
    expect(stdout).not.toContain("Wisconsin 6");
    for (const line of stdout.split("\n")) expect([...line].length).toBeLessThanOrEqual(80);
    const json = JSON.parse(ethics([...args, "--json"]).stdout);
    expect(json.pairs).toEqual([]);
    expect(json.onlyA.map((standard: { citation: string }) => standard.citation)).toEqual([
      "Alaska · Relationship with Clients 4",
      "Alaska · Relationship with Clients 6",
    ]);
    expect([json.b.standards, json.onlyB, json.relatedB]).toEqual([0, [], []]);
  });

  it("takes a concept, and an entry term of one, as `ethics topic` does", () => {
    const { stdout, code } = ethics(["diff", "wisconsin", "alaska", "-t", "hug"]);
    expect(code).toBe(0);
    expect(stdout.split("\n")[0]).toBe("Wisconsin → Alaska on Physical contact and touch");
  });

  it("narrows a revision to the standards on the matter", () => {
    const { stdout, code } = ethics(["diff", "wwt", "medi-cal", "--topic", "gifts"]);
    expect(code).toBe(0);
    expect(stdout).toContain("2 → 2 standards: 2 same · 0 changed");
  });

  it("says so where neither code has a standard on the matter, rather than the summary's zeros alone", () => {
    const { stdout, stderr, code } = ethics(["diff", "nc", "wi", "--topic", "ending-or-changing-the-relationship"], { env: { COLUMNS: "80" } });
    expect([code, stderr]).toEqual([0, ""]);
    expect(stdout.endsWith("\n\nNeither North Carolina nor Wisconsin addresses Ending or changing the\nrelationship.\n")).toBe(true);
    const inSection = ethics(["diff", "wwt", "medi-cal", "--section", "hope", "--topic", "gifts"]);
    expect(inSection.stdout).toContain("\n\nNo standard of the sections compared is on Gifts.\n");
  });

  it("names the theme in --json", () => {
    const { stdout, code } = ethics(["diff", "alaska", "medi-cal", "--topic", "accepting-gifts", "--json"]);
    expect(code).toBe(0);
    const diff = JSON.parse(stdout);
    expect(diff.theme).toEqual({ id: "accepting-gifts", name: "Accepting gifts" });
    expect(diff.concepts.map((row: { id: string }) => row.id)).toEqual(["accepting-gifts"]);
  });

  it.each([
    [["diff", "alaska", "medi-cal", "--topic", "giffts"], 1, "no topic or concept 'giffts' — did you mean gifts?"],
    [["diff", "alaska", "medi-cal", "--topic", "gifts and confidentiality"], 2, "--topic takes one topic or concept, not 2"],
  ])("%j: a short message, exit %i", (args, exitCode, message) => {
    expectShortFailure(ethics(args), exitCode, message);
  });
});
