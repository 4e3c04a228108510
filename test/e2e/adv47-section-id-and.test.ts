// A user's code whose section has the id `and` passed validate, and `list` named that id, but
// `show riverside and` read the start of a list with nothing after it: the section could never be
// shown whole. validate and --data now refuse the id, saying why, as they refuse a code id
// `and`. A section named `to` or `through` is shown as ever: there the word ends no range.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RIVERSIDE_LINES } from "./riverside-code.js";
import { ethics, expectShortFailure, unwrapped } from "./run.js";

/** A folder with the Riverside code, its first section under `id` and a second section after it. */
function sectionNamed(id: string): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), "ethics-section-and-"));
  const file = join(dir, "code.yaml");
  const lines = RIVERSIDE_LINES.map((line) => (line === "  - id: boundaries" ? `  - id: ${id}` : line));
  writeFileSync(file, [...lines.slice(0, -1), "  - id: other", "    title: Other", "    standards:", "      - number: 1", "        text: Another rule.", ""].join("\n"));
  return { dir, file };
}

const AND = "'and' joins references (show wi and nc), so no section so named could be shown; e.g. 'section-and'";

describe("a section id that references join with", () => {
  it("validate refuses the section id and, saying why", () => {
    const { dir, file } = sectionNamed("and");
    const result = ethics(["validate", dir]);
    expect(result.code).toBe(1);
    expect(unwrapped(result.stdout)).toContain(`${file}:8:9 sections[0].id: ${AND}\n`);
  });

  it("--data refuses the file", () => {
    const { dir, file } = sectionNamed("and");
    expectShortFailure(ethics(["--data", dir, "show", "riverside", "1"]), 1, `${file}:8:9 sections[0].id: ${AND}`);
  });

  it.each(["to", "through", "and-more"])("a section named %s is valid and shown whole", (id) => {
    const { dir } = sectionNamed(id);
    expect(ethics(["validate", dir]).code).toBe(0);
    const shown = ethics(["--data", dir, "show", "riverside", id]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/^Riverside · Boundaries/);
    expect(shown.stdout).not.toContain("Another rule.");
  });
});
