// `ethics export --format anki-situations`: flash cards that ask what a practitioner asks and
// answer with the standards of a code that govern it, for Anki's File › Import.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, expectShortFailure } from "./run.js";

const rows = (stdout: string) => stdout.split("\n").filter((line) => line !== "" && !line.startsWith("#"));

describe("ethics export --format anki-situations", () => {
  it("writes a Basic deck of situations, a card a matter the code governs, each tagged", () => {
    const run = ethics(["export", "--format", "anki-situations", "--code", "medi-cal"]);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(run.stdout).toContain("#notetype:Basic\n#deck:Codes of ethics::Situations::Medi-Cal\n");
    const cards = rows(run.stdout);
    expect(cards.length).toBeGreaterThan(50);
    for (const card of cards) {
      const [front, back, tags] = card.split("\t");
      expect(front).toMatch(/<br><i>Medi-Cal<\/i>$/);
      expect(back).toMatch(/^<b>Medi-Cal · /);
      expect(tags).toMatch(/^medi-cal concept::[\w-]+ topic::[\w-]+$/);
    }
  });

  it("keeps to a topic, in a deck of its own", () => {
    const run = ethics(["export", "alaska", "--format", "anki-situations", "--topic", "gifts"]);
    expect(run.stdout).toContain("#deck:Codes of ethics::Situations::Alaska::Gifts\n");
    for (const card of rows(run.stdout)) expect(card).toMatch(/ topic::gifts$/);
  });

  it("refuses a user's code its file tags with no concept, and says what makes cards of it", () => {
    const data = mkdtempSync(join(tmpdir(), "ethics-situations-"));
    writeFileSync(
      join(data, "plain.yaml"),
      "id: plain\ntitle: Plain Code\nshortName: Plain\njurisdiction: Nowhere\nsource:\n  document: Plain\nsections:\n  - id: only\n    title: Only\n    standards:\n      - number: 1\n        text: Will not accept gifts from people they support.\n",
    );
    expectShortFailure(ethics(["--data", data, "export", "plain", "--format", "anki-situations"]), 1, "no situation cards: Plain's standards are tagged with no concept");
  });
});
