// Slips made editing a copy of a code by hand, as a peer makes them, and what `validate` and
// --data say of each: a field left empty was placed at line 1, column 1, and said only
// "expected text"; a ": " inside unquoted text was told as an indentation slip; a number where
// text belongs was "expected title"; and a copy of a built-in code held back the clash of its
// short name until its id was renamed. Each is now said where it is, with its fix, at once.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, root, unwrapped } from "./run.js";

/** data/alaska.yaml made the user's own, as the README's "your own code" does with sed. */
const myAlaska = readFileSync(join(root, "data/alaska.yaml"), "utf8")
  .replace(/^id: alaska$/m, "id: my-ak")
  .replace(/^aliases: \[ak\]$/m, "aliases: [myak]")
  .replace(/^title: Code of Ethics for Alaska Peer Support Professionals$/m, "title: My Agency Code")
  .replace(/^shortName: Alaska$/m, "shortName: My AK");

/** The file with its line `at` (1-based) written as `line`. */
function withLine(at: number, line: string): string {
  const lines = myAlaska.split("\n");
  lines[at - 1] = line;
  return lines.join("\n");
}

/** A folder `mine` holding `text` as `name`, in a folder of its own to run in. */
function folderWith(text: string, name = "my-ak.yaml"): string {
  const dir = mkdtempSync(join(tmpdir(), "ethics-adv56-"));
  mkdirSync(join(dir, "mine"));
  writeFileSync(join(dir, "mine", name), text);
  return dir;
}

const PRACTICE = "        text: I will not create my own private practice.";
// The cases name lines of data/alaska.yaml: a file edited there must not pass them by chance.
if (myAlaska.split("\n")[84] !== PRACTICE) throw new Error("data/alaska.yaml's line 85 is no longer the standard these cases edit");

const COLON = '": " in unquoted text starts a new key: double-quote the text';

describe("validate: a slip in a copy of a code, said where it is with its fix", () => {
  it.each([
    ["a text left empty", 85, "        text:", "mine/my-ak.yaml:85:9 sections[2].standards[7].text: expected text, got an empty value"],
    ["a title left empty", 4, "title:", "mine/my-ak.yaml:4:1 title: expected title, got an empty value"],
    ["an id left empty", 2, "id:", "mine/my-ak.yaml:2:1 id: expected code id, got an empty value"],
    ["a source's document left empty", 9, "  document:", "mine/my-ak.yaml:9:3 source.document: expected document name, got an empty value"],
    ["a colon inside a text", 85, "        text: I will not create my own private practice: ever.", `mine/my-ak.yaml:85:56: ${COLON} — text: "I will not create my own private practice: ever."`],
    ["a text that begins with a word and a colon", 85, "        text: Note: I will not create my own private practice.", `mine/my-ak.yaml:85:19: ${COLON} — text: "Note: I will not create my own private practice."`],
    ["an id that is a number", 2, "id: 2024", "mine/my-ak.yaml:2:5 id: YAML reads 2024 as a number; ids need a letter, e.g. 'code-2024'"],
    ["an id that is true", 2, "id: true", 'mine/my-ak.yaml:2:5 id: YAML reads true as true/false, not text; quote it: id: "true"'],
    ["an id that is null", 2, "id: null", 'mine/my-ak.yaml:2:5 id: YAML reads null as no value, not text; quote it: id: "null"'],
    ["a title that is a number", 4, "title: 1999", 'mine/my-ak.yaml:4:8 title: YAML reads 1999 as a number, not text; quote it: title: "1999"'],
    ["a short name that is a number", 5, "shortName: 2024", 'mine/my-ak.yaml:5:12 shortName: YAML reads 2024 as a number, not text; quote it: shortName: "2024"'],
    ["a text that is a number", 85, "        text: 12", 'mine/my-ak.yaml:85:15 sections[2].standards[7].text: YAML reads 12 as a number, not text; quote it: text: "12"'],
  ])("%s: one problem, at its line and column", (_name, at, line, problem) => {
    const result = ethics(["validate", "mine"], { cwd: folderWith(withLine(at, line)) });
    expect(result.stdout).toBe(`${problem}\n1 problem in 1 file\n`);
    expect(result.stderr).toBe("ethics: 1 problem found\n");
    expect(result.code).toBe(1);
  });

  it("a colon inside a text, and a real indentation slip on that line, told apart", () => {
    const colon = ethics(["validate", "mine"], { cwd: folderWith(withLine(85, `${PRACTICE.slice(0, -1)}: ever.`)) });
    expect(colon.stdout.split("\n")[0]).toBe(`mine/my-ak.yaml:85:56: ${COLON} — text: "I will not create my own private practice: ever."`);
    const indented = ethics(["validate", "mine"], { cwd: folderWith(withLine(85, ` ${PRACTICE}`)) });
    expect(indented.stdout).toBe(
      "mine/my-ak.yaml:85:14: this line is indented differently from the lines around it: fields of one mapping line up, each list item (- ) under the one before; indent with spaces\n1 problem in 1 file\n",
    );
    expect([indented.stderr, indented.code]).toEqual(["ethics: 1 problem found\n", 1]);
  });

  it("--json places an empty text at its key too", () => {
    const result = ethics(["validate", "mine", "--json"], { cwd: folderWith(withLine(85, "        text:")) });
    expect(JSON.parse(result.stdout).files[0].problems).toEqual([
      { file: "mine/my-ak.yaml", line: 85, col: 9, path: "sections[2].standards[7].text", message: "expected text, got an empty value" },
    ]);
    expect([result.stderr, result.code]).toEqual(["ethics: 1 problem found\n", 1]);
  });
});

