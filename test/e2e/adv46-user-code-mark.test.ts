// search marks a user's code's hits "(user code)", and show its headings "(user code: <file>)":
// pasted into `show`, "Riverside · Boundaries 1 (user code)" was "no code '(user'", where a
// built-in code's heading cites back as printed. The mark is now left out of the reference.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, root } from "./run.js";

const data = join(root, "test/fixtures/user-codes");
const GIFTS = "  Will not accept gifts of more than token value from people they support.\n";

describe("a user's code's heading pasted into show", () => {
  it("the heading search prints reads back as its standard", () => {
    const searched = ethics(["--data", data, "search", "token value", "--code", "riverside"]);
    expect(searched.code).toBe(0);
    const heading = searched.stdout.split("\n")[0]!;
    expect(heading).toBe("Riverside · Boundaries 1 (user code)");
    const shown = ethics(["--data", data, "show", heading]);
    expect(shown.stderr).toBe("");
    expect(shown.code).toBe(0);
    expect(shown.stdout).toBe(`Riverside · Boundaries 1\n${GIFTS}`);
  });

  it("beside another citation, as a pasted list of hits", () => {
    const shown = ethics(["--data", data, "show", "Riverside · Boundaries 1 (user code)", "Alaska · Conduct 4"]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/^Riverside · Boundaries 1\n.*\n\nAlaska · Conduct 4\n/);
  });

  it("the heading show prints for a section, with its file", () => {
    const heading = ethics(["--data", data, "show", "riverside", "boundaries"]).stdout.split("\n")[0]!;
    expect(heading).toBe(`Riverside · Boundaries (user code: ${data}/riverside-agency.yaml)`);
    const shown = ethics(["--data", data, "show", heading]);
    expect(shown.code).toBe(0);
    expect(shown.stdout.split("\n")[0]).toBe(heading);
  });

  it("the mark alone is still no reference", () => {
    const shown = ethics(["--data", data, "show", "(user code)"]);
    expect(shown.code).toBe(1);
    expect(shown.stderr).toContain("no code '(user'");
  });
});
