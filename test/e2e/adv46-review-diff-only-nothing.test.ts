// `diff nc wi --only same` printed the summary and nothing else: not a word that no standard was
// the same, nor that codes written apart (compared by concept) pair standards only where they
// are worded alike. A usage error would be wrong: a user's code that copies a built-in one
// without declaring it a revision does pair word for word with it, and --only same lists those.
// So the report says what --only found none of, and between codes written apart, what same and
// changed compare.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

const REVISIONS = "Same and changed compare revisions of one code (a code file's source.derivedFrom)";

const copyDir = mkdtempSync(join(tmpdir(), "ethics-diff-only-"));
writeFileSync(
  join(copyDir, "copycat.yaml"),
  [
    "id: copycat",
    "title: Copycat Code",
    "shortName: Copycat",
    "jurisdiction: Here",
    "source: { document: Copycat Code }",
    "sections:",
    "  - id: conduct",
    "    title: Conduct",
    "    standards:",
    "      - number: 1",
    "        text: I will not create my own private practice.",
    "      - number: 2",
    "        text: Peer workers attend monthly supervision with a qualified mentor.",
    "",
  ].join("\n"),
);

describe("diff --only that lists nothing", () => {
  it.each([
    [["nc", "wi", "--only", "same"], "Nothing to list: no standard is worded the same in both (--only same).", true],
    [["wwt", "mc", "--only", "same,added", "--section", "mutuality"], "Nothing to list: no standard is the same in both or new in Medi-Cal (--only same,added).", false],
    [["wwt", "mc", "--only", "added", "--section", "respect"], "Nothing to list: no standard is new in Medi-Cal (--only added).", false],
    // A merge or split is a change of wording, not a removal or an addition: --only removed
    // printed "Merged in Medi-Cal" and the merge's citations alone, no text, as if Respect 4
    // had gone; a supervisor asking what was removed is told that nothing was.
    [["wwt", "mc", "--only", "removed"], "Nothing to list: no standard is left out of Medi-Cal (--only removed).", false],
    [["mc", "wwt", "--only", "added"], "Nothing to list: no standard is new in Working Well Together (--only added).", false],
  ])("%j: says so, exit 0", (args, nothing, apart) => {
    const result = ethics(["diff", ...args]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const paragraphs = result.stdout.trimEnd().split("\n\n");
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[1]!.split("\n")[0]).toBe(nothing);
    if (apart) expect(paragraphs[1]).toContain(REVISIONS);
    else expect(result.stdout).not.toContain(REVISIONS);
  });

  it.each([[["wwt", "mc", "--only", "same"]], [["nc", "wi", "--only", "changed"]], [["--data", copyDir, "diff", "alaska", "copycat", "--only", "same"]]])("%j: a list, and no word of nothing", (args) => {
    const result = ethics(args[0] === "--data" ? args : ["diff", ...args]);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain("Nothing to list");
  });

  it("codes written apart: --only same lists the standards worded alike", () => {
    const result = ethics(["--data", copyDir, "diff", "alaska", "copycat", "--only", "same"]);
    expect(result.stdout).toContain("Pairs by wording (1): one rule word for word\n  Alaska · Conduct 8 → Copycat 1");
  });

  it("--json is as it was: the empty lists", () => {
    const json = JSON.parse(ethics(["diff", "nc", "wi", "--only", "same", "--json"]).stdout) as { pairs: unknown[]; onlyA: unknown[]; onlyB: unknown[] };
    expect([json.pairs, json.onlyA, json.onlyB]).toEqual([[], [], []]);
  });
});
