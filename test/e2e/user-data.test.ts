import { chmodSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, expectShortFailure, root } from "./run.js";

const userCodes = join(root, "test/fixtures/user-codes");
const bad = join(root, "test/fixtures/bad");

describe("users' own codes", () => {
  it("the fixture is the README/docs example, word for word", () => {
    const doc = readFileSync(join(root, "docs/data-format.md"), "utf8");
    const example = doc.match(/## A complete small example\n\n```yaml\n([\s\S]*?)```/)![1]!;
    const fixture = readFileSync(join(userCodes, "riverside-agency.yaml"), "utf8");
    expect(fixture.replace(/^#.*\n/, "")).toBe(example);
  });

  it.each([
    ["--data", (args: string[]) => ethics(["--data", userCodes, ...args])],
    ["ETHICS_DATA", (args: string[]) => ethics(args, { env: { ETHICS_DATA: userCodes } })],
  ])("adds codes from %s to list and show, marked as user codes", (_how, run) => {
    const listed = run(["list"]);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/riverside-agency \(riverside\)\s*│ Riverside Peer Services Code of Conduct/);
    expect(listed.stdout).toContain("(user)");
    const shown = run(["show", "riverside", "boundaries", "2"]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain("Riverside · Boundaries 2");
    expect(shown.stdout).toContain("Note: See the agency gift policy.");
    const json = JSON.parse(run(["show", "riverside-agency", "privacy", "1", "--json"]).stdout);
    expect(json.items).toEqual([{ label: "a", text: "Tell people the limits of confidentiality at the first meeting." }]);
    const listJson = JSON.parse(run(["list", "--json"]).stdout);
    expect(listJson.codes.find((code: { id: string }) => code.id === "riverside-agency").origin).toBe("user");
  });
});

describe("ethics validate", () => {
  it("reports every problem in every file as file:line:col path: message, exit 1", () => {
    const { stdout, stderr, code } = ethics(["validate", bad]);
    expect(code).toBe(1);
    const lines = stdout.trim().split("\n");
    expect(lines).toContain(`${bad}/wrong-shape.yaml:13:17 sections[0].standards[1].number: expected a whole number ≥ 1`);
    expect(lines).toContain(`${bad}/wrong-shape.yaml:20:11 sections[1].standards[0].text: expected text`);
    expect(lines).toContain(`${bad}/malformed.yaml:2:8: this quote is never closed (the value runs on into the lines below)`);
    expect(lines).toContain(`${bad}/alias-bomb.yaml:8:9: cannot read: more than 50 aliases (*name); code files need none`);
    expect(stdout).toMatch(/riverside-agency.yaml:2:1 id: 'riverside-agency' clashes with 'riverside-agency' in .*duplicate-ids.yaml; rename it/);
    expect(lines[lines.length - 1]).toBe("5 problems in 4 of 5 files");
    expect(stderr).toBe("ethics: 5 problems found\n");
  });

  it("accepts valid files with a one-line summary, exit 0", () => {
    const { stdout, code } = ethics(["validate", userCodes, join(root, "data")]);
    expect(code).toBe(0);
    expect(stdout).toBe("6 files valid\n");
  });

  it("says which field is unknown and suggests the right one", () => {
    const dir = mkdtempSync(join(tmpdir(), "ethics-"));
    const file = join(dir, "typo.yaml");
    writeFileSync(file, readFileSync(join(userCodes, "riverside-agency.yaml"), "utf8").replace("shortName:", "shortname:"));
    const { stdout, code } = ethics(["validate", file]);
    expect(code).toBe(1);
    expect(stdout).toContain(`${file}:5:1 shortname: unknown field 'shortname' — did you mean shortName?`);
    expect(stdout).toContain(`${file}:2:1 shortName: missing short name`);
  });

  it("takes a field's start for the field, and a field written a level too high for the one below", () => {
    const dir = mkdtempSync(join(tmpdir(), "ethics-"));
    const file = join(dir, "slips.yaml");
    const text = readFileSync(join(userCodes, "riverside-agency.yaml"), "utf8").replace("shortName:", "short:").replace(/^source:\n/m, "document: Handbook\nsource:\n");
    writeFileSync(file, text);
    const { stdout, code } = ethics(["validate", file], { env: { COLUMNS: "200" } });
    expect(code).toBe(1);
    expect(stdout).toMatch(/ short: unknown field 'short' — did you mean shortName\?\n/);
    expect(stdout).toMatch(/ document: unknown field 'document' — it belongs under source:\n/);
  });

  it("says a quoted text ended early, where, and how to quote it, rather than blaming the indentation", () => {
    const dir = mkdtempSync(join(tmpdir(), "ethics-"));
    const file = join(dir, "quote.yaml");
    const text = readFileSync(join(userCodes, "riverside-agency.yaml"), "utf8").replace(
      "    text: This code guides peer staff of Riverside Peer Services.",
      "    text: 'This code guides the county's peer staff.'",
    );
    writeFileSync(file, text);
    const { stdout, code } = ethics(["validate", file], { env: { COLUMNS: "200" } });
    expect(code).toBe(1);
    expect(stdout).toContain(`${file}:14:39: the quoted text ends early, at this '`);
    expect(stdout.replace(/\s+/g, " ")).toContain(`quote the whole text once: text: "This code guides the county's peer staff."`);
    expect(stdout).not.toMatch(/indented/);
  });

  it("with nothing close, says what the place takes, once a file for each kind of place", () => {
    const dir = mkdtempSync(join(tmpdir(), "ethics-"));
    const file = join(dir, "stray.yaml");
    const text = readFileSync(join(userCodes, "riverside-agency.yaml"), "utf8").replace(/^source:\n/m, "source:\n  retrieved: 2026-12-01\n  fetched: yesterday\n");
    writeFileSync(file, text);
    const { stdout, code } = ethics(["validate", file], { env: { COLUMNS: "200" } });
    expect(code).toBe(1);
    expect(stdout).toMatch(/source\.retrieved: unknown field 'retrieved' — source takes document, issuer, adopted, notice, statement, attribution, url, transcript, derivedFrom\n/);
    expect(stdout).toMatch(/source\.fetched: unknown field 'fetched'\n/);
  });

  it("names a concept tag the index does not have, where it is, and the nearest id", () => {
    const dir = mkdtempSync(join(tmpdir(), "ethics-"));
    const file = join(dir, "tags.yaml");
    const text = readFileSync(join(userCodes, "riverside-agency.yaml"), "utf8").replace(
      "        text: Will not accept gifts of more than token value from people they support.\n",
      "        text: Will not accept gifts of more than token value from people they support.\n        concepts: [accepting-gifts, gift-value-limit]\n",
    );
    writeFileSync(file, text);
    const { stdout, stderr, code } = ethics(["validate", file]);
    expect(code).toBe(1);
    expect(stdout).toContain(`${file}:24:37 sections[0].standards[0].concepts[1]: no concept 'gift-value-limit': expected an id that \`ethics concepts\` lists — did you mean gift-value-limits?`);
    expect(stderr).toBe("ethics: 1 problem found\n");
    // Known tags are read as they are written.
    const shown = JSON.parse(ethics(["--data", dir, "search", "token value gifts", "--code", "riverside", "--json"]).stdout);
    expect(shown.hits[0].concepts).toEqual(["accepting-gifts"]);
  });

  it("reports a clash with a built-in code and how to rename it", () => {
    const { stdout, code } = ethics(["validate", join(root, "test/fixtures/clash")]);
    expect(code).toBe(1);
    expect(stdout).toContain("id: 'alaska' clashes with the built-in code 'alaska'; rename it (e.g. 'alaska-local')");
  });

  it("refuses ids a reference cannot reach, and checks a file named twice once", () => {
    const dir = mkdtempSync(join(tmpdir(), "ethics-"));
    const codes = join(dir, "codes");
    mkdirSync(codes);
    const riverside = readFileSync(join(userCodes, "riverside-agency.yaml"), "utf8");
    writeFileSync(join(codes, "riverside.yaml"), riverside);
    // show would read '2024' as a standard number, and a section 'values' hides the code's values.
    writeFileSync(join(codes, "y.yaml"), riverside.replace("id: riverside-agency", 'id: "2024"').replace("aliases: [riverside]", "aliases: []"));
    writeFileSync(join(codes, "v.yaml"), riverside.replace("id: riverside-agency", "id: v-code").replace("aliases: [riverside]", "aliases: []").replace("id: boundaries", "id: values"));
    symlinkSync(codes, join(dir, "codes-link"));
    symlinkSync(join(codes, "riverside.yaml"), join(dir, "riverside-link.yaml"));
    const { stdout, code } = ethics(["validate", "codes", "codes/riverside.yaml", "codes-link", "./codes", "riverside-link.yaml"], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout.split("\n").map((line) => line.replace(/:\d+:\d+ /, " "))).toEqual([
      "codes/v.yaml sections[0].id: 'values' is reserved: `ethics show <code> values` shows the code's value statements; name the section otherwise, e.g. 'values-section'",
      "codes/y.yaml id: '2024' reads as a standard number in a reference; an id needs a letter, e.g. 'code-2024'",
      "2 problems in 2 of 3 files",
      "",
    ]);
  });

  it("--json gives the report as data", () => {
    const report = JSON.parse(ethics(["validate", bad, "--json"]).stdout);
    expect(report.problems).toBe(5);
    const wrong = report.files.find((file: { file: string }) => file.file.endsWith("wrong-shape.yaml"));
    expect(wrong.problems[0]).toEqual({ file: wrong.file, line: 13, col: 17, path: "sections[0].standards[1].number", message: "expected a whole number ≥ 1" });
  });
});

describe("bad data never breaks the tool", () => {
  const cases: [string, string[], NodeJS.ProcessEnv | undefined, RegExp][] = [
    ["malformed YAML", ["--data", bad, "list"], undefined, /malformed\.yaml:2:8: this quote is never closed/],
    ["a file of the wrong shape", ["--data", bad, "list"], undefined, /wrong-shape\.yaml:13:17 sections\[0\]\.standards\[1\]\.number: expected a whole number/],
    ["an alias bomb", ["--data", bad, "list"], undefined, /alias-bomb\.yaml:8:9: cannot read: more than 50 aliases/],
    ["duplicate ids", ["--data", join(root, "test/fixtures/duplicate-ids"), "list"], undefined, /riverside-agency\.yaml: id 'riverside-agency' clashes with the user code 'riverside-agency' in .*a-second\.yaml/],
    ["a clash with a built-in id", ["--data", join(root, "test/fixtures/clash"), "list"], undefined, /alaska\.yaml: id 'alaska' clashes with the built-in code 'alaska'\nhint: rename it in .*alaska\.yaml, e\.g\. id: alaska-local/],
    ["a missing data directory", ["--data", "/no/such/dir", "list"], undefined, /data directory '\/no\/such\/dir' does not exist/],
    ["a file given as data directory", ["--data", join(root, "package.json"), "list"], undefined, /is not a directory/],
  ];
  it.each(cases)("%s: a short message, exit 1, no stack trace", (_name, args, env, message) => {
    expectShortFailure(ethics(args, env ? { env } : {}), 1, message);
  });

  it("an unreadable data directory", () => {
    if (process.getuid?.() === 0) {
      // root reads everything; a directory that is not one stands in for it
      const { stderr, code } = ethics(["--data", join(root, "README.md"), "list"]);
      expect(code).toBe(1);
      expect(stderr).toContain("is not a directory");
      return;
    }
    const dir = mkdtempSync(join(tmpdir(), "ethics-"));
    chmodSync(dir, 0);
    const { stderr, code } = ethics(["--data", dir, "list"]);
    expect(code).toBe(1);
    expect(stderr).toContain("permission denied");
  });

  it("a very large file is refused before it is parsed", () => {
    const dir = mkdtempSync(join(tmpdir(), "ethics-"));
    writeFileSync(join(dir, "huge.yaml"), "id: huge\n" + `# ${"x".repeat(1000)}\n`.repeat(3000));
    const { stdout, code } = ethics(["validate", dir]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/huge\.yaml: file is 2\.9 MiB; a code file may be at most 2 MiB/);
  });

  it("control characters and escape sequences in a code's text are made visible, except in --json", () => {
    const evil = join(root, "test/fixtures/evil");
    for (const args of [["list"], ["show", "evil"], ["show", "evil", "1"], ["export", "--format", "md"], ["export", "--format", "csv"]]) {
      const { stdout, code } = ethics(["--data", evil, ...args]);
      expect(code, args.join(" ")).toBe(0);
      expect(stdout, args.join(" ")).not.toMatch(/[\u0007\u001b\u202e]/);
    }
    const shown = ethics(["--data", evil, "show", "evil", "1"]).stdout;
    expect(shown).toContain("Keep gifts ␛[5mblinking␛[0m and <U+202E>evil<U+202C> text ␇ out.");
    const json = JSON.parse(ethics(["--data", evil, "show", "evil", "1", "--json"]).stdout);
    expect(json.text).toBe("Keep gifts \u001b[5mblinking\u001b[0m and \u202eevil\u202c text \u0007 out.");
  });
});
