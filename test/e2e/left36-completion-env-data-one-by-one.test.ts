// Completing with a folder in ETHICS_DATA that could not be read as a whole (here: no file
// descriptor left to open its files, simulated as adv33-too-many-open-files does) offered the
// built-in codes alone and named every folder given on stderr, the readable ones too: folders
// typed on the line (--data) were tried one by one, ETHICS_DATA's were not. Now each is, and
// only the one that fails is named (left35-completion-unreadable-data.test.ts).
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { describe, expect, it } from "vitest";
import { newCacheDir } from "./cache-folder.js";
import { RIVERSIDE_LINES } from "./riverside-code.js";
import { ethics, unwrapped } from "./run.js";

const fixtures = mkdtempSync(join(tmpdir(), "ethics-left36-completion-"));
const good = join(fixtures, "good");
const bad = join(fixtures, "bad");
mkdirSync(good);
mkdirSync(bad);
writeFileSync(join(good, "riverside.yaml"), RIVERSIDE_LINES.join("\n"));
writeFileSync(join(bad, "other.yaml"), RIVERSIDE_LINES.join("\n").replace(/^id: .*$/m, "id: other").replace(/^aliases: .*$/m, "aliases: []").replace(/^shortName: .*$/m, "shortName: Other").replace(/^title: .*$/m, "title: Other Code"));
const preload = join(fixtures, "no-descriptors-in-bad.cjs");
writeFileSync(
  preload,
  `// Opening a code file in the folder "bad" fails as it does when no descriptor is left.
const fs = require("node:fs");
const open = fs.openSync;
fs.openSync = function (path, ...rest) {
  if (String(path).startsWith(${JSON.stringify(bad)})) throw Object.assign(new Error("EMFILE: too many open files, open '" + path + "'"), { code: "EMFILE", errno: -24, syscall: "open", path: String(path) });
  return open.call(this, path, ...rest);
};
`,
);

describe("completion with a folder in ETHICS_DATA that cannot be read", () => {
  it("offers the other folders' codes, and names that folder alone", () => {
    const env = { ETHICS_DATA: [good, bad].join(delimiter), NODE_OPTIONS: `--require ${preload}`, ETHICS_CACHE_DIR: newCacheDir() };
    const result = ethics(["__complete", "--current=", "--", "show"], { env });
    expect(result.code).toBe(0);
    expect(result.stdout.split("\n")).toContain("riverside");
    expect(unwrapped(result.stderr)).toBe(`ethics: warning: completing without the codes in ${bad}: they could not be read; \`ethics --data ${bad} list\` says why\n`);
  });
});
