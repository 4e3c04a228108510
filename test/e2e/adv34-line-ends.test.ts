// Line ends of a code file. YAML ends a line at LF, CRLF or a CR alone (classic Mac OS), but
// problems were placed by LF only: a CR-only file's problem on line 13 was at "1:304", its
// Latin-1 byte at "1:259". And a file whose lines end with NEL, U+2028 or U+2029 (a converted or
// generated file) is one line to YAML, refused as "this line is indented differently from the
// lines around it", which named nothing of the cause. Now the first is placed as an editor
// shows it, and the second refused naming the character and the fix.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";
import { RIVERSIDE_LINES } from "./riverside-code.js";

const LINES = RIVERSIDE_LINES;

const dir = mkdtempSync(join(tmpdir(), "ethics-adv34-line-ends-"));
let folders = 0;

/** A folder holding riverside.yaml of these bytes. */
function folderWith(bytes: Buffer): { folder: string; file: string } {
  const folder = join(dir, `f${folders++}`);
  mkdirSync(folder);
  const file = join(folder, "riverside.yaml");
  writeFileSync(file, bytes);
  return { folder, file };
}

describe("a code file's line ends", () => {
  it("CR alone: loads as the same code as LF", () => {
    const lf = folderWith(Buffer.from(LINES.join("\n")));
    const cr = folderWith(Buffer.from(LINES.join("\r")));
    const want = ethics(["--data", lf.folder, "show", "riverside", "boundaries"]);
    expect(want.code).toBe(0);
    const got = ethics(["--data", cr.folder, "show", "riverside", "boundaries"]);
    expect(got.stderr).toBe("");
    expect(got.code).toBe(0);
    expect(got.stdout).toBe(want.stdout.replace(lf.file, cr.file));
  });

  it.each([
    ["a schema problem", (lines: readonly string[]) => lines.map((line) => line.replace(/^( {6}- number: )2$/, "$12xy")), "13:17 sections[0].standards[1].number: expected a whole number ≥ 1"],
    ["a tab in the indentation", (lines: readonly string[]) => lines.map((line) => line.replace(/^ {4}standards:/, "\tstandards:")), "10:1: a tab in the indentation: YAML indents with spaces only; replace it with spaces"],
  ])("CR alone: %s is placed at the line and column an editor shows", (_name, slip, where) => {
    const { file } = folderWith(Buffer.from(slip(LINES).join("\r")));
    const validated = ethics(["validate", file]);
    expect(validated.code).toBe(1);
    expect(validated.stdout).toBe(`${file}:${where}\n1 problem in 1 file\n`);
    expect(validated.stderr).toBe("ethics: 1 problem found\n");
  });

  it("CR alone: a Latin-1 byte is placed at its line and column too", () => {
    const text = LINES.join("\r").replace("token value", "token val\u00fce");
    const { file } = folderWith(Buffer.from(text, "latin1"));
    const validated = ethics(["validate", file]);
    expect(validated.code).toBe(1);
    expect(validated.stdout.split("\n")[0]).toBe(`${file}:12:59: a byte that is not UTF-8 (0xFC); save the file as UTF-8 (it may be Latin-1 or Windows-1252)`);
  });

  it.each([
    ["NEL", "\u0085", "a next line control (NEL, U+0085)"],
    ["U+2028", "\u2028", "a line separator (U+2028)"],
    ["U+2029", "\u2029", "a paragraph separator (U+2029)"],
  ])("lines ended by %s: refused, the character and the fix named, exit 1", (_name, end, named) => {
    const { folder, file } = folderWith(Buffer.from(LINES.join(end)));
    const message = `its lines end with ${named}, which YAML does not read as a line end; save the file with LF (or CRLF) line ends`;
    const validated = ethics(["validate", file]);
    expect(validated.code).toBe(1);
    expect(validated.stdout).toBe(`${file}:1:14: ${message}\n1 problem in 1 file\n`);
    const shown = ethics(["--data", folder, "show", "riverside", "1"]);
    expect(shown.code).toBe(1);
    expect(shown.stdout).toBe("");
    expect(shown.stderr.replace(/\n +/g, " ")).toContain(`${file}:1:14: ${message}`);
  });

  it("a line separator inside a text of an LF file is the text's own: it loads", () => {
    const { folder } = folderWith(Buffer.from(LINES.join("\n").replace("Keep records", "Keep\u2028records")));
    const shown = ethics(["--data", folder, "show", "riverside", "boundaries", "2"]);
    expect(shown.stderr).toBe("");
    expect(shown.code).toBe(0);
  });
});
