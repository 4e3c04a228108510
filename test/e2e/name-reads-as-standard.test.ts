// A user's code named like another code and one of its standards (short name "WI 12", "Alaska
// Conduct 4") passed validate and took that citation over: `--data dir show wi 12 1` printed the
// user's standard 1, since a code is named by the longest run of words that names one, and a
// pasted built-in citation changed meaning. Such a name is a clash with the code it reads as,
// as a name that reads as its section is (adv45-name-reads-as-section.test.ts).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, STACK_TRACE, unwrapped } from "./run.js";

function folderWith(shortName: string): string {
  const dir = mkdtempSync(join(tmpdir(), "ethics-reads-as-standard-"));
  const text = ["id: shadow", "title: Shadow Code", `shortName: ${JSON.stringify(shortName)}`, "jurisdiction: Test", "source: {document: Shadow}", "sections:", "  - id: main", "    title: Main", "    standards:", "      - {number: 1, text: Will be kind.}", ""].join("\n");
  writeFileSync(join(dir, "shadow.yaml"), text);
  return dir;
}

describe("a user's code named as another code and one of its standards", () => {
  it.each([
    ["WI 12", "12", "the alias of the built-in code 'wisconsin'", ["show", "wi", "12"]],
    ["North Carolina 1", "1", "the built-in code 'north-carolina'", ["show", "north", "carolina", "1"]],
    ["Alaska Conduct 4", "Conduct 4", "the built-in code 'alaska'", ["show", "alaska", "conduct", "4"]],
    ["Alaska · Conduct 4", "Conduct 4", "the built-in code 'alaska'", ["show", "Alaska · Conduct 4"]],
  ])("%s: validate names it, and --data refuses it", (shortName, standard, owner, show) => {
    const dir = folderWith(shortName);
    const validated = ethics(["validate", dir]);
    expect(validated.code).toBe(1);
    expect(unwrapped(validated.stdout)).toContain(`shortName: '${shortName}' reads as the standard '${standard}' of ${owner}`);
    const shown = ethics(["--data", dir, ...show]);
    expect(shown.code).toBe(1);
    expect(shown.stdout).toBe("");
    expect(shown.stderr).not.toMatch(STACK_TRACE);
  });

  it.each([
    ["a number no standard has", "WI 99"],
    ["a number after a code of sections, no section said", "Alaska 2"],
    ["words that only begin with a code's name", "Alaska Tribal Health"],
  ])("%s (%s) is a name of its own", (_what, shortName) => {
    expect(ethics(["validate", folderWith(shortName)]).code).toBe(0);
  });
});
