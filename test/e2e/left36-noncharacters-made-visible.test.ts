// U+FFFE in a user's standard, U+FFFF in its short name, U+FDD0 and U+1FFFF: Unicode's
// noncharacters passed raw to the terminal and into the exports, where every other character
// that shows nothing is made visible (render/terminal-text.ts). A terminal draws them as
// nothing, a box or a "?", and an editor may refuse a file holding one. They are now drawn as
// <U+FFFE> in what a person reads, and escaped in YAML and JSON, which read back the same.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, root } from "./run.js";

const dir = mkdtempSync(join(tmpdir(), "ethics-noncharacters-"));
writeFileSync(
  join(dir, "riverside-agency.yaml"),
  readFileSync(join(root, "test/fixtures/user-codes/riverside-agency.yaml"), "utf8")
    .replace("text: Will not accept gifts of more than token value from people they support.", 'text: "Will not accept gifts\\uFFFE of more\\uFDD0 than token\\U0001FFFF value."')
    .replace("shortName: Riverside", 'shortName: "River\\uFFFFside"'),
);
const run = (...args: string[]) => ethics(["--data", dir, ...args]);
const NONCHARACTERS = /[\ufdd0-\ufdef\ufffe\uffff]|[\ud83f\ud87f\ud8bf\ud8ff\ud93f\ud97f\ud9bf\ud9ff\uda3f\uda7f\udabf\udaff\udb3f\udb7f\udbbf\udbff][\udffe\udfff]/;

describe("noncharacters in a user's code", () => {
  it("show: each drawn as <U+…>", () => {
    const result = run("show", "riverside", "boundaries", "1");
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe("River<U+FFFF>side · Boundaries 1\n  Will not accept gifts<U+FFFE> of more<U+FDD0> than token<U+1FFFF> value.\n");
  });

  it.each([["md"], ["csv"], ["anki"], ["html"]])("export --format %s: none raw, each named", (format) => {
    const result = run("export", "--format", format, "--code", "riverside");
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(NONCHARACTERS);
    expect(result.stdout).toMatch(/U\+FFFE.* of more.*U\+FDD0.* than token.*U\+1FFFF/);
  });

  it("export --format yaml: escaped, and the file reads back to the same words", () => {
    const result = run("export", "--format", "yaml", "--code", "riverside");
    expect(result.stdout).not.toMatch(NONCHARACTERS);
    expect(result.stdout).toContain('text: "Will not accept gifts\\uFFFE of more\\uFDD0 than token\\U0001FFFF value."');
    const again = mkdtempSync(join(tmpdir(), "ethics-noncharacters-again-"));
    writeFileSync(join(again, "riverside-agency.yaml"), result.stdout);
    const json = JSON.parse(ethics(["--data", again, "export", "--format", "json", "--code", "riverside"]).stdout) as { sections: { standards: { text: string }[] }[] };
    expect(json.sections[0]!.standards[0]!.text).toBe("Will not accept gifts\ufffe of more\ufdd0 than token\u{1ffff} value.");
  });

  it("export --format json: escaped as \\uXXXX", () => {
    const result = run("export", "--format", "json", "--code", "riverside");
    expect(result.stdout).not.toMatch(NONCHARACTERS);
    expect(result.stdout).toContain("Will not accept gifts\\ufffe of more\\ufdd0 than token\\ud83f\\udfff value.");
  });

  it("list and search: none raw", () => {
    for (const args of [["list"], ["search", "token", "value"]]) {
      const result = run(...args);
      expect(result.code, args.join(" ")).toBe(0);
      expect(result.stdout, args.join(" ")).not.toMatch(NONCHARACTERS);
    }
  });
});
