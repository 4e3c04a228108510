// The slips a person makes editing a code file by hand (a tab in the indentation, a line out
// of line, a backslash in double quotes, a stray control character or binary file, a line with
// no "key:") are each a problem at file:line:col saying what is wrong and what is expected, in
// the words of the file, not the YAML parser's ("a multiline key may not be an implicit key").
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, unwrapped } from "./run.js";

const cases: [string, string, string][] = [
  ["a tab in the indentation", "id: x\ntitle: y\nsections:\n\t- id: a\n", "4:1: a tab in the indentation: YAML indents with spaces only; replace it with spaces"],
  ["a field indented under nothing", "id: x\n  title: y\n", "2:8: this line is indented differently from the lines around it: fields of one mapping line up, each list item (- ) under the one before; indent with spaces"],
  ["a backslash in double quotes", 'id: x\ntitle: "C:\\qfolder"\n', '2:12: unknown escape (\\q) in double quotes: write \\\\ for a backslash, or quote the text with \' instead'],
  ["a control character", "id: x\ntitle: a\u0001b\n", "2:9: a control character (U+0001) in the text: remove it; a code file is plain text"],
  ["a NUL byte", "id: x\ntitle: a\u0000b\n", "2:9: a NUL byte (0x00): a code file is plain text; is this a binary file?"],
  ["a line with no key", "id: x\ntitle: y\nsome words\nshortName: z\n", "4:10: a key cannot run over lines: is there a line above with no 'key:'? A text that goes on over lines is indented under its key, or quoted"],
  // Where a name goes: before words, a "*" is more likely pasted with them (pasted-text.test.ts).
  ["an alias with no anchor", "id: *t\ntitle: x\n", "1:6: the alias *t repeats no value: no anchor &t above it; code files need neither"],
  ["a key that is a list", "[a]: b\n", "1:1: a key that is a list or mapping: a key is a field name, such as title"],
  ["a missing comma", 'id: x\naliases: [a, "b" "c"]\n', "2:18: a comma is missing between the entries of a [ ] or { } list"],
  ["a bracket left open", "id: x\naliases: [a, b\n", "3:1: this line is indented less than the value it goes on from: is a [ or { above left open? A text that goes on over lines is indented under its key"],
  // A quoted value closed further down, with a line of it indented too little: not "never closed".
  [
    "a quoted text's line under its key",
    'id: x\nsections:\n  - id: a\n    standards:\n      - number: 1\n        text: "Peer workers keep\n        confidences."\n',
    "7:9: this line goes on with the value quoted at line 6 (its quote closes at line 7, column 21) but is indented too little: the lines of a value are indented past its key; indent this one 9 spaces or more",
  ],
  [
    "a quoted text's lines left of its key",
    "id: x\ntitle: 'it''s a title\nthat goes on\n  and on'\n",
    "3:1: this line goes on with the value quoted at line 2 (its quote closes at line 4, column 9) but is indented too little: the lines of a value are indented past its key; indent this one 1 space or more",
  ],
  [
    "a quoted list item's line under its -",
    'id: x\nnotes:\n  - "a note \\" that\n  goes on"\n',
    "4:3: this line goes on with the value quoted at line 3 (its quote closes at line 4, column 10) but is indented too little: the lines of a value are indented past the - of its list item; indent this one 3 spaces or more",
  ],
  ["a quote never closed, a quoted field below", 'id: x\ntitle: "never closed\nshortName: "Q"\n', "2:8: this quote is never closed (the value runs on into the lines below)"],
  ["a list after the fields", "id: x\ntitle: y\n- a\n", "3:1: this line does not belong to the fields above it: a field (key: value) or the end of the file was expected"],
  // The parser's "expected valid JSON character" named neither the character nor the fix.
  [
    "a control character in double quotes",
    'id: x\ntitle: "a\u0007b"\n',
    "2:10: a control character (U+0007, bell) written as it is inside double quotes, where YAML allows none but the tab: write it as the escape \\a if it is meant, or delete it",
  ],
  [
    "a control character in double quotes over lines",
    'id: x\ntitle: "a title\n  that goes \u0001on"\n',
    "3:13: a control character (U+0001) written as it is inside double quotes, where YAML allows none but the tab: write it as the escape \\x01 if it is meant, or delete it",
  ],
  [
    "a control character in single quotes",
    "id: x\ntitle: 'a\u001bb'\n",
    "2:10: a control character (U+001B, escape) written as it is inside single quotes, where YAML allows none but the tab and has no escapes: delete it, or double-quote the value and write it as \\e",
  ],
  // "unacceptable YAML version of the document", on the line after it.
  ["a %YAML line of no version there is", "%YAML 9.9\n---\nid: x\n", "1:1: '%YAML 9.9' names a YAML version there is none of: code files are YAML 1.2 (1.1 reads the same); delete the line (a code file needs none), or write %YAML 1.2"],
  // The parser takes any 1.x and reads it as 1.2, silently: a file written for another YAML.
  ["a %YAML line of a version not read", "%YAML 1.3\n---\nid: x\n", "1:1: '%YAML 1.3' names YAML 1.3, which is not read here: code files are YAML 1.2 (1.1 reads the same); delete the line (a code file needs none), or write %YAML 1.2"],
  ["a %YAML line of an older version, below a comment", "# agency code\n%YAML 1.0 # old\n---\nid: x\n", "2:1: '%YAML 1.0' names YAML 1.0, which is not read here: code files are YAML 1.2 (1.1 reads the same); delete the line (a code file needs none), or write %YAML 1.2"],
  ["a %YAML line of no version at all", "%YAML 1\n---\nid: x\n", "1:1: '%YAML 1' is not a YAML version, which is two numbers (1.2): code files are YAML 1.2 (1.1 reads the same); delete the line (a code file needs none), or write %YAML 1.2"],
  // A NEL where a line was meant to end: double-quoting the text, as a ": " in it is fixed, would keep it.
  [
    "a NEL before a key",
    "id: x\ntitle: y\u0085shortName: z\n",
    "2:9: a next line control (NEL, U+0085) before 'shortName:', which YAML does not read as a line end, so shortName: is read as more of the text before it: put a line break in its place, so that shortName: starts a line of its own",
  ],
  [
    "a line separator before a key",
    "id: x\ntitle: a title \u2028 shortName: z\n",
    "2:16: a line separator (U+2028) before 'shortName:', which YAML does not read as a line end, so shortName: is read as more of the text before it: put a line break in its place, so that shortName: starts a line of its own",
  ],
  [
    "a NEL at the start of a key's line",
    "id: x\ntitle: y\n \u0085shortName: z\n",
    "3:2: a next line control (NEL, U+0085) before 'shortName:' at the start of its line, which YAML reads as text, not as a line end or indentation: delete it, and line shortName: up with the fields around it",
  ],
  [
    "a NEL alone on a line",
    "id: x\ntitle: y\n\u0085\nshortName: z\n",
    "3:1: a next line control (NEL, U+0085) alone on its line, which YAML does not read as a line end but as text, so the line reads as a key without its ':': delete it",
  ],
];

describe("a hand-editing slip in a code file", () => {
  const dir = mkdtempSync(join(tmpdir(), "ethics-yaml-slips-"));

  it.each(cases)("%s: what is wrong and what is expected", (name, text, expected) => {
    const file = join(dir, `${name.replace(/\W+/g, "-")}.yaml`);
    writeFileSync(file, text);
    const result = ethics(["validate", file]);
    expect(result.code).toBe(1);
    // Among the file's problems: validate reads on past a syntax error (set-aside-entry.ts), and
    // these short files lack fields the schema then names too.
    expect(result.stdout.split("\n")).toContain(`${file}:${expected}`);
  });

  it("is said the same for a file of --data", () => {
    const data = mkdtempSync(join(tmpdir(), "ethics-yaml-slips-data-"));
    const file = join(data, "agency.yaml");
    const [, text, expected] = cases.find(([name]) => name === "a NEL before a key")!;
    writeFileSync(file, text);
    const result = ethics(["--data", data, "list"]);
    expect(result.code).toBe(1);
    expect(unwrapped(result.stderr)).toContain(`${file}:${expected}`);
  });
});
