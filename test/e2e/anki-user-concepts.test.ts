// Flash cards are tagged with the concepts each standard is filed under (concept::<id>). A
// user's file files its standards itself (`concepts: [...]`), and `ethics concepts` lists them
// so, but their cards had only the topics' tags, never the concepts'. Now a tagged standard's
// card carries its known concept ids, once each, in the index's order; an id the index lacks is
// skipped (validate names it), and an untagged standard, whose concepts are inferred, gets none.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, unwrapped } from "./run.js";

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), "ethics-anki-concepts-"));
  writeFileSync(
    join(dir, "tagged.yaml"),
    [
      "id: tagged",
      "title: Tagged Code",
      "shortName: Tagged",
      "jurisdiction: Nowhere",
      "source:",
      "  document: Tagged Code",
      "sections:",
      "  - id: gifts",
      "    title: Gifts",
      "    standards:",
      "      - number: 1",
      "        text: Will not accept gifts of more than token value from people they support.",
      "        concepts: [gift-value-limits, accepting-gifts, accepting-gifts, no-such-concept]",
      "      - number: 2",
      "        text: Will not lend or borrow money from people they support.",
      "",
    ].join("\n"),
  );
  return dir;
}

const tagsOf = (stdout: string, front: RegExp) => stdout.split("\n").find((line) => front.test(line))?.split("\t").at(-1)?.split(" ");

describe("anki cards of a user's tagged standards", () => {
  const dir = folder();

  it.each(["anki", "anki-cloze"])("%s: the tagged standard's card has its known concepts, in the index's order", (format) => {
    const result = ethics(["--data", dir, "export", "--format", format, "--code", "tagged"]);
    // The id the index lacks is said on every run, and skipped.
    expect(unwrapped(result.stderr)).toMatch(/^ethics: warning: \S+tagged\.yaml Tagged 1: no concept 'no-such-concept'.*\(the code loads; the tag is ignored\)\n$/);
    expect(result.code).toBe(0);
    const tags = tagsOf(result.stdout, /^(<b>)?Tagged 1\b/)!;
    expect(tags.filter((tag) => tag.startsWith("concept::"))).toEqual(["concept::accepting-gifts", "concept::gift-value-limits"]);
    expect(tags.slice(0, 2)).toEqual(["tagged", "tagged::gifts"]);
    expect(tags).toContain("topic::gifts");
    // untagged: its concepts are inferred, a guess, and tag nothing
    expect(tagsOf(result.stdout, /^(<b>)?Tagged 2\b/)!.filter((tag) => tag.startsWith("concept::"))).toEqual([]);
  });

  it("the same cards from a whole-library export, cached or not, and on several threads", () => {
    const runs = [{}, {}, { ETHICS_THREADS: "2" }, { ETHICS_NO_CACHE: "1" }].map((env) => ethics(["--data", dir, "export", "--format", "anki"], { env }));
    for (const run of runs) expect(run.code).toBe(0);
    expect(tagsOf(runs[0]!.stdout, /^Tagged 1\b/)!.filter((tag) => tag.startsWith("concept::"))).toEqual(["concept::accepting-gifts", "concept::gift-value-limits"]);
    for (const run of runs.slice(1)) expect(run.stdout).toBe(runs[0]!.stdout);
  });
});
