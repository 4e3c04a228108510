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
