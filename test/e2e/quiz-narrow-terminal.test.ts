// Every line of a quiz fits the terminal, its heading too ("Quiz: 1 question (seed 2), asked
// again by:" and its command): on a narrow one (a split pane, a phone) it wraps.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, root } from "./run.js";
import { ETHICS_COMMAND, lineWidths, onTerminal } from "./terminal-run.js";

describe("a quiz on a 30-column terminal", () => {
  it("has no line wider than 30", () => {
    const screen = onTerminal(`${ETHICS_COMMAND} quiz --seed 2 --count 1 < /dev/null; true`, { size: { columns: 30, rows: 200 } });
    expect(screen).toContain("Quiz: 1 question");
    expect(Math.max(...lineWidths(screen))).toBeLessThanOrEqual(30);
  });
});

describe("a quiz over a user's code whose note holds a word as wide as the line", () => {
  // wrap() leaves whole a word the line could hold but its indent cannot, for the output's last
  // fitting to set further left; the quiz wrote its text without that fitting, so a note's word
  // of 40 columns after "  Note: " made a line of 48 at COLUMNS=40.
  const dir = mkdtempSync(join(tmpdir(), "ethics-quiz-wide-word-"));
  const word = "Confidentiality-and-its-limits-explained"; // 40 columns
  writeFileSync(
    join(dir, "riverside-agency.yaml"),
    readFileSync(join(root, "test/fixtures/user-codes/riverside-agency.yaml"), "utf8").replace("- See the agency gift policy.", `- ${word} ${word}${word.slice(0, 34)}`),
  );

  it.each(["40", "80"])("every line fits COLUMNS=%s, the note's words all there, as show sets them", (columns) => {
    const notes = new Set<string>();
    for (const seed of ["1", "2", "3", "4", "5", "6"]) {
      const result = ethics(["--data", dir, "quiz", "--code", "riverside", "--count", "3", "--seed", seed], { env: { COLUMNS: columns }, input: "a\nb\nc\n" });
      expect(result.code, result.stderr).toBe(0);
      const lines = result.stdout.split("\n");
      expect(lines.filter((line) => [...line].length > Number(columns))).toEqual([]);
      const at = lines.findIndex((line) => line.startsWith("  Note: "));
      const end = lines.findIndex((line, index) => index > at && line === "");
      if (at >= 0) notes.add(lines.slice(at, end).join(" ").replace(/\s+/g, ""));
    }
    // the note is shown by some question of these seeds, whole
    expect([...notes].some((note) => note.includes(`${word}${word}${word.slice(0, 34)}`))).toBe(true);
    const shown = ethics(["--data", dir, "show", "riverside", "boundaries", "2"], { env: { COLUMNS: columns } }).stdout.split("\n");
    const note = shown.slice(shown.findIndex((line) => line.startsWith("  Note: ")), -1).join("\n");
    for (const seed of ["1", "2", "3", "4", "5", "6"]) {
      const result = ethics(["--data", dir, "quiz", "--code", "riverside", "--count", "3", "--seed", seed], { env: { COLUMNS: columns }, input: "a\nb\nc\n" });
      if (result.stdout.includes("  Note: ")) expect(result.stdout).toContain(note);
    }
  });
});
