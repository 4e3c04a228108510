// `ethics topic "substance use and impairment"` said "Working Well Together — not addressed" (and
// so of North Carolina and Wisconsin), while its --json and `topic working-under-the-influence`
// list their general rules that bear on it: a reader wrote that the codes are silent. Such a code
// has no standard of its own on the theme, and its general rules are named under it.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";
import { visibleLength } from "../../src/core/text-width.js";

describe("a code with general rules on a theme, and no standard of its own", () => {
  it("says so, and names them, within 80 columns", () => {
    const run = ethics(["topic", "substance", "use", "and", "impairment"], { env: { COLUMNS: "80" } });
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(run.stdout).toContain("\n\nWorking Well Together — no standard of its own\n  see also 1 general rule: Integrity 9\n\nMedi-Cal — prohibits\n");
    expect(run.stdout).toContain("\n\nNorth Carolina — no standard of its own\n  see also 1 general rule: North Carolina 1\n\nWisconsin — no standard of its own\n  see also 1 general rule: Wisconsin 2\n");
    expect(run.stdout).not.toContain("not addressed");
    for (const line of run.stdout.split("\n").filter((each) => /no standard of its own|see also/.test(each))) expect(visibleLength(line)).toBeLessThanOrEqual(80);
  });

  it("a code with neither is still not addressed", () => {
    const run = ethics(["topic", "ending-or-changing-the-relationship"], { env: { COLUMNS: "80" } });
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(run.stdout).toContain("\n\nNorth Carolina — not addressed\n\nWisconsin — not addressed\n");
    expect(run.stdout).toContain("\n\nMedi-Cal — no standard of its own\n  see also 3 general rules: Authenticity 1, Respect 6,\n    Wellness, Recovery, and Resiliency 6\n");
  });

  it("--json is as it was: the rules are its concepts' related", () => {
    const report = JSON.parse(ethics(["topic", "substance-use-and-impairment", "--json"]).stdout);
    expect(report.codes.find((entry: { code: string }) => entry.code === "california")).toEqual({ code: "california", strength: null, standards: [] });
    expect(report.concepts[0].related).toContainEqual({ code: "california", citations: ["Working Well Together · Integrity 9"] });
  });
});
