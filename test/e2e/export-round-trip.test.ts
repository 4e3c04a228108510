// `export --format yaml|json --code <id>` writes a code file: under a new id, `ethics validate`
// accepts it and --data loads it as the same code (issue 14, item 6), for all five codes.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { ethics, expectShortFailure, root } from "./run.js";

const IDS = ["alaska", "california", "medi-cal", "north-carolina", "wisconsin"];

interface CodeJson {
  id: string;
  aliases: string[];
  origin: string;
  file: string;
  sections: { standards: { code: string; citation: string }[] }[];
  [field: string]: unknown;
}

/**
 * Everything a copy must keep: all but its names (and the citations made of them, and the remark
 * on its title, which says what the copy's mark is), where it was read from, and its lineage (a
 * copy under a new id derives from its original).
 */
function content(code: CodeJson) {
  const { id: _id, aliases: _aliases, title: _title, shortName: _shortName, origin: _origin, file: _file, sections, values, source, editorial, ...rest } = code;
  const { derivedFrom: _derivedFrom, ...provenance } = source as Record<string, unknown>;
  const { derivedFrom: _lineageNote, title: _titleNote, ...remarks } = editorial as Record<string, unknown>;
  return {
    ...rest,
    source: provenance,
    editorial: remarks,
    values: (values as { citation: string }[]).map(({ citation: _citation, ...value }) => value),
    sections: sections.map((section) => ({ ...section, standards: section.standards.map(({ code: _code, citation: _citation, ...standard }) => standard) })),
  };
}

/** Validate a directory of copies, load it beside the built-in codes, and compare each copy with its original. */
function expectSameCodes(dir: string, copyOf: (id: string) => string): void {
  const validated = ethics(["validate", dir]);
  expect(validated.stderr).toBe("");
  expect(validated.stdout).toBe(`${IDS.length} files valid\n`);
  const { codes } = JSON.parse(ethics(["--data", dir, "export", "--format", "json"], { env: { ETHICS_NO_CACHE: "1" } }).stdout) as { codes: CodeJson[] };
  for (const id of IDS) {
    const original = codes.find((code) => code.id === id)!;
    const copy = codes.find((code) => code.id === copyOf(id))!;
    expect(copy, copyOf(id)).toBeDefined();
    expect(copy.origin).toBe("user");
    expect(content(copy)).toEqual(content(original));
  }
}

