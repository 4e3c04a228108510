// A UTF-16 code file with half of a surrogate pair in it (a character cut in two by a tool that
// counts in 16-bit units) was "1:1: is not valid UTF-16 text", however far down the break was,
// where bytes that are not UTF-8 are placed at their line and column. It is placed too, and
// named, with the fix.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";
import { RIVERSIDE_LINES } from "./riverside-code.js";

// Riverside's first standard, its text with an emoji (a surrogate pair) and the place of the half.
const CODE = [...RIVERSIDE_LINES.slice(0, 11), "        text: Will not accept gifts 😀 of more than HALF token value.", ""].join("\n");

/** UTF-16 code units of `text`, with `half` (a lone surrogate) where HALF is. */
function utf16(text: string, half: number, bigEndian: boolean, byteOrderMark: boolean, lineEnd = "\n"): Buffer {
  const units: number[] = byteOrderMark ? [0xfeff] : [];
  const written = text.replaceAll("\n", lineEnd).replace("HALF", "\u0000");
  for (let at = 0; at < written.length; at++) units.push(written[at] === "\u0000" ? half : written.charCodeAt(at));
  const bytes = Buffer.alloc(units.length * 2);
  units.forEach((unit, at) => (bigEndian ? bytes.writeUInt16BE(unit, at * 2) : bytes.writeUInt16LE(unit, at * 2)));
  return bytes;
}

describe("half of a surrogate pair in a UTF-16 code file", () => {
  const dir = mkdtempSync(join(tmpdir(), "ethics-adv34-utf16-"));

  it.each([
    ["little-endian with a byte-order mark, a high half", 0xd800, false, true, "\n"],
    ["big-endian without one, CRLF lines, a low half", 0xdc00, true, false, "\r\n"],
  ] as const)("%s: placed at its line:col and named", (_name, half, bigEndian, byteOrderMark, lineEnd) => {
    const folder = join(dir, `${half}-${bigEndian}`);
    mkdirSync(folder);
    const file = join(folder, "riverside.yaml");
    // Columns count UTF-16 units (the emoji takes two), as they do for bytes that are not UTF-8.
    writeFileSync(file, utf16(CODE, half, bigEndian, byteOrderMark, lineEnd));
    const col = "        text: Will not accept gifts 😀 of more than ".length + 1;
    const message = `half of a UTF-16 surrogate pair (0x${half.toString(16).toUpperCase()}) without its other half: a broken character, which no text can hold; delete it`;
    const validated = ethics(["validate", file]);
    expect(validated.code).toBe(1);
    expect(validated.stdout).toBe(`${file}:12:${col}: ${message}\n1 problem in 1 file\n`);
    expect(validated.stderr).toBe("ethics: 1 problem found\n");
    const shown = ethics(["--data", folder, "show", "riverside", "1"]);
    expect(shown.code).toBe(1);
    expect(shown.stdout).toBe("");
    expect(shown.stderr.replace(/\n +/g, " ")).toContain(`${file}:12:${col}: ${message}`);
  });

  it("the same file without the break loads as the text it is", () => {
    const folder = join(dir, "whole");
    mkdirSync(folder);
    writeFileSync(join(folder, "riverside.yaml"), utf16(CODE.replace("HALF ", ""), 0, false, true));
    const shown = ethics(["--data", folder, "show", "riverside", "1"]);
    expect(shown.stderr).toBe("");
    expect(shown.code).toBe(0);
    expect(shown.stdout).toBe("Riverside 1\n  Will not accept gifts 😀 of more than token value.\n");
  });
});
