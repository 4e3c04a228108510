// `ethics topic gifts --plain` headed each code's standards "Alaska — prohibits": the em dash is
// read "em dash", or not at all, running the code's name into its strength. --plain says the
// rest of a topic in plain punctuation (a ";" between things, "not addressed" for a dash), and
// these headings now too: "Alaska: prohibits", as its other headings end ("gifts:").
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, root } from "./run.js";

describe("a topic's headings with --plain", () => {
  it.each([["gifts"], ["accepting-gifts"]])("topic %s: a colon after each code's name, no dash anywhere", (theme) => {
    const run = ethics(["topic", theme, "--plain"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain("—");
    expect(run.stdout).toContain("\n\nAlaska: prohibits\n  Alaska · Conflicts of Interest 3; prohibits");
    expect(run.stdout).toContain("\n\nWorking Well Together: defers\n");
  });

  it("a user code's heading says what is inferred after the colon", () => {
    const run = ethics(["--data", join(root, "test/fixtures/riverbend"), "topic", "gifts", "--plain"]);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain("—");
    expect(run.stdout).toContain("\n\nRiverbend: prohibits (3 of 4 inferred, not curated)\n");
  });

  it("without --plain the heading keeps its dash", () => {
    expect(ethics(["topic", "gifts"]).stdout).toContain("\n\nAlaska — prohibits\n");
  });
});
