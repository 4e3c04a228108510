// A file that cannot be opened for want of file descriptors (EMFILE: a low `ulimit -n`, the
// parse workers' descriptors taken) is nothing about the file. Each was listed as a problem in
// Node's words, the path twice ("…: EMFILE: too many open files, open '…'"), one line a file;
// and a file read again for a cache entry gone since was "changed while ethics was reading
// it", hint "run the command again", into the same failure. Now it is one message saying what
// ran out and how to raise it, exit 1. The shortage is simulated with a preload that makes
// opening a .yaml file fail as the kernel does: a real `ulimit -n` fails Node itself below 19
// and ethics only in a band of one or two descriptors that depends on the machine's threads.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { newCacheDir, riverside } from "./cache-folder.js";
import { ethics } from "./run.js";

const fixtures = mkdtempSync(join(tmpdir(), "ethics-adv33-emfile-"));
const preload = join(fixtures, "no-descriptors.cjs");
writeFileSync(
  preload,
  `// Opening a code file fails as it does when the process has no descriptor left.
const fs = require("node:fs");
const open = fs.openSync;
fs.openSync = function (path, ...rest) {
  if (String(path).endsWith(".yaml")) throw Object.assign(new Error("EMFILE: too many open files, open '" + path + "'"), { code: "EMFILE", errno: -24, syscall: "open", path: String(path) });
  return open.call(this, path, ...rest);
};
`,
);
const folder = join(fixtures, "codes");
mkdirSync(folder);
const file = join(folder, "riverside-agency.yaml");
writeFileSync(file, riverside);
const noDescriptors = { NODE_OPTIONS: `--require ${preload}` };
const said = `ethics: ${file}: cannot be opened: this process has too many files open (raise the limit: ulimit -n)\n`;
const unwrapped = (text: string) => text.replace(/\n {8}/g, " ");

describe("no file descriptor left to open a code file", () => {
  it("on a first run: one message, what ran out and how to raise it, exit 1", () => {
    const result = ethics(["--data", folder, "search", "gifts"], { env: { ...noDescriptors, ETHICS_CACHE_DIR: newCacheDir() } });
    expect(result.stdout).toBe("");
    expect(unwrapped(result.stderr)).toBe(said);
    expect(result.code).toBe(1);
  });

  it("when the file is read again for a cache entry gone since: the same, not 'changed while ethics was reading it'", () => {
    const cacheDir = newCacheDir();
    expect(ethics(["--data", folder, "search", "gifts"], { env: { ETHICS_CACHE_DIR: cacheDir } }).code).toBe(0);
    for (const name of readdirSync(cacheDir)) if (name.startsWith("code-")) rmSync(join(cacheDir, name));
    const result = ethics(["--data", folder, "search", "gifts"], { env: { ...noDescriptors, ETHICS_CACHE_DIR: cacheDir } });
    expect(result.stdout).toBe("");
    expect(unwrapped(result.stderr)).toBe(said);
    expect(result.code).toBe(1);
  });

  it("validate lists it as the file's problem, in the same words", () => {
    const result = ethics(["validate", folder], { env: noDescriptors });
    expect(result.stdout).toBe(`${file}: cannot be opened: this process has too many files open (raise the limit: ulimit -n)\n1 problem in 1 file\n`);
    expect(result.stderr).toBe("ethics: 1 problem found\n");
    expect(result.code).toBe(1);
  });
});