describe("--data: the load error places an empty field at its key", () => {
  it("list --data mine", () => {
    const dir = folderWith(withLine(4, "title:"));
    const result = ethics(["list", "--data", "mine"], { cwd: dir });
    expect(result.stdout).toBe("");
    // The temporary folder's path makes the line wider than 80 columns: wrapped, then joined.
    expect(unwrapped(result.stderr).split("\n")).toEqual([
      "ethics: a problem in code files:",
      `${join(dir, "mine/my-ak.yaml")}:4:1 title: expected title, got an empty value`,
      `hint: fix the file; \`ethics validate ${join(dir, "mine")}\` checks them`,
      "",
    ]);
    expect(result.code).toBe(1);
  });
});

describe("validate: a copy of a built-in code, every clash in one run", () => {
  const wisconsin = readFileSync(join(root, "data/wisconsin.yaml"), "utf8");
  const ALIAS = "mine/wisconsin.yaml:3:11 aliases[0]: 'wi' clashes with the alias of the built-in code 'wisconsin'; rename it (e.g. 'wi-local')";
  const TITLE =
    "mine/wisconsin.yaml:4:1 title: 'Code of Conduct for Peer Specialists' clashes with the title of the built-in code 'wisconsin': both answer to 'code-of-conduct-for-peer-specialists'; change it";
  const SHORT_NAME = "mine/wisconsin.yaml:7:1 shortName: 'Wisconsin' clashes with the built-in code 'wisconsin': both answer to 'wisconsin'; change it (e.g. 'Wisconsin (local)')";

  it("copied unchanged: its id, alias, title and short name; its id renamed: the rest, nothing new", () => {
    const copied = ethics(["validate", "mine"], { cwd: folderWith(wisconsin, "wisconsin.yaml") });
    expect(copied.stdout.split("\n")).toEqual([
      "mine/wisconsin.yaml:2:1 id: 'wisconsin' clashes with the built-in code 'wisconsin'; rename it (e.g. 'wisconsin-local')",
      ALIAS,
      TITLE,
      SHORT_NAME,
      "4 problems in 1 file",
      "",
    ]);
    expect([copied.stderr, copied.code]).toEqual(["ethics: 4 problems found\n", 1]);
    const renamed = ethics(["validate", "mine"], { cwd: folderWith(wisconsin.replace(/^id: wisconsin$/m, "id: my-wi"), "wisconsin.yaml") });
    expect(renamed.stdout.split("\n")).toEqual([ALIAS, TITLE, SHORT_NAME, "3 problems in 1 file", ""]);
    expect([renamed.stderr, renamed.code]).toEqual(["ethics: 3 problems found\n", 1]);
  });
});
