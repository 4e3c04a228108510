// A name that clashes gets a hint with the line to write in the code file: that line must be
// YAML that reads back as the suggested name, whatever the name holds (": ", "#", a leading
// indicator such as "&", "@" or "-", a quote).
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ethics, root } from "./run.js";

const fixture = readFileSync(join(root, "test/fixtures/user-codes/riverside-agency.yaml"), "utf8");

/** The fixture, short-named `shortName` (written double-quoted, JSON being YAML), in two folders that clash. */
function clashingFolders(shortName: string): string[] {
  return ["first", "second"].map((id) => {
    const dir = mkdtempSync(join(tmpdir(), "ethics-clash-hint-"));
    const text = fixture
      .replace(/^id: .*$/m, `id: ${id}`)
      .replace(/^aliases: .*$/m, `aliases: [${id}-alias]`)
      .replace(/^title: .*$/m, `title: ${id} code`)
      .replace(/^shortName: .*$/m, `shortName: ${JSON.stringify(shortName)}`);
    writeFileSync(join(dir, `${id}.yaml`), text);
    return dir;
  });
}

describe("the clash hint's example line", () => {
  it.each(["Riverside: North", "Riverside #2", "& Partners", "@Home", "- Riverside", 'The "Riverside" Agency', "Riverside"])(
    "for the short name %j reads back as that name (local)",
    (shortName) => {
      const [first, second] = clashingFolders(shortName);
      const result = ethics(["--data", first!, "--data", second!, "list"]);
      expect(result.code).toBe(1);
      const hint = result.stderr.replace(/\n +/g, " ").match(/e\.g\. (shortName: .*)\n/)?.[1];
      expect(hint).toBeDefined();
      expect(parse(hint!)).toEqual({ shortName: `${shortName} (local)` });
    },
  );
});

// A short name holding what shows nothing ("Riverside" and a zero width joiner) was suggested
// with it: "e.g. shortName: "Riverside<U+200D> (local)"", which, copied, reads back as those
// words. The name suggested is now without it; joiners between letters of a script that needs
// them (Persian's non-joiner) are kept, as the output keeps them.
describe("the clash hint's suggested name, where the name holds what shows nothing", () => {
  it.each([
    ["Riverside\u200d", "Riverside (local)"],
    ["River\u200bside", "Riverside (local)"],
    ["\ufeffRiverside\u2060", "Riverside (local)"],
    ["می\u200cخواهم", "می\u200cخواهم (local)"],
  ])("%j: ethics suggests %j, which reads back as written", (shortName, suggested) => {
    const [first, second] = clashingFolders(shortName);
    const result = ethics(["--data", first!, "--data", second!, "list"]);
    expect(result.code).toBe(1);
    const hint = result.stderr.replace(/\n +/g, " ").match(/e\.g\. (shortName: .*)\n/)?.[1];
    expect(hint).not.toMatch(/<U\+/);
    expect(parse(hint!)).toEqual({ shortName: suggested });
    const validated = ethics(["validate", join(first!, "first.yaml"), join(second!, "second.yaml")]);
    expect(validated.stdout).toContain(`change it (e.g. '${suggested}')`);
  });
});
