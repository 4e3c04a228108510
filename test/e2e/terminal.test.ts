// Output conventions as a terminal user meets them: colour, wrapping, the pager, help.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, root, testCacheDir } from "./run.js";

const ESC = "\u001b[";

/** Run ethics on a pseudo-terminal of the given size (util-linux `script`). */
function onTerminal(args: string, env: NodeJS.ProcessEnv = {}, size = { cols: 60, rows: 10 }): string {
  const command = `stty cols ${size.cols} rows ${size.rows}; ${process.execPath} ${join(root, "bin/ethics.cjs")} ${args}`;
  const cleanEnv: NodeJS.ProcessEnv = { ...process.env, ETHICS_CACHE_DIR: testCacheDir, ...env };
  for (const name of ["NO_COLOR", "FORCE_COLOR"]) if (!(name in env)) delete cleanEnv[name];
  return execFileSync("script", ["-qec", command, "/dev/null"], { env: cleanEnv, encoding: "utf8" }).replace(/\r\n/g, "\n");
}

describe("colour", () => {
  it("is off when piped, on with FORCE_COLOR", () => {
    expect(ethics(["show", "wisconsin", "8"]).stdout).not.toContain(ESC);
    expect(ethics(["show", "wisconsin", "8"], { env: { FORCE_COLOR: "1" } }).stdout).toContain(`${ESC}1m${ESC}36mWisconsin 8`);
  });

  it("is on on a terminal, off with NO_COLOR or --no-color", () => {
    expect(onTerminal("show wisconsin 8 --no-pager")).toContain(ESC);
    expect(onTerminal("show wisconsin 8 --no-pager", { NO_COLOR: "1" })).not.toContain(ESC);
    expect(onTerminal("--no-color show wisconsin 8 --no-pager")).not.toContain(ESC);
  });
});

describe("wrapping", () => {
  it("wraps text to the terminal's width", () => {
    const lines = onTerminal("show wisconsin 8 --no-pager --no-color").trimEnd().split("\n");
    expect(lines.length).toBeGreaterThan(4);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(60);
    expect(lines.slice(1).every((line) => line.startsWith("  "))).toBe(true);
  });

  it("does not wrap when piped", () => {
    const lines = ethics(["show", "wisconsin", "8"]).stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
  });
});

describe("pager", () => {
  const dir = mkdtempSync(join(tmpdir(), "ethics-pager-"));
  const paged = join(dir, "paged.txt");
  const pager = `cat > ${paged}`;

  it("pages long output on a terminal through $PAGER", () => {
    const screen = onTerminal("show medi-cal integrity", { PAGER: pager });
    expect(screen).not.toContain("Integrity");
    expect(readFileSync(paged, "utf8")).toContain("Medi-Cal · Integrity");
  });

  it("does not page with --no-pager, short output, or when piped", () => {
    expect(onTerminal("show medi-cal integrity --no-pager", { PAGER: "false" })).toContain("Medi-Cal · Integrity");
    expect(onTerminal("show medi-cal hope 2", { PAGER: "false" })).toContain("Medi-Cal · Hope 2");
    expect(ethics(["show", "medi-cal", "integrity"], { env: { PAGER: "false" } }).stdout).toContain("Medi-Cal · Integrity");
  });
});

describe("help and version", () => {
  it("--version prints the package version", () => {
    const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    expect(ethics(["--version"]).stdout.trim()).toBe(version);
  });

  it("--help lists every command with a one-line description", () => {
    const { stdout, code } = ethics(["--help"]);
    expect(code).toBe(0);
    for (const command of ["list", "show", "search", "topics", "topic", "diff", "export", "validate", "completion"]) {
      expect(stdout).toMatch(new RegExp(`\\n  ${command}\\b.*\\s{2,}\\S`));
    }
    expect(stdout).not.toContain("__complete");
  });

  it.each(["list", "show", "search", "topics", "topic", "diff", "export", "validate", "completion"])("%s --help has real examples", (command) => {
    const { stdout, code } = ethics([command, "--help"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/ethics \S+ \S+/);
    expect(stdout).toMatch(/Examples:|References:|Install:/);
  });
});
