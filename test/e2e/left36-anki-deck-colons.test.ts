// A short name's own "::" was kept from making subdecks by a joiner between its colons
// (study.test.ts), but only the first two of a run: "County:::Riverside" still held a "::"
// (County:<ZWJ>::Riverside), and a colon at either end of a name made one with the separator
// beside it ("Riverside:" + "::Gifts" is "Riverside:::Gifts", which Anki reads as Riverside
// and a subdeck ":Gifts"). Each is now one deck, named as written: Anki splits a deck's name at
// every "::", and a joiner, which shows nothing, stands between any two colons that are not the
// separator.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

function codeNamed(shortName: string): string {
  const dir = mkdtempSync(join(tmpdir(), "ethics-deck-colons-"));
  writeFileSync(
    join(dir, "county.yaml"),
    `id: county\ntitle: County Code\nshortName: ${JSON.stringify(shortName)}\njurisdiction: Nowhere\nnumbering: source\nsource:\n  document: County\n` +
      "sections:\n  - id: only\n    title: Only\n    standards:\n      - number: 1\n        text: Will not accept gifts from people they support.\n",
  );
  return dir;
}

describe("an Anki deck named by a short name with colons of its own", () => {
  it.each(["County:::Riverside", "County::::Riverside", "Riverside:", ":Riverside", "::Riverside::"])("%s: one deck under Codes of ethics, its name as written", (shortName) => {
    const result = ethics(["--data", codeNamed(shortName), "export", "--format", "anki", "--code", "county", "--topic", "gifts"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const deck = result.stdout.split("\n")[3]!;
    expect(deck.startsWith("#deck:")).toBe(true);
    // As Anki reads it: split at each "::"; a joiner shows nothing.
    const parts = deck.slice("#deck:".length).split("::");
    expect(parts.map((part) => part.replaceAll("\u200d", ""))).toEqual(["Codes of ethics", shortName, "Gifts"]);
  });
});
