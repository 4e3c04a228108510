// A user's code with the id `and`, `to` or `through` (words a reference joins codes and numbers
// with) passed validate, but `show wi and nc` is Wisconsin and North Carolina: no reference
// could reach it. validate, --data and ETHICS_DATA now refuse such an id, as they refuse an id
// of digits alone, saying why.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RIVERSIDE_LINES } from "./riverside-code.js";
import { ethics, expectShortFailure, unwrapped } from "./run.js";

/** A folder with the Riverside code under `id`, and its file. */
function codeNamed(id: string, aliases?: string): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), "ethics-joining-id-"));
  const file = join(dir, "code.yaml");
  const lines = RIVERSIDE_LINES.map((line) => (line === "id: riverside" ? `id: ${id}${aliases ? `\naliases: [${aliases}]` : ""}` : line));
  writeFileSync(file, lines.join("\n"));
  return { dir, file };
}

const AND = "'and' joins references (show wi and nc), so no code so named could be shown; e.g. 'code-and'";

describe("a code id that is a word references are joined with", () => {
  it.each([
    ["and", AND],
    ["to", "'to' makes a range (show wi 5 to 7), so no code so named could be shown; e.g. 'code-to'"],
    ["through", "'through' makes a range (show wi 5 through 7), so no code so named could be shown; e.g. 'code-through'"],
  ])("validate refuses the id %s, saying why", (id, message) => {
    const { dir, file } = codeNamed(id);
    const result = ethics(["validate", dir]);
    expect(result.code).toBe(1);
    expect(unwrapped(result.stdout)).toContain(`${file}:1:5 id: ${message}\n`);
  });

  it("so does validate an alias so named", () => {
    const { dir, file } = codeNamed("riverside", "rv, and");
    const result = ethics(["validate", dir]);
    expect(result.code).toBe(1);
    expect(unwrapped(result.stdout)).toContain(`${file}:2:15 aliases[1]: ${AND}\n`);
  });

  it("--data refuses the file, as it refuses an id of digits", () => {
    const { dir, file } = codeNamed("and");
    expectShortFailure(ethics(["--data", dir, "show", "wi", "and", "nc"]), 1, `${file}:1:5 id: ${AND}`);
  });

  it("ETHICS_DATA skips it with a warning, and the built-in codes are read as ever", () => {
    const { dir, file } = codeNamed("and");
    const result = ethics(["show", "wi", "and", "nc"], { env: { ETHICS_DATA: dir } });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Code of Conduct for Peer Specialists\n/);
    expect(unwrapped(result.stderr)).toContain(`warning: skipped ${file}:1:5 id: ${AND}`);
  });

  it("an id that only holds such a word is one of its own", () => {
    const { dir } = codeNamed("and-more");
    expect(ethics(["validate", dir]).code).toBe(0);
    expect(ethics(["--data", dir, "show", "and-more", "1"]).stdout).toMatch(/^Riverside 1\n/);
  });

  it("export --id refuses it too", () => {
    expectShortFailure(ethics(["export", "--format", "yaml", "--code", "alaska", "--id", "to"]), 2, "ethics: --id 'to' makes a range (show wi 5 to 7)");
  });
});
