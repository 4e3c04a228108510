// A Latin-1 letter at a line's end ("Café" saved by an old editor) was named with the line end
// after it, "bytes that are not UTF-8 (0xE9 0x0A)": the line end is UTF-8, and a reader looked
// for two bad bytes. The byte is named alone, at its own line and column; two bad bytes in a
// row are named both.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";
import { RIVERSIDE_LINES } from "./riverside-code.js";

const dir = mkdtempSync(join(tmpdir(), "ethics-fix65-latin1-"));
let folders = 0;
const FIX = "save the file as UTF-8 (it may be Latin-1 or Windows-1252)";

describe("a code file in Latin-1", () => {
  it.each<[string, string, string, string]>([
    ["a letter at a line's end, LF", "\n", "title: Riverside Caf\u00e9", `2:21: a byte that is not UTF-8 (0xE9); ${FIX}`],
    ["a letter at a line's end, CRLF", "\r\n", "title: Riverside Caf\u00e9", `2:21: a byte that is not UTF-8 (0xE9); ${FIX}`],
    ["two letters in a row", "\n", "title: Riverside \u00e9\u00e8", `2:18: bytes that are not UTF-8 (0xE9 0xE8); ${FIX}`],
  ])("%s: the byte named, where it is", (_name, lineEnd, title, expected) => {
    // Short folder names: a message breaks a path wider than its line.
    const folder = join(dir, `f${folders++}`);
    const file = join(folder, "riverside.yaml");
    mkdirSync(folder);
    writeFileSync(file, Buffer.from(RIVERSIDE_LINES.join(lineEnd).replace("title: Riverside Code", title), "latin1"));
    const validated = ethics(["validate", file]);
    expect(validated.code).toBe(1);
    expect(validated.stdout).toBe(`${file}:${expected}\n1 problem in 1 file\n`);
    const shown = ethics(["--data", folder, "show", "riverside"]);
    expect(shown.code).toBe(1);
    expect(shown.stderr.replace(/\n +/g, " ")).toContain(`${file}:${expected}`);
  });
});