describe("export round trip", () => {
  it("yaml --code <id> --id <new-id>: validates and loads as the same code, for all five", () => {
    const dir = mkdtempSync(join(tmpdir(), "ethics-yaml-"));
    for (const id of IDS) {
      const { stdout, code } = ethics(["export", "--format", "yaml", "--code", id, "--id", `copy-of-${id}`]);
      expect(code).toBe(0);
      expect(stdout).toMatch(new RegExp(`^# Exported by ethics from the code '${id}'\\.\\nid: copy-of-${id}\\n`));
      writeFileSync(join(dir, `copy-of-${id}.yaml`), stdout);
    }
    expectSameCodes(dir, (id) => `copy-of-${id}`);
    // Each copy says it derives from its original, so diff reads them as versions: no change, by
    // wording or by concept.
    const { codes } = JSON.parse(ethics(["--data", dir, "export", "--format", "json"], { env: { ETHICS_NO_CACHE: "1" } }).stdout) as { codes: CodeJson[] };
    for (const id of IDS) expect((codes.find((code) => code.id === `copy-of-${id}`)!.source as { derivedFrom?: string }).derivedFrom).toBe(id);
    // Its title's mark, no word of the source's, is said to be ethics's.
    for (const id of IDS) expect((codes.find((code) => code.id === `copy-of-${id}`)!.editorial as { title?: string }).title).toMatch(new RegExp(`“ \\(copy-of-${id}\\)” at the end of the title is not the source's: ethics added it when it exported this copy \\(export --id copy-of-${id}\\), to tell the copy from its original\\.$`));
    for (const id of IDS) {
      const { stdout, code } = ethics(["--data", dir, "diff", id, `copy-of-${id}`], { env: { ETHICS_NO_CACHE: "1" } });
      expect(code, id).toBe(0);
      expect(stdout, id).toMatch(/A revision: .* derives from /);
      expect(stdout, id).toMatch(/standards: (\d+) same · 0 changed/);
      expect(stdout, id).toContain("adds 0, drops 0; binds no more or less strongly on any concept both address");
    }
  });

  it("json --code <ids…>: a list of code files; under new ids, as YAML, they validate and load as the same codes", () => {
    const dir = mkdtempSync(join(tmpdir(), "ethics-json-"));
    const files = JSON.parse(ethics(["export", "--format", "json", ...IDS.flatMap((id) => ["--code", id])]).stdout) as { id: string; aliases?: string[] }[];
    expect(files.map((file) => file.id)).toEqual(IDS);
    for (const file of files) {
      const { aliases: _aliases, ...rest } = file as { aliases?: string[]; [field: string]: unknown };
      // A copy under a new id needs names of its own, as a user would give it (export --id does so).
      writeFileSync(join(dir, `json-${file.id}.yaml`), stringify({ ...rest, id: `json-${file.id}`, title: `${rest.title as string} (copy)`, shortName: `${rest.shortName as string} (copy)` }));
    }
    expectSameCodes(dir, (id) => `json-${id}`);
  });

  it("yaml --code <a> --code <b>: a stream the file's own head says how to split; split so and renamed, the codes load and answer as the originals", () => {
    const dir = mkdtempSync(join(tmpdir(), "ethics-stream-"));
    const exported = ethics(["export", "--format", "yaml", "--code", "alaska", "--code", "wisconsin"]);
    expect(exported.stderr).toBe("");
    expect(exported.code).toBe(0);
    const head = exported.stdout.split("\n").filter((line) => line.startsWith("#"));
    for (const line of head) expect(line.length, line).toBeLessThanOrEqual(80);
    writeFileSync(join(dir, "codes.yaml"), exported.stdout);
    // As a stream, --data and validate refuse it, saying how to split it.
    const refused = ethics(["validate", join(dir, "codes.yaml")]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain("the file holds 2 YAML documents (a stream, as `ethics export --format yaml` writes several codes); a code file is one code: split it at its --- lines");
    // The split the head gives, run as written; then the stream itself goes.
    const split = head.find((line) => line.trimStart().startsWith("#   awk "))!.slice(1).trim();
    const shell = spawnSync("sh", ["-c", split], { cwd: dir, encoding: "utf8" });
    expect(shell.status, shell.stderr).toBe(0);
    unlinkSync(join(dir, "codes.yaml"));
    expect(readdirSync(dir).sort()).toEqual(["code-1.yaml", "code-2.yaml"]);
    // Names of their own, as the head asks (as export --id gives them): a new id, no aliases, a
    // title and short name of its own, and the original named as what it derives from.
    for (const file of readdirSync(dir)) {
      const original = readFileSync(join(dir, file), "utf8").match(/^id: (.+)$/m)![1]!;
      const text = readFileSync(join(dir, file), "utf8")
        .replace(/^id: (.+)$/m, "id: copy-of-$1")
        .replace(/^source:\n/m, `source:\n  derivedFrom: ${original}\n`)
        .replace(/^aliases:\n(  - .+\n)+/m, "")
        .replace(/^(title|shortName): (.+)$/gm, "$1: $2 (copy)");
      writeFileSync(join(dir, file), text);
    }
    expect(ethics(["validate", dir]).stdout).toBe("2 files valid\n");
    // Names and citations aside, what show and search print of a copy is what they print of its original.
    const NAMES = new Set(["title", "shortName", "citation", "aliases", "origin", "file", "derivedFrom"]);
    const unnamed = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(unnamed)
        : value !== null && typeof value === "object"
          ? Object.fromEntries(Object.entries(value).flatMap(([key, child]) => (NAMES.has(key) ? [] : [[key, unnamed(child)]])))
          : typeof value === "string"
            ? value.replace(/^copy-of-/, "")
            : value;
    const asked = (id: string) => [["show", id, "--json"], ["search", "gifts", "--code", id, "--json"], ["search", "confidential information", "--code", id, "--json"], ["search", "can I accept a gift from a client", "--code", id, "--json"]];
    for (const id of ["alaska", "wisconsin"]) {
      // "can I accept a gift from a client": Wisconsin 8 answers as a rule related to accepting gifts, in the copy too.
      for (const args of asked(id)) {
        const original = ethics(["--data", dir, ...args]);
        const copy = ethics(["--data", dir, ...args.map((arg) => (arg === id ? `copy-of-${id}` : arg))]);
        expect(copy.stderr).toBe("");
        expect(copy.code).toBe(original.code);
        expect(unnamed(JSON.parse(copy.stdout))).toEqual(unnamed(JSON.parse(original.stdout)));
      }
    }
    // The copies' related rules are found when their index parts are made: read back from the
    // cache (the parts, then the whole index, stored once the same files are searched again),
    // they answer as when made, and as without a cache.
    const gift = ["--data", dir, ...asked("copy-of-wisconsin")[3]!];
    const first = ethics(gift);
    expect(JSON.stringify(JSON.parse(first.stdout))).toContain('"number":8');
    for (const again of [ethics(gift), ethics(gift), ethics(gift, { env: { ETHICS_NO_CACHE: "1" } })]) expect(again).toEqual(first);
  });

  it("json --code <a> --code <b> saved as one file: validate says it is a list of codes, to save one a file", () => {
    const dir = mkdtempSync(join(tmpdir(), "ethics-json-list-"));
    writeFileSync(join(dir, "codes.yaml"), ethics(["export", "--json", "--code", "ak", "--code", "wi"]).stdout);
    const { stdout, code } = ethics(["validate", dir]);
    expect(code).toBe(1);
    expect(stdout).toBe(`${join(dir, "codes.yaml")}:1:1: the file is a list of 2 codes (as \`ethics export --json\` writes several); a code file is one code: save each in a file of its own\n1 problem in 1 file\n`);
  });

  it.each(["yaml", "json"])("export --format %s without --code saved as a code file: validate says it is the whole model, to export one code", (format) => {
    const dir = mkdtempSync(join(tmpdir(), "ethics-model-"));
    writeFileSync(join(dir, "all.yaml"), ethics(["export", "--format", format]).stdout);
    const { stdout, code } = ethics(["validate", dir]);
    expect(code).toBe(1);
    expect(stdout).toBe(
      `${join(dir, "all.yaml")}:1:1: the file is the whole model ({ codes: […] }, ${IDS.length} codes) that \`ethics export\` writes without --code; a code file is one code: export one with --code (and --id to give it an id of its own)\n1 problem in 1 file\n`,
    );
  });

  it("one code is one object, the code file's content; without --code, the model as before", () => {
    const file = JSON.parse(ethics(["export", "--json", "--code", "wi"]).stdout);
    expect(file).toMatchObject({ id: "wisconsin", aliases: ["wi"], numbering: "source", scope: expect.stringContaining("Peer Specialists") });
    expect(file).not.toHaveProperty("origin");
    expect(file.sections[0].standards[0]).toEqual({ number: 1, text: expect.stringContaining("The primary responsibility") });
    const model = JSON.parse(ethics(["export", "--format", "json"]).stdout);
    expect(model.codes.map((code: { id: string }) => code.id)).toEqual(IDS);
    expect(model.codes[0]).toHaveProperty("origin", "builtin");
  });

  it("an exported code is valid once its id is changed: as it is, it clashes with the original", () => {
    const dir = mkdtempSync(join(tmpdir(), "ethics-clash-"));
    writeFileSync(join(dir, "alaska.yaml"), ethics(["export", "--format", "yaml", "--code", "alaska"]).stdout);
    const { stdout, code } = ethics(["validate", dir]);
    expect(code).toBe(1);
    expect(stdout).toContain("id: 'alaska' clashes with the built-in code 'alaska'");
  });

  it("a user's code: its standards' own concept tags go with it, so the copies answer as it does", () => {
    const fixtures = join(root, "test/fixtures/every-field");
    const dir = mkdtempSync(join(tmpdir(), "ethics-tags-"));
    for (const format of ["yaml", "json"]) {
      const { stdout, code } = ethics(["--data", fixtures, "export", "--format", format, "--code", "every-field", "--id", `${format}-copy`]);
      expect(code).toBe(0);
      writeFileSync(join(dir, `${format}-copy.yaml`), stdout);
    }
    // Each concept's standards, by code: the original's tagged and inferred ones, and each copy's.
    const listing = JSON.parse(ethics(["--data", fixtures, "--data", dir, "concepts", "--json"], { env: { ETHICS_NO_CACHE: "1" } }).stdout) as {
      topics: { concepts: { id: string; standards: { code: string; section: string; number: number; citation: string; inferred?: boolean }[] }[] }[];
    };
    const conceptsOf = (id: string) =>
      listing.topics.flatMap((topic) => topic.concepts.flatMap((concept) => concept.standards.filter((standard) => standard.code === id).map(({ code: _code, citation: _citation, ...place }) => ({ concept: concept.id, ...place }))));
    expect(conceptsOf("every-field")).toContainEqual(expect.objectContaining({ concept: "gift-value-limits", section: "boundaries", number: 1 }));
    expect(conceptsOf("yaml-copy")).toEqual(conceptsOf("every-field"));
    expect(conceptsOf("json-copy")).toEqual(conceptsOf("every-field"));
    // The tag the index lacks is kept as written, for validate to name in the copies as in the original.
    const { stdout } = ethics(["validate", dir]);
    for (const copy of ["yaml-copy", "json-copy"]) expect(stdout).toContain(`${copy}.yaml:`);
    expect(stdout.match(/no concept 'no-such-concept'/g)).toHaveLength(2);
  });

  it.each([
    [["export", "--code", "ak", "--id", "wi"], 1, "--id 'wi' is already an alias of wisconsin"],
    [["export", "--code", "ak", "--id", "My_Code"], 2, "--id 'My_Code' is not an id"],
    [["export", "--id", "mine"], 2, "--id renames one code: name the code to copy"],
    [["export", "--code", "ak", "--code", "nc", "--id", "mine"], 2, "--id renames one code: 2 are named"],
    [["export", "ak", "--code", "nc", "--id", "mine"], 2, "--id renames one code: 2 are named"],
    [["export", "--format", "md", "--code", "ak", "--id", "mine"], 2, "use it with --format yaml or json, not md"],
  ])("%j fails with a short message", (args, exitCode, message) => {
    expectShortFailure(ethics(args), exitCode, message);
  });
});
