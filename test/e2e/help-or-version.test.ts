// `ethics --help --version` printed the version: commander acts on --version as it reads it and
// on --help after. As getopt-based tools and git do, the first of the two is acted on.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

const { version } = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };

describe("help and version asked for together", () => {
  it.each([
    [["--help", "--version"], "Usage: ethics [options] [command]\n"],
    [["-h", "-V"], "Usage: ethics [options] [command]\n"],
    [["show", "--help", "--version"], "Usage: ethics show [options] <reference...>\n"],
    [["search", "-h", "--version", "-V"], "Usage: ethics search [options] <query...>\n"],
  ])("%j: the help, asked for first", (args, start) => {
    const result = ethics(args);
    expect(result.stderr).toBe("");
    expect(result.stdout.startsWith(start)).toBe(true);
    expect(result.stdout).not.toContain(`\n${version}\n`);
    expect(result.code).toBe(0);
  });

  it.each([[["--version", "--help"]], [["-V", "show", "-h"]], [["--version"]]])("%j: the version, asked for first", (args) => {
    const result = ethics(args);
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe(`${version}\n`);
    expect(result.code).toBe(0);
  });
});
