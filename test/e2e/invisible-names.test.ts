// A short name or title is compared with the others as a slug, so that no two codes answer to
// one name and a citation names one code. A character that shows nothing (a zero width joiner,
// a soft hyphen, a zero width space: Unicode's default-ignorable characters) must not make a
// name another: "Ala<ZWJ>ska · Boundaries 1" reads as an Alaska citation.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, root } from "./run.js";

const example = readFileSync(join(root, "test/fixtures/user-codes/riverside-agency.yaml"), "utf8");

/** A folder with one user code: the example under its own id, with this short name. */
function codeNamed(shortName: string, id = "spoof"): string {
  const dir = mkdtempSync(join(tmpdir(), "ethics-invisible-"));
  writeFileSync(join(dir, `${id}.yaml`), example.replace("id: riverside-agency", `id: ${id}`).replace("aliases: [riverside]\n", "").replace("shortName: Riverside", `shortName: "${shortName}"`));
  return dir;
}

describe("characters that show nothing in a name", () => {
  it.each([
    ["a zero width joiner", "Ala\u200dska"],
    ["a soft hyphen", "Alas\u00adka"],
    ["a zero width space", "Ala\u200bska"],
    ["a word joiner", "Ala\u2060ska"],
  ])("%s does not make a short name other than the built-in code's", (_what, shortName) => {
    const result = ethics(["--data", codeNamed(shortName), "list"]);
    expect(result.code).toBe(1);
    expect(result.stderr.replace(/\s+/g, " ")).toContain("('alaska') clashes with the built-in code 'alaska'");
  });

  it("two users' codes, one name apart by a soft hyphen, clash too; validate says so", () => {
    const dir = mkdtempSync(join(tmpdir(), "ethics-invisible-"));
    for (const [id, name] of [["first", "Riverside"], ["second", "River\u00adside"]] as const) {
      mkdirSync(join(dir, id));
      writeFileSync(join(dir, id, "code.yaml"), example.replace("id: riverside-agency", `id: ${id}`).replace("aliases: [riverside]\n", "").replace("shortName: Riverside", `shortName: "${name}"`).replace(/^title: .*$/m, `title: The ${id} code`));
    }
    const result = ethics(["validate", join(dir, "first"), join(dir, "second")]);
    expect(result.code).toBe(1);
    // Shown, or the two names quoted would look the same (name-shown.ts).
    expect(result.stdout).toContain("shortName: 'River<U+00AD>side' clashes with the short name of 'first'");
  });

  it("a name typed with one resolves as typed without it", () => {
    const result = ethics(["show", "ala\u200dska", "--json"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).id).toBe("alaska");
  });
});
