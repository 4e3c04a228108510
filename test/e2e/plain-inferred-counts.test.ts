// `ethics topics --plain` printed "riverbend* 4" for a user's code, whose counts are inferred: a
// screen reader reads the star as "star", or not at all, and the legend that explains it comes
// at the very end. With --plain each such count says so in words ("4 inferred", "none found"
// as `topic` says a user code's none); the drawn table keeps the star and its legend.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, root } from "./run.js";

const data = ["--data", join(root, "test/fixtures/riverbend")];

describe("a user code's inferred counts in the topics crosswalk", () => {
  it("--plain says them in words, with no star", () => {
    const run = ethics([...data, "topics", "--plain"], { env: { COLUMNS: "80" } });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain("*");
    expect(run.stdout).toMatch(/^gifts:\n {2}alaska 1, california 2, medi-cal 2, north-carolina 1, wisconsin 1,\n {2}riverbend 4 inferred\n/);
    expect(run.stdout).toMatch(/\ndual-relationships:\n {2}alaska 2, .*,\n {2}riverbend none found\n/);
    // The built-in codes' none is still none: only a user code's counts are inferred.
    expect(run.stdout).toContain("self-disclosure:\n  alaska none,");
    expect(run.stdout).toContain("\nInferred, and none found: a user code's counts, its topics inferred (from the\ncurated codes and the concepts' terms), not curated.\n");
  });

  it("the table keeps the star by the code's name, and its legend", () => {
    const run = ethics([...data, "topics"], { env: { COLUMNS: "200" } });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/│ riverbend\* │/);
    expect(run.stdout).toMatch(/\n\* user code: topics inferred \(from the curated codes and the concepts' terms\), not curated\.\n$/);
    expect(run.stdout).not.toContain("inferred, and none found");
  });
});
