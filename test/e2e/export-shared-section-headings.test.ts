// A source that heads two sections alike ("Boundaries" twice): show, CSV and Anki cite each with
// its id, "Harbor · Boundaries (boundaries-2) 1", but the Markdown and HTML handouts headed both
// "Boundaries", so that a reader could not tell which heading a citation meant. The handouts now
// head each section as it is cited.
import { describe, expect, it } from "vitest";
import { harborFolder } from "./harbor-code.js";
import { ethics } from "./run.js";

const dir = harborFolder(`  - id: boundaries
    title: Boundaries
    standards:
      - number: 1
        text: Will not lend money to the people they support.
  - id: boundaries-2
    title: Boundaries
    standards:
      - number: 1
        text: Will not accept gifts from the people they support.
`);

describe("export: two sections of one title", () => {
  it("--format md heads each as it is cited", () => {
    const result = ethics(["--data", dir, "export", "harbor", "--format", "md"]);
    const headings = result.stdout.split("\n").filter((line) => line.startsWith("## "));
    expect(headings).toEqual(["## Boundaries (boundaries)", "## Boundaries (boundaries-2)"]);
    expect([result.stderr, result.code]).toEqual(["", 0]);
  });

  it("--format html heads each as it is cited", () => {
    const result = ethics(["--data", dir, "export", "harbor", "--format", "html"]);
    const headings = [...result.stdout.matchAll(/<h2>(.*?)<\/h2>/g)].map((match) => match[1]);
    expect(headings).toEqual(["Boundaries (boundaries)", "Boundaries (boundaries-2)"]);
    expect([result.stderr, result.code]).toEqual(["", 0]);
  });

  it("the headings are the citations' section names, as CSV prints them", () => {
    const csv = ethics(["--data", dir, "export", "harbor", "--format", "csv"]);
    expect(csv.stdout).toContain(",Harbor · Boundaries (boundaries-2) 1,");
    expect([csv.stderr, csv.code]).toEqual(["", 0]);
  });
});
