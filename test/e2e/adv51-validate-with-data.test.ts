// `validate` read neither --data nor ETHICS_DATA: a file whose id another folder's code has was
// called valid and then refused when both were loaded, and a copy derived from a code of that
// folder was "no code '…'" alone. It checks files against the codes the run loads, less the
// files it checks (a file of the --data folder is not reported twice).
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, STACK_TRACE, unwrapped } from "./run.js";

function code(id: string, title: string, shortName: string, derivedFrom?: string): string {
  const lineage = derivedFrom === undefined ? "" : `\n  derivedFrom: ${derivedFrom}`;
  return `id: ${id}
title: ${title}
shortName: ${shortName}
jurisdiction: Test
source:
  document: ${title}${lineage}
sections:
  - id: boundaries
    title: Boundaries
    standards:
      - {number: 1, text: Will not accept gifts.}
`;
}

const root = mkdtempSync(join(tmpdir(), "ethics-validate-data-"));
const agency = join(root, "agency");
const drafts = join(root, "drafts");
mkdirSync(agency);
mkdirSync(drafts);
writeFileSync(join(agency, "agency.yaml"), code("agency-code", "Agency Handbook", "Agency"));
const sameId = join(drafts, "same-id.yaml");
writeFileSync(sameId, code("agency-code", "Other Handbook", "Other"));
const copy = join(drafts, "copy.yaml");
writeFileSync(copy, code("agency-copy", "Agency Copy", "Copy", "agency-code"));
// Its id is the --data code's title as a name: loaded together, the title is what is refused.
const idIsTitle = join(drafts, "id-is-title.yaml");
writeFileSync(idIsTitle, code("agency-handbook", "Third Handbook", "Third"));

const wide = { COLUMNS: "1000" };

describe("validate checks files against the --data and ETHICS_DATA codes", () => {
  it.each([
    ["--data", ["--data", agency], {}],
    ["ETHICS_DATA", [], { ETHICS_DATA: agency }],
  ])("an id a %s code has is a problem, as loading both is", (_how, options, env) => {
    const result = ethics([...options, "validate", sameId], { env: { ...wide, ...env } });
    expect(result.stdout).toContain(`${sameId}:1:1 id: 'agency-code' clashes with 'agency-code' in ${join(agency, "agency.yaml")}`);
    expect(result.stderr).toBe("ethics: 1 problem found\n");
    expect(result.code).toBe(1);
    expect(ethics(["--data", agency, "--data", drafts, "list"]).code).toBe(1);
  });

  it("a name the --data code yields to the file is the file's problem too", () => {
    const result = ethics(["--data", agency, "validate", idIsTitle], { env: wide });
    expect(result.stdout).toContain(`${idIsTitle}:1:1 id: 'agency-handbook' clashes with the title 'Agency Handbook' of 'agency-code' in ${join(agency, "agency.yaml")}`);
    expect(result.code).toBe(1);
  });

  it("a lineage naming a --data code is valid, and without --data names none", () => {
    expect(ethics(["--data", agency, "validate", copy])).toMatchObject({ code: 0, stdout: "1 file valid\n", stderr: "" });
    expect(ethics(["validate", copy], { env: wide }).stdout).toContain("source.derivedFrom: no code 'agency-code'");
  });

  it("a --data folder validated itself is checked once, its problems reported once", () => {
    const folder = mkdtempSync(join(tmpdir(), "ethics-validate-data-self-"));
    writeFileSync(join(folder, "agency.yaml"), code("agency-code", "Agency Handbook", "Agency"));
    writeFileSync(join(folder, "broken.yaml"), "id: [\n");
    writeFileSync(join(folder, "topics.yaml"), "topics: []\n");
    for (const named of [folder, join(folder, "broken.yaml")]) {
      const result = ethics(["--data", folder, "validate", named], { env: wide });
      expect(result.stderr).not.toMatch(STACK_TRACE);
      expect(result.stdout.match(/broken\.yaml:/g)).toHaveLength(1);
      expect(result.stdout).not.toContain("clashes");
      expect(result.stderr.match(/topics\.yaml is not read/g) ?? []).toHaveLength(1);
      expect(result.stderr).toMatch(/ethics: 1 problem found\n$/);
      expect(result.code).toBe(1);
    }
  });

  // `ethics --data my-codes validate` gave `ethics --data my-codes validate <path...>`, a
  // placeholder to fill in: the folder given is what a person means to check, named so.
  it("validate with --data and no path: the hint checks the --data folder, and runs", () => {
    const result = ethics(["--data", agency, "validate"], { env: wide });
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(`ethics: validate needs <path...>: YAML code files or directories of them\nhint: to check the --data folder: \`ethics validate ${agency}\`\n`);
    expect(result.code).toBe(2);
    expect(ethics(["validate", agency])).toMatchObject({ code: 0, stdout: "1 file valid\n", stderr: "" });
  });

  it("with a --data folder that is not there, the hint is validate's help, which says what it takes", () => {
    const result = ethics(["--data", join(root, "gone"), "validate"], { env: wide });
    expect(result.stderr).toContain("hint: `ethics --data");
    // Not `validate <path...>`, the usage line, which a shell reads as redirections.
    expect(unwrapped(result.stderr)).toContain(" help validate` shows what it takes, with examples");
    expect(result.code).toBe(2);
  });
});
