// Two standards with the same words in a user's code validated and loaded without a word. Both
// now warn (stderr, exit 0), naming the two standards, from the file as from the cache, unless
// an editorial remark says the source repeats itself there, as data/medi-cal.yaml's does.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, root, unwrapped } from "./run.js";

const riverside = readFileSync(join(root, "test/fixtures/user-codes/riverside-agency.yaml"), "utf8");
const lend = "        text: Will not lend or borrow money from people they support.\n";
const gifts = "        text: Will not accept gifts of more than token value from people they support.\n";
/** The riverside code with its Boundaries 2 pasted over with Boundaries 1's words; `remark`, an editorial remark on it. */
const twice = (remark?: string) => riverside.replace(lend, gifts + (remark === undefined ? "" : `        editorial: ["${remark}"]\n`));

function folderOf(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), "ethics-same-text-"));
  writeFileSync(join(dir, "riverside.yaml"), text);
  return dir;
}

const warningOf = (dir: string) =>
  `ethics: warning: ${join(dir, "riverside.yaml")}: standards 1 and 2 of Boundaries have the same text (the code loads; where the source repeats itself, say so in an editorial remark on one of them)`;

describe("standards with the same text in a user's code", () => {
  it.each([
    ["no cache", { ETHICS_NO_CACHE: "1" }],
    ["a cache, cold then warm", { ETHICS_CACHE_DIR: mkdtempSync(join(tmpdir(), "ethics-same-text-cache-")) }],
  ])("validate warns, naming both, and passes (%s)", (_, env) => {
    const dir = folderOf(twice());
    for (const round of [1, 2]) {
      const result = ethics(["validate", dir], { env });
      expect(result.stdout, `round ${round}`).toBe("1 file valid\n");
      expect(unwrapped(result.stderr), `round ${round}`).toBe(`${warningOf(dir)}\n`);
      expect(result.code).toBe(0);
    }
    const json = ethics(["validate", dir, "--json"], { env });
    expect(JSON.parse(json.stdout)).toEqual({ files: [{ file: join(dir, "riverside.yaml"), id: "riverside-agency", problems: [] }], problems: 0 });
    expect(unwrapped(json.stderr)).toBe(`${warningOf(dir)}\n`);
  });

  it.each([
    ["no cache", { ETHICS_NO_CACHE: "1" }],
    ["a cache, cold then warm", { ETHICS_CACHE_DIR: mkdtempSync(join(tmpdir(), "ethics-same-text-cache-")) }],
  ])("loading warns, and the command answers (%s)", (_, env) => {
    const dir = folderOf(twice());
    for (const round of [1, 2]) {
      const result = ethics(["--data", dir, "show", "riverside", "boundaries", "1"], { env });
      expect(result.stdout, `round ${round}`).toBe("Riverside · Boundaries 1\n  Will not accept gifts of more than token value from people they support.\n");
      expect(unwrapped(result.stderr), `round ${round}`).toBe(`${warningOf(dir)}\n`);
      expect(result.code).toBe(0);
    }
  });

  it("an editorial remark saying the source repeats it keeps both quiet", () => {
    const dir = folderOf(twice("The source repeats here, word for word, standard 1."));
    expect(ethics(["validate", dir]).stderr).toBe("");
    expect(ethics(["--data", dir, "list"]).stderr).toBe("");
  });

  it("names a section as citations do where two share a title, not 'Duties 1 and Duties 1'", () => {
    // Two sections headed alike (the source's headings), each with the same standard.
    const duties = (id: string) => `  - id: ${id}\n    title: Duties\n    standards:\n      - number: 1\n        text: Be kind.\n`;
    const dir = folderOf(riverside.replace("sections:\n", `sections:\n${duties("duties-to-staff")}${duties("duties-to-peers")}`));
    const result = ethics(["validate", dir]);
    expect(result.code).toBe(0);
    expect(unwrapped(result.stderr)).toBe(
      `ethics: warning: ${join(dir, "riverside.yaml")}: Duties (duties-to-staff) 1 and Duties (duties-to-peers) 1 have the same text (the code loads; where the source repeats itself, say so in an editorial remark on one of them)\n`,
    );
  });

  it("the built-in codes, validated as files, warn of nothing: Medi-Cal's repeat is said", () => {
    const result = ethics(["validate", "data/medi-cal.yaml", "data/alaska.yaml"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  });
});
