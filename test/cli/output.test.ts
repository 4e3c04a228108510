import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { decideColor, decidePager, decideWidth, pagerFailure, writeAll } from "../../src/cli/output.js";

describe("colour", () => {
  it.each([
    [{}, { TERM: "xterm" }, true, true],
    [{}, { TERM: "xterm" }, false, false],
    [{ color: false }, {}, true, false],
    [{ color: false }, { FORCE_COLOR: "1" }, true, false],
    [{}, { NO_COLOR: "1" }, true, false],
    [{}, { NO_COLOR: "", TERM: "xterm" }, true, true],
    [{}, { FORCE_COLOR: "1" }, false, true],
    [{}, { FORCE_COLOR: "0" }, true, false],
    [{}, { FORCE_COLOR: "1", NO_COLOR: "1" }, false, true],
    [{}, { TERM: "dumb" }, true, false],
    [{}, { TERM: "dumb", FORCE_COLOR: "1" }, true, true],
    [{}, { TERM: "xterm-256color" }, true, true],
    [{}, {}, true, false],
    [{}, { TERM: "" }, true, false],
    [{}, { FORCE_COLOR: "1" }, true, true],
    // Set but empty forces colour, as in Node and chalk; an empty NO_COLOR is unset.
    [{}, { FORCE_COLOR: "" }, false, true],
    [{}, { FORCE_COLOR: "", NO_COLOR: "1" }, false, true],
    [{}, { FORCE_COLOR: "", TERM: "dumb" }, true, true],
    [{ color: false }, { FORCE_COLOR: "" }, true, false],
    [{}, { FORCE_COLOR: "false" }, true, false],
  ])("flags %j, env %j, tty %s → %s", (flags, env, tty, expected) => {
    expect(decideColor(flags, env, tty)).toBe(expected);
  });
});

describe("pager", () => {
  it.each([
    [{}, { TERM: "xterm" }, true, "less"],
    [{}, { PAGER: "more" }, true, "more"],
    [{}, { PAGER: "more", ETHICS_PAGER: "most" }, true, "most"],
    [{}, { PAGER: "" }, true, null],
    [{}, { PAGER: "cat" }, true, null],
    [{ pager: false }, {}, true, null],
    [{}, {}, false, null],
    [{}, { TERM: "dumb" }, true, null],
    [{}, { TERM: "dumb", PAGER: "more" }, true, "more"],
    [{}, {}, true, null],
    [{}, { TERM: "" }, true, null],
    [{}, { PAGER: "more" }, true, "more"],
  ])("flags %j, env %j, tty %s → %s", (flags, env, tty, expected) => {
    expect(decidePager(flags, env, tty)).toBe(expected);
  });
});

describe("a pager that failed", () => {
  const epipe = Object.assign(new Error("write EPIPE"), { code: "EPIPE" });
  const enoent = Object.assign(new Error("spawn /bin/sh ENOENT"), { code: "ENOENT" });
  it.each([
    [{ status: 0, signal: null }, undefined],
    [{ status: 0, signal: null, error: epipe }, undefined],
    [{ status: 127, signal: null, error: epipe }, { reason: "was not found", started: false }],
    [{ status: 126, signal: null }, { reason: "could not be run (not executable)", started: false }],
    [{ status: null, signal: null, error: enoent }, { reason: "could not be started (ENOENT)", started: false }],
    // Its own failure, which it may say after showing the output (vim's :cq): not printed again.
    [{ status: 1, signal: null }, { reason: "failed (exit 1)", started: true }],
    [{ status: 125, signal: null, error: epipe }, { reason: "failed (exit 125)", started: true }],
    // A signal, or a shell's status for one: the pager may have shown it, so not again.
    [{ status: null, signal: "SIGPIPE" }, undefined],
    [{ status: null, signal: "SIGTERM", error: epipe }, undefined],
    [{ status: 128, signal: null }, undefined],
    [{ status: 141, signal: null }, undefined],
  ])("%j → %s", (result, said) => {
    expect(pagerFailure(result)).toEqual(said);
  });
});

describe("width", () => {
  it.each([
    [{}, { isTTY: true, columns: 100 }, 100],
    [{}, { isTTY: false }, Infinity],
    [{ COLUMNS: "72" }, { isTTY: false }, 72],
    [{ COLUMNS: "nonsense" }, { isTTY: false }, Infinity],
    // A width given is honoured down to MIN_WIDTH (20), never read as unset.
    [{ COLUMNS: "21" }, { isTTY: false }, 21],
    [{ COLUMNS: "20" }, { isTTY: false }, 20],
    [{ COLUMNS: "12" }, { isTTY: false }, 20],
    [{ COLUMNS: "1" }, { isTTY: false }, 20],
    [{ COLUMNS: " 72 " }, { isTTY: false }, 72],
    [{}, { isTTY: true, columns: 4 }, 20],
    [{ COLUMNS: "12" }, { isTTY: true, columns: 100 }, 100],
    // A terminal that reports no width (0): COLUMNS, else 80, never unwrapped.
    [{}, { isTTY: true, columns: 0 }, 80],
    [{ COLUMNS: "50" }, { isTTY: true, columns: 0 }, 50],
    [{ COLUMNS: "abc" }, { isTTY: true, columns: 0 }, 80],
    // Not a whole number of columns: unset, as 0 conventionally is.
    [{ COLUMNS: "0" }, { isTTY: false }, Infinity],
    [{ COLUMNS: "-40" }, { isTTY: false }, Infinity],
    [{ COLUMNS: "0x50" }, { isTTY: false }, Infinity],
    [{ COLUMNS: "1e2" }, { isTTY: false }, Infinity],
    [{ COLUMNS: "72.5" }, { isTTY: false }, Infinity],
    [{ COLUMNS: "" }, { isTTY: false }, Infinity],
  ])("env %j, stream %j → %s", (env, stream, expected) => {
    expect(decideWidth(env, stream)).toBe(expected);
  });
});

describe("writing to a file descriptor", () => {
  const dir = mkdtempSync(join(tmpdir(), "ethics-write-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const long = "Inspire hope — “lived experience”, 漢字 and 😀.\r\n".repeat(5000);
  it.each([
    ["an empty string", ""],
    ["one-byte text", "a,b,c\r\n"],
    ["text longer than the buffer, of 1-, 2-, 3- and 4-byte characters", long],
    ["a surrogate pair where the buffer ends", "x".repeat(64 * 1024 - 2) + "😀😀y"],
    ["a surrogate pair one byte short of the end", "x".repeat(64 * 1024 - 3) + "😀y"],
    ["lone surrogates, as Buffer.from writes them", "a\ud800b\udc00c" + "\ud83d"],
    ["bytes", Buffer.from(long)],
  ])("%s: the bytes Buffer.from makes of it", (_what, text) => {
    const file = join(dir, "out");
    const fd = openSync(file, "w");
    writeAll(fd, text);
    writeAll(fd, "!");
    closeSync(fd);
    expect(readFileSync(file).equals(Buffer.concat([Buffer.from(text as string), Buffer.from("!")]))).toBe(true);
  });
});
