// A revision that renumbers a standard must say so: a manager checking it cites the standard
// anew. A copy of Wisconsin with its standard 12 numbered 99 said "15 same · 0 changed" and
// nothing else, and with --only changed "Nothing to list"; only --full showed "12 → 99".
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ethics } from "./run.js";

const data = mkdtempSync(join(tmpdir(), "ethics-renumbered-"));
afterAll(() => rmSync(data, { recursive: true, force: true }));

describe("diff of a revision that renumbers a standard", () => {
  // As a user makes one: export the code under a new id, then edit one number (sed).
  let exported = { stdout: "", code: -1 };
  let renumbered = "";
  beforeAll(() => {
    exported = ethics(["export", "--format", "yaml", "--code", "wi", "--id", "my-wi"]);
    renumbered = exported.stdout.replace(/^ {6}- number: 12$/m, "      - number: 99");
    writeFileSync(join(data, "my-wi.yaml"), renumbered);
  });
  const diff = (...args: string[]) => ethics(["--data", data, "diff", "wi", "my-wi", ...args], { env: { COLUMNS: "80" } });

  it("counts it in the summary and names it, old → new", () => {
    expect(exported.code).toBe(0);
    expect(renumbered).not.toBe(exported.stdout);
    const { stdout, stderr, code } = diff();
    expect([code, stderr]).toEqual([0, ""]);
    expect(stdout).toContain("\n  15 → 15 standards: 15 same · 0 changed · 1 renumbered\n  Renumbered: 12 → 99\n");
    for (const line of stdout.split("\n")) expect([...line].length).toBeLessThanOrEqual(80);
  });

  it("--only changed lists it, whole, rather than nothing", () => {
    const { stdout, stderr, code } = diff("--only", "changed");
    expect([code, stderr]).toEqual([0, ""]);
    expect(stdout).not.toContain("Nothing to list");
    expect(stdout).toContain("\n\nRenumbered, worded the same (1)\n  12 → 99: Peer Specialists will not accept gifts of significant value from\n");
    for (const line of stdout.split("\n")) expect([...line].length).toBeLessThanOrEqual(80);
  });

  it("--json keeps its fields: the counts by wording, and the pair under --only changed", () => {
    const whole = JSON.parse(diff("--json").stdout);
    expect([whole.summary.same, whole.summary.changed, whole.summary.renumbered]).toEqual([15, 0, 1]);
    const changed = JSON.parse(diff("--only", "changed", "--json").stdout);
    expect(changed.summary).toEqual(whole.summary);
    expect(changed.pairs.map((pair: { a: { citation: string }; b: { citation: string }; status: string; renumbered: boolean }) => [pair.a.citation, pair.b.citation, pair.status, pair.renumbered])).toEqual([
      ["Wisconsin 12", "Wisconsin (my-wi) 99", "same", true],
    ]);
  });
});
