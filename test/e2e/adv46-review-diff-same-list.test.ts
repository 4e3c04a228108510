// `diff wwt mc --only same` on an 80-column terminal broke its list of citations joined by "·"
// inside a citation ("Advocacy" at a line's end, "2" on the next). It now breaks between them.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

/** The lines of the "Same (n)" list, up to the blank line after it. */
function sameList(stdout: string): string[] {
  const lines = stdout.split("\n");
  const start = lines.findIndex((line) => /^Same \(\d+\)$/.test(line));
  expect(start).toBeGreaterThan(0);
  const end = lines.findIndex((line, at) => at > start && line.trim() === "");
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

// Piped without COLUMNS, the list is one line: every citation whole.
const [unwrapped] = sameList(ethics(["diff", "wwt", "mc", "--only", "same"]).stdout);
const citations = unwrapped!.trim().split(" · ");

describe("diff --only same: the list of citations", () => {
  it("one line piped: whole citations, such as Advocacy 2", () => {
    expect(citations).toContain("Advocacy 2");
    expect(citations.length).toBeGreaterThan(10);
  });

  it.each(["60", "80", "100"])("COLUMNS=%s: each line holds whole citations, all of them, in order, within the width", (columns) => {
    const result = ethics(["diff", "wwt", "mc", "--only", "same"], { env: { COLUMNS: columns } });
    expect(result.code).toBe(0);
    const lines = sameList(result.stdout);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) {
      expect(line.length).toBeLessThanOrEqual(Number(columns));
      expect(line.startsWith("  ") && !line.startsWith("   ")).toBe(true);
    }
    expect(lines.flatMap((line) => line.trim().split(" · "))).toEqual(citations);
  });
});
