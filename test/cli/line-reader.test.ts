// Answers read line by line from a stream as stdin gives them: in chunks that may split a line
// ending or a character anywhere, and a line of any length of which only the start is kept.
import { PassThrough, Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { LINE_KEPT, readLines, withoutKeySequences } from "../../src/cli/line-reader.js";

async function linesOf(chunks: (string | Buffer)[], kept?: number): Promise<string[]> {
  const reader = readLines(Readable.from(chunks, { objectMode: false }), kept);
  const lines: string[] = [];
  for (let line = await reader.next(); line !== null; line = await reader.next()) lines.push(line);
  expect(await reader.next()).toBeNull();
  reader.close();
  return lines;
}

describe("reading answers line by line", () => {
  it.each([
    ["one line a chunk", ["a\n", "b\n"], ["a", "b"]],
    ["several lines a chunk", ["a\nb\nc\n"], ["a", "b", "c"]],
    ["a line over several chunks", ["ab", "c", "d\n"], ["abcd"]],
    ["the last line without its ending", ["a\nb"], ["a", "b"]],
    ["empty lines", ["\n\na\n"], ["", "", "a"]],
    ["CRLF", ["a\r\nb\r\n"], ["a", "b"]],
    ["CRLF split between chunks", ["a\r", "\nb\r", "\n"], ["a", "b"]],
    ["a lone CR", ["a\rb\n"], ["a", "b"]],
    ["a CR at the end", ["a\r"], ["a"]],
    ["no input", [], []],
    // Notepad's UTF-8 opens with a byte-order mark: no part of the first answer (it was echoed
    // as "<U+FEFF>a"); one anywhere else is the answer's own.
    ["a byte-order mark opening the input", ["\uFEFFa\r\nb\r\n"], ["a", "b"]],
    ["a byte-order mark alone in the first chunk", ["\uFEFF", "a\n"], ["a"]],
    ["a byte-order mark later", ["a\uFEFF\n\uFEFFb\n"], ["a\uFEFF", "\uFEFFb"]],
  ])("%s", async (_how, chunks, expected) => {
    expect(await linesOf(chunks)).toEqual(expected);
  });

  it("a byte-order mark split between chunks", async () => {
    const bytes = Buffer.from("\uFEFFa\n");
    expect(await linesOf([bytes.subarray(0, 1), bytes.subarray(1, 2), bytes.subarray(2)])).toEqual(["a"]);
  });

  it("a character split between chunks", async () => {
    const bytes = Buffer.from("é‮\n");
    expect(await linesOf([bytes.subarray(0, 1), bytes.subarray(1, 3), bytes.subarray(3)])).toEqual(["é‮"]);
  });

  it.each([
    ["in one chunk", ["x".repeat(LINE_KEPT * 3) + "\nb\n"]],
    ["over many chunks", [...Array.from({ length: 3000 }, () => "x".repeat(1000)), "\nb\n"]],
  ])("of a long line (%s) only the start is kept, and the next line is read whole", async (_how, chunks) => {
    expect(await linesOf(chunks)).toEqual(["x".repeat(LINE_KEPT), "b"]);
  });

  it("never cuts between the halves of a character", async () => {
    expect(await linesOf(["ab😀😀\n"], 3)).toEqual(["ab"]);
    expect(await linesOf(["a😀", "😀\n"], 3)).toEqual(["a😀"]);
  });

  it("asks the stream for no more than the answers asked for", async () => {
    const input = new PassThrough();
    const reader = readLines(input);
    input.write("a\nb\n");
    expect(await reader.next()).toBe("a");
    await new Promise((resolve) => setImmediate(resolve));
    expect(input.isPaused()).toBe(true);
    expect(await reader.next()).toBe("b");
    input.end("c");
    expect(await reader.next()).toBe("c");
    expect(await reader.next()).toBeNull();
  });

  it("a failing stream is a message, not a crash", async () => {
    const input = new PassThrough();
    const reader = readLines(input);
    const next = reader.next();
    input.destroy(Object.assign(new Error("EIO: i/o error, read"), { code: "EIO" }));
    await expect(next).rejects.toThrow("cannot read the answers: EIO: i/o error, read");
  });
});

describe("withoutKeySequences", () => {
  it.each([
    ["\x1b[Db", "b"], // Left, as xterm sends it
    ["\x1bOHb\x1b[3~", "b"], // Home (SS3) and Delete
    ["b\x1b[1;5C", "b"], // Ctrl-Right, with parameters
    ["\x1bb", ""], // Alt-b
    ["b\x1b", "b"], // Escape alone
    ["b", "b"],
    ["c'est", "c'est"],
  ])("%j → %j", (line, expected) => {
    expect(withoutKeySequences(line)).toBe(expected);
  });
});
