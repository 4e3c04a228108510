// `ethics concepts` names the codes whose standards are on a concept: a user's code that is there
// by a guess from its wording is marked so, as `topic` and `diff` mark it and --json marks each
// of its standards, whether the listing is made now or read back from the cache.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { harborFolder } from "./harbor-code.js";
import { ethics } from "./run.js";

const sections = `  - id: boundaries
    title: Boundaries
    standards:
      - number: 1
        text: "Staff will not establish romantic relationships with the people they support and will refrain from intimate or sexual activity with them."
`;

describe("a user's code on a concept by inference", () => {
  const dir = harborFolder(sections);
  const cache = mkdtempSync(join(tmpdir(), "ethics-cache-"));
  const run = (...args: string[]) => ethics(["--data", dir, ...args], { env: { ETHICS_CACHE_DIR: cache, COLUMNS: "200" } });

  it("is marked inferred on the concept's card, made and read back alike", () => {
    const made = run("concepts", "romance-or-sex-with-people-served");
    expect(made.code).toBe(0);
    expect(made.stdout.replace(/\s+/g, " ")).toMatch(/ standards: [^:]*\bHarbor \(inferred\)/);
    expect(run("concepts", "romance-or-sex-with-people-served").stdout).toBe(made.stdout);
  });

  it("…and in the listing, where the built-in codes are not", () => {
    const listing = run("concepts", "romantic-and-sexual-relationships").stdout.replace(/\s+/g, " ");
    expect(listing).toMatch(/\bHarbor \(inferred\)/);
    expect(listing).not.toMatch(/Alaska \(inferred\)/);
  });
});
