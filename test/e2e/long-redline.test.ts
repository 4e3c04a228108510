// `diff` of a revision redlines each pair of standards word by word, finding the fewest edits:
// work that grows with the square of their number. A code file may be 2 MiB, so one standard
// rewritten throughout (a long text with every fourth word changed) must still be compared in
// bounded time, and its redline still give back both wordings exactly.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root, runEnvironment } from "./run.js";

const example = readFileSync(join(root, "test/fixtures/user-codes/riverside-agency.yaml"), "utf8");

/** A word of five letters, different for each n (no two standards share many by chance). */
function word(n: number): string {
  return Array.from({ length: 5 }, (_, place) => "abcdefghij"[Math.floor(n / 10 ** place) % 10]).join("");
}

function codeFile(id: string, text: string, derivedFrom?: string): string {
  return example
    .replace("id: riverside-agency", `id: ${id}`)
    .replace("aliases: [riverside]\n", "")
    .replace("shortName: Riverside", `shortName: ${id.toUpperCase()}`)
    .replace(/^title: .*$/m, `title: The ${id} code`)
    .replace("  adopted: 2024-03-01", `  adopted: 2024-03-01${derivedFrom ? `\n  derivedFrom: ${derivedFrom}` : ""}`)
    .replace("text: Will not lend or borrow money from people they support.", `text: "${text}"`);
}

describe("a redline of a long standard rewritten throughout", () => {
  it("is made in bounded time, and gives back both wordings", () => {
    const dir = mkdtempSync(join(tmpdir(), "ethics-redline-"));
    const words = Array.from({ length: 60_000 }, (_, n) => word((n * 7919) % 100_000));
    const before = words.join(" ");
    const after = words.map((each, n) => (n % 4 === 0 ? `x${each}` : each)).join(" ");
    writeFileSync(join(dir, "base.yaml"), codeFile("base", before));
    writeFileSync(join(dir, "rev.yaml"), codeFile("rev", after, "base"));
    const started = Date.now();
    const result = spawnSync(process.execPath, [join(root, "bin/ethics.cjs"), "--data", dir, "diff", "base", "rev", "--json"], {
      env: runEnvironment({}),
      encoding: "utf8",
      timeout: 60_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    // On main this ran for minutes; bounded, it takes a few seconds.
    expect(result.status).toBe(0);
    expect(Date.now() - started).toBeLessThan(45_000);
    const pair = JSON.parse(result.stdout).pairs.find((each: { status: string }) => each.status === "changed");
    const changes: { type: string; text: string }[] = pair.changes;
    expect(changes.filter((change) => change.type !== "added").map((change) => change.text).join("")).toBe(before);
    expect(changes.filter((change) => change.type !== "removed").map((change) => change.text).join("")).toBe(after);
  });
});
