// What reaches the terminal and the shell is safe: no control or bidirectional character from
// a user's file or words goes out raw, and a failed write is reported, not a bug.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ethics, root, STACK_TRACE, testCacheDir } from "./run.js";
import { ethicsAll } from "./terminal-run.js";

/** Control characters, C1, bidirectional controls and separators: none may go out raw. */
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff]/;
const evil = join(root, "test/fixtures/evil");

/** A directory of one bad code file whose name, keys and short name carry escape sequences. */
function evilFiles(): string {
  const dir = mkdtempSync(join(tmpdir(), "ethics-evil-"));
  writeFileSync(
    join(dir, "f\u001b[31mx\u202e.yaml"),
    'id: x\ntitle: T\nshortName: "S\\e[31m\\u202e"\njurisdiction: J\nsource: {document: d}\n"key\\e[2J\\u2028\\u202e": 1\nsections: []\n',
  );
  return dir;
}

describe("control and bidirectional characters", () => {
  it("in file names, keys and short names are made visible in every message", async () => {
    const dir = evilFiles();
    const [load, validate, missing, option, command] = await ethicsAll([
      ["--data", dir, "list"],
      ["validate", dir],
      ["--data", evil, "show", "evil", "only", "9"],
      ["show", "medi-cal", "--nope\u001b[2J\u202e"],
      ["sh\u001b[31mow\u0085"],
    ]);
    for (const result of [load, validate, missing, option, command]) {
      expect(result!.stderr + result!.stdout).not.toMatch(RAW);
      expect(result!.stderr).not.toMatch(STACK_TRACE);
    }
    expect(load!.code).toBe(1);
    expect(load!.stderr).toContain("f␛[31mx<U+202E>.yaml");
    expect(load!.stderr).toContain("key␛[2J<U+2028><U+202E>");
    expect(validate!.code).toBe(1);
    expect(validate!.stdout).toMatch(/f␛\[31mx<U\+202E>\.yaml:6:\d+ key␛\[2J<U\+2028><U\+202E>: unknown field/);
    expect(missing!.stderr).toBe("ethics: Evil␛]0;pwned␇ has no 9\nhint: Evil␛]0;pwned␇ has 1\n");
    expect(option!.code).toBe(2);
    expect(option!.stderr).toContain("unknown option '--nope␛[2J<U+202E>'");
    expect(command!.stderr).toContain("unknown command 'sh␛[31mow<U+0085>'");
  });

  it("in a code's text are escaped in --json and YAML, which read back to the same value", async () => {
    const [json, yaml, list] = await ethicsAll([
      ["--data", evil, "show", "evil", "1", "--json"],
      ["--data", evil, "export", "--format", "yaml", "--code", "evil"],
      ["--data", evil, "list", "--json"],
    ]);
    expect(json!.stdout).not.toMatch(RAW);
    expect(json!.stdout).toContain("\\u202e");
    expect(JSON.parse(json!.stdout).text).toBe("Keep gifts \u001b[5mblinking\u001b[0m and \u202eevil\u202c text \u0007 out.");
    expect(yaml!.stdout).not.toMatch(RAW);
    // With --code, the export is the code's file.
    const exported = parse(yaml!.stdout);
    expect(exported.shortName).toBe("Evil\u001b]0;pwned\u0007");
    expect(exported.sections[0].standards[0].text).toBe(JSON.parse(json!.stdout).text);
    expect(list!.stdout).not.toMatch(RAW);
  });

  it("in a code read back from the cache, or in its file's name, are escaped in exports as uncached", async () => {
    // A clean code under a name with a bidirectional control, and the evil fixture.
    const dir = mkdtempSync(join(tmpdir(), "ethics-evil-name-"));
    writeFileSync(join(dir, "river\u202eside.yaml"), readFileSync(join(root, "test/fixtures/user-codes/riverside-agency.yaml")));
    const cache = mkdtempSync(join(tmpdir(), "ethics-evil-cache-"));
    const exports = ["csv", "json", "html"].flatMap((format) => [dir, evil].map((data) => ["--data", data, "export", "--format", format]));
    const uncached = await ethicsAll(exports, { ETHICS_NO_CACHE: "1" });
    await ethicsAll(exports, { ETHICS_CACHE_DIR: cache });
    // Warm, on this thread and on a worker: every code is read back from its entry.
    for (const threads of ["0", "1"]) {
      const warm = await ethicsAll(exports, { ETHICS_CACHE_DIR: cache, ETHICS_THREADS: threads });
      warm.forEach((result, at) => {
        expect(result.stdout, exports[at]!.join(" ")).toBe(uncached[at]!.stdout);
        // CSV ends its rows with CR LF: any other control is the data's.
        expect(result.stdout.replaceAll("\r\n", "\n")).not.toMatch(RAW);
      });
      expect(warm[2]!.stdout).toContain("river\\u202eside.yaml");
    }
  });
});

/** Runs ethics through sh, with a redirection of its standard streams. */
function throughShell(redirected: string): { code: number | null; stderr: string } {
  const command = `"${process.execPath}" "${join(root, "bin/ethics.cjs")}" ${redirected}`;
  const result = spawnSync("sh", ["-c", command], { encoding: "utf8", env: { ...process.env, ETHICS_CACHE_DIR: testCacheDir } });
  return { code: result.status, stderr: result.stderr };
}

describe("writing the output", () => {
  it.each([
    ["a result", "list > /dev/full"],
    ["an export", "export --format csv > /dev/full"],
    ["JSON", "search gifts --json > /dev/full"],
    ["help", "--help > /dev/full"],
  ])("to a full disk: %s fails with 'cannot write output', exit 1", (_what, redirected) => {
    const { code, stderr } = throughShell(redirected);
    expect(stderr).toBe("ethics: cannot write output: no space left on device\n");
    expect(code).toBe(1);
  });

  it("to a stdout open only for reading: 'cannot write output', exit 1", () => {
    expect(throughShell("list 1</dev/null")).toEqual({ code: 1, stderr: "ethics: cannot write output: standard output is not open for writing\n" });
  });

  it("to a closed stdout, which Node opens on /dev/null: quietly, as to /dev/null", () => {
    expect(throughShell("list 1>&-")).toEqual({ code: 0, stderr: "" });
    expect(throughShell("search xyzzy 1>&-").code).toBe(1);
  });

  it("into a pipe closed early (ethics export | head): quietly, exit 0", () => {
    const command = `set -o pipefail; "${process.execPath}" "${join(root, "bin/ethics.cjs")}" export | head -c 100 >/dev/null`;
    const result = spawnSync("bash", ["-c", command], { encoding: "utf8", env: { ...process.env, ETHICS_CACHE_DIR: testCacheDir } });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("a message to a full stderr is dropped, the exit code kept", () => {
    expect(throughShell("search xyzzy 2>/dev/full")).toEqual({ code: 1, stderr: "" });
  });
});

describe("help", () => {
  it("is written whole when piped", () => {
    // The tests' cache: without it the run wrote its V8 code cache to the real ~/.cache/ethics.
    const help = execFileSync(process.execPath, [join(root, "bin/ethics.cjs"), "--help"], { encoding: "utf8", env: { ...process.env, ETHICS_CACHE_DIR: testCacheDir } });
    expect(help).toMatch(/Exit status: 0 found, 1 not found or bad input, 2 usage error, 130 interrupted,\s+3 internal error \(a bug: please report it\)\.\n$/);
    expect(ethics(["list", "--help"]).stdout).toContain("ethics list ak --json");
  });
});
