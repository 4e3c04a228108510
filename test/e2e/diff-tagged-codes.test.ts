// A user's code whose file tags every standard with `concepts:` is read by those tags: diff must
// not call its concepts inferred, nor say of a matter it leaves out that none was "found" in it.
// (Before, any user's code was "inferred from its wording, not curated", tags or none.)
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";
import { codeFile } from "./tagged-code-file.js";

const dir = mkdtempSync(join(tmpdir(), "ethics-tagged-"));
writeFileSync(join(dir, "tagged.yaml"), codeFile("tagged", "Tagged", [["accepting-gifts"], ["keeping-confidences"]]));
writeFileSync(join(dir, "half.yaml"), codeFile("half", "Half", [["accepting-gifts"], undefined]));
writeFileSync(join(dir, "untagged.yaml"), codeFile("untagged", "Untagged", [undefined, undefined]));

const diff = (a: string, b: string, ...more: string[]) => ethics(["--data", dir, "diff", a, b, ...more], { env: { COLUMNS: "80", ETHICS_NO_CACHE: "1" } });

describe("diff of a user's code that tags every standard", () => {
  it("is not said to be inferred, and what it leaves out it does not address", () => {
    const { stdout, stderr, code } = diff("tagged", "alaska");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).not.toContain("inferred");
    expect(stdout).not.toContain("none found");
    expect(stdout.replace(/\n {4}/g, " ")).toMatch(/\n {2}Concepts: \d+ both address · \d+ only Tagged · \d+ only Alaska\n/);
    expect(stdout).toMatch(/\nOnly Alaska addresses \(\d+ concepts\)\n/);
  });

  it("--json: conceptsInferred is false for it, true for a code with a standard left untagged", () => {
    const tagged = JSON.parse(diff("tagged", "half", "--json").stdout) as { a: { conceptsInferred: boolean }; b: { conceptsInferred: boolean } };
    expect([tagged.a.conceptsInferred, tagged.b.conceptsInferred]).toEqual([false, true]);
    const untagged = JSON.parse(diff("untagged", "tagged", "--json").stdout) as { a: { conceptsInferred: boolean }; b: { conceptsInferred: boolean } };
    expect([untagged.a.conceptsInferred, untagged.b.conceptsInferred]).toEqual([true, false]);
  });

  it("a code with some standards untagged is said to be inferred for those", () => {
    const { stdout, code } = diff("half", "tagged");
    expect(code).toBe(0);
    expect(stdout.replace(/\n\s+/g, " ")).toContain("Half's concepts are inferred from its wording for 1 of its 2 standards, not curated; its file tags the rest.");
    expect(stdout).not.toContain("Tagged's concepts are inferred");
  });
});
