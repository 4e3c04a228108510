// `ethics diff how does alaska differ from medi-cal`: a new hire's question, typed to diff. It
// was "no code 'differ'" with the list of codes as the hint, both codes it compares having been
// named. Words around two codes that name no code (nor one misspelt) are said so, and the hint
// is the diff of the two, on the theme the question ends with, or --topic's.
import { describe, expect, it } from "vitest";
import { ethics, STACK_TRACE, unwrapped } from "./run.js";

describe("diff asked as a question around two codes", () => {
  it.each([
    [["diff", "how does alaska differ from medi-cal"], "'differ' and 'from' name none", "ethics diff alaska medi-cal"],
    [["diff", "compare", "alaska", "with", "medi-cal"], "'compare' names none", "ethics diff alaska medi-cal"],
    [["diff", "alaska", "from", "medi-cal"], "'from' names none", "ethics diff alaska medi-cal"],
    [["diff", "how", "does", "alaska", "differ", "from", "medi-cal", "on", "gifts"], "'differ' and 'from' name none", "ethics diff alaska medi-cal --topic gifts"],
    [["diff", "alaska", "differ", "from", "medi-cal", "about", "dual", "relationships"], "'differ' and 'from' name none", "ethics diff alaska medi-cal --topic dual-relationships"],
    [["diff", "how does alaska differ from medi-cal", "--topic", "gifts"], "'differ' and 'from' name none", "ethics diff alaska medi-cal --topic gifts"],
  ])("%j: said, with the diff of the two", (args, said, command) => {
    const result = ethics(args, { env: { COLUMNS: "80" } });
    expect([result.code, result.stdout]).toEqual([2, ""]);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    expect(unwrapped(result.stderr)).toBe(`ethics: diff compares two codes: ${said}\nhint: \`${command}\`\n`);
    for (const line of result.stderr.split("\n")) expect([...line].length).toBeLessThanOrEqual(80);
    const run = ethics(command.split(" ").slice(1));
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Alaska → Medi-Cal/);
  });

  it.each([
    // A third name near a code is that code misspelt: a third code, not a word of the question.
    [["diff", "alaska", "medi-cal", "wisconson"], "ethics: no code 'wisconson' — did you mean wisconsin?\n"],
    // One code and words: not two codes.
    [["diff", "alaska", "frobnicate"], "ethics: no code 'frobnicate'\n"],
  ])("%j: as before", (args, first) => {
    const result = ethics(args);
    expect([result.code, result.stdout]).toEqual([1, ""]);
    expect(result.stderr.startsWith(first)).toBe(true);
  });
});
