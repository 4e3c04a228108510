// Every command says --json, and then stdout holds JSON only.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, root } from "./run.js";

const userCodes = join(root, "test/fixtures/user-codes");

describe("--json on every command", () => {
  it.each([
    [["list"], "codes"],
    [["list", "alaska"], "sections"],
    [["show", "medi-cal", "integrity", "12"], "citation"],
    [["search", "gifts"], "hits"],
    [["topics"], "topics"],
    [["topic", "gifts"], "codes"],
    [["diff", "alaska", "wisconsin"], "pairs"],
    [["export"], "codes"],
    [["validate", join(root, "data")], "files"],
    [["completion", "bash"], "script"],
  ])("%j", (args, key) => {
    const { stdout, code } = ethics([...args, "--json"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toHaveProperty(key);
  });

  it("even when a search finds nothing: JSON on stdout, the message on stderr, exit 1", () => {
    const { stdout, stderr, code } = ethics(["search", "xyzzy", "--json"]);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual({ query: "xyzzy", hits: [], concepts: [] });
    expect(stderr).toContain("no standard matches");
  });
});

describe("the README's example code works with every command", () => {
  it.each([
    [["list"], "riverside-agency"],
    [["show", "riverside", "boundaries", "1"], "Riverside · Boundaries 1"],
    [["search", "lend money"], "Riverside · Boundaries 2"],
    [["topic", "gifts", "--codes", "riverside"], "Riverside · Boundaries 1"],
    [["diff", "riverside", "wisconsin"], "Riverside → Wisconsin"],
    [["diff", "wisconsin", "riverside"], "Wisconsin → Riverside"],
    [["export", "--format", "md", "--code", "riverside"], "# Riverside Peer Services Code of Conduct"],
  ])("%j", (args, expected) => {
    const { stdout, code } = ethics(["--data", userCodes, ...args]);
    expect(code).toBe(0);
    expect(stdout).toContain(expected);
  });
});
