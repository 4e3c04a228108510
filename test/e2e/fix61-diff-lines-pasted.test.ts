// Lines copied from `ethics diff` did not paste back into `show`: a pair's remark, "Medi-Cal ·
// Cultural Responsiveness & Humility 4 (similarity 0.44)", was "no code '(similarity'"; a row's,
// "North Carolina 13 (when they are unavoidable)", "no code '(when'"; a pair's first line up to
// its colon, "Medi-Cal · Safety & Protection 6:", a usage error. They are now left out, as
// topic's "· prohibits (…)" is; a reference in parentheses is not.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

/** The headings a `show` prints: its citations, one a line. */
const headings = (stdout: string) => stdout.split("\n").filter((line) => /^[A-Z]/.test(line));

describe("diff's decorations pasted into show", () => {
  it.each([
    ["Medi-Cal · Cultural Responsiveness & Humility 4 (similarity 0.44)", ["Medi-Cal · Cultural Responsiveness & Humility 4"]],
    ["North Carolina 13 (when they are unavoidable)", ["North Carolina 13"]],
    ["Medi-Cal · Safety & Protection 6:", ["Medi-Cal · Safety & Protection 6"]],
  ])("show %j", (line, shown) => {
    const result = ethics(["show", line]);
    expect(result.stderr).toBe("");
    expect(headings(result.stdout)).toEqual(shown);
    expect(result.code).toBe(0);
  });

  it("every pair line of diff nc wi shows its two standards", () => {
    const pairs = ethics(["diff", "nc", "wi"]).stdout.split("\n").filter((line) => line.includes(" → ") && line.includes("(similarity"));
    expect(pairs.length).toBeGreaterThan(0);
    for (const line of pairs) {
      const result = ethics(["show", line.trim()]);
      expect(result.stderr).toBe("");
      expect(headings(result.stdout)).toEqual(line.trim().replace(/ \(similarity [\d.]+\)$/, "").split(" → "));
      expect(result.code).toBe(0);
    }
  });

  it("a pair's first line, up to its colon, shows both", () => {
    const line = ethics(["diff", "alaska", "medi-cal"]).stdout.split("\n").find((text) => text.includes("→ Medi-Cal · Safety & Protection 6:"))!;
    const result = ethics(["show", line.trim().slice(0, line.trim().indexOf(":") + 1)]);
    expect(result.stderr).toBe("");
    expect(headings(result.stdout)).toEqual(["Alaska · Relationship with Clients 3", "Medi-Cal · Safety & Protection 6"]);
    expect(result.code).toBe(0);
  });

  it("a reference in parentheses is not left out", () => {
    const result = ethics(["show", "wi 12 (nc 2)"]);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^ethics: '2\)' is not a standard number; North Carolina has 1–21\n/);
    expect(result.code).toBe(2);
  });
});
