import { execFileSync } from "node:child_process";
import { mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeText, describeReadError, readFileBytes } from "../../../src/core/codes/read-file.js";

const bytes = (...values: number[]) => Buffer.from(values);

describe("decodeText", () => {
  it.each([
    ["plain UTF-8", Buffer.from("id: café\n"), { text: "id: café\n" }],
    ["a UTF-8 byte-order mark is dropped", Buffer.concat([bytes(0xef, 0xbb, 0xbf), Buffer.from("id: x")]), { text: "id: x" }],
    ["UTF-16 LE with a mark", Buffer.concat([bytes(0xff, 0xfe), Buffer.from("id: é", "utf16le")]), { text: "id: é" }],
    ["UTF-16 BE with a mark", Buffer.concat([bytes(0xfe, 0xff), Buffer.from("id: é", "utf16le").swap16()]), { text: "id: é" }],
    ["UTF-16 LE without a mark", Buffer.from("id: é", "utf16le"), { text: "id: é" }],
    ["UTF-16 BE without a mark", Buffer.from("id: é", "utf16le").swap16(), { text: "id: é" }],
    ["empty", Buffer.alloc(0), { text: "" }],
    // The byte that is not UTF-8, not the line end after it ("(0xE9 0x0A)" was named).
    ["Latin-1 on line 2", Buffer.from("id: x\ntitle: Caf\xe9\n", "latin1"), { problem: expect.stringMatching(/^a byte that is not UTF-8 \(0xE9\);/), line: 2, col: 11 }],
    ["a Latin-1 letter before a space", Buffer.from("title: Caf\xe9 Code", "latin1"), { problem: expect.stringMatching(/^a byte that is not UTF-8 \(0xE9\);/), line: 1, col: 11 }],
    ["two Latin-1 letters", Buffer.from("title: \xe9\xe8\n", "latin1"), { problem: expect.stringMatching(/^bytes that are not UTF-8 \(0xE9 0xE8\);/), line: 1, col: 8 }],
    ["a character cut short", Buffer.concat([Buffer.from("a "), bytes(0xe2, 0x80), Buffer.from(" b")]), { problem: expect.stringMatching(/^bytes that are not UTF-8 \(0xE2 0x80\);/), line: 1, col: 3 }],
    ["a Latin-1 letter before UTF-8 one", Buffer.concat([Buffer.from("caf\xe9", "latin1"), Buffer.from("é")]), { problem: expect.stringMatching(/^a byte that is not UTF-8 \(0xE9\);/), line: 1, col: 4 }],
    ["a lone continuation byte after multibyte text", Buffer.concat([Buffer.from("é: "), bytes(0x80)]), { problem: expect.stringContaining("0x80"), line: 1, col: 4 }],
    ["an overlong encoding", bytes(0x61, 0xc0, 0xaf), { problem: expect.stringContaining("0xC0 0xAF"), line: 1, col: 2 }],
    ["a UTF-8 surrogate", bytes(0xed, 0xa0, 0x80), { problem: expect.stringContaining("0xED"), line: 1, col: 1 }],
    ["UTF-32 LE with a mark", bytes(0xff, 0xfe, 0, 0, 0x69, 0, 0, 0), { problem: "is UTF-32 text; save the file as UTF-8", line: 1, col: 1 }],
    ["UTF-32 BE without a mark", bytes(0, 0, 0, 0x69), { problem: "is UTF-32 text; save the file as UTF-8", line: 1, col: 1 }],
    ["UTF-16 cut off", bytes(0xff, 0xfe, 0x69), { problem: expect.stringContaining("odd number of bytes"), line: 1, col: 1 }],
  ])("%s", (_name, input, expected) => {
    expect(decodeText(input)).toEqual(expected);
  });
});

describe("readFileBytes", () => {
  const dir = mkdtempSync(join(tmpdir(), "ethics-read-"));

  it("reads a regular file, through a link too", () => {
    writeFileSync(join(dir, "code.yaml"), "id: x\n");
    symlinkSync(join(dir, "code.yaml"), join(dir, "link.yaml"));
    for (const name of ["code.yaml", "link.yaml"]) {
      const read = readFileBytes(join(dir, name), 100);
      expect("bytes" in read && read.bytes.toString()).toBe("id: x\n");
    }
  });

  it("counts the bytes read, not the size stat reports (/proc files say 0)", () => {
    const read = readFileBytes("/proc/self/status", 100);
    expect(read).toEqual({ problem: "file is over 100 bytes; a code file may be at most 100 bytes" });
    expect("bytes" in readFileBytes("/proc/self/status", 1024 * 1024)).toBe(true);
  });

  it("refuses what is not a regular file without blocking or growing", () => {
    execFileSync("mkfifo", [join(dir, "pipe")]);
    symlinkSync("/dev/zero", join(dir, "zero"));
    symlinkSync(join(dir, "nowhere"), join(dir, "dangling"));
    expect(readFileBytes(join(dir, "pipe"), 100)).toEqual({ problem: "is a named pipe (FIFO); only regular files are read" });
    expect(readFileBytes(join(dir, "zero"), 100)).toEqual({ problem: "is a device; only regular files are read" });
    expect(readFileBytes(join(dir, "dangling"), 100)).toEqual({ problem: `is a symbolic link to a missing file (${join(dir, "nowhere")})` });
    expect(readFileBytes(dir, 100)).toEqual({ problem: "is a directory, expected a YAML file" });
    // Nothing at all at the path (a listed file renamed away since): gone, which a dangling link is not.
    expect(readFileBytes(join(dir, "absent"), 100)).toEqual({ problem: "no such file or directory", gone: true });
    expect(readFileBytes(join(dir, "dangling"), 100)).not.toHaveProperty("gone");
    // A Latin-1 name, as a listing gives it (U+FFFD for the bad byte): there, so not gone.
    writeFileSync(Buffer.concat([Buffer.from(join(dir, "caf")), Buffer.from([0xe9]), Buffer.from(".yaml")]), "id: x\n");
    expect(readFileBytes(join(dir, "caf\ufffd.yaml"), 100)).toEqual({ problem: "file name is not UTF-8, so it cannot be opened by name; rename it" });
  });

  it("reads into a scratch buffer where the file fits in it, else into a buffer of its own", () => {
    const scratch = Buffer.alloc(16);
    writeFileSync(join(dir, "small.yaml"), "id: x\n");
    writeFileSync(join(dir, "large.yaml"), "id: x\n".repeat(10));
    const small = readFileBytes(join(dir, "small.yaml"), 100, "a code file", scratch);
    expect("bytes" in small && small.bytes.buffer).toBe(scratch.buffer);
    expect("bytes" in small && small.bytes.toString()).toBe("id: x\n");
    const large = readFileBytes(join(dir, "large.yaml"), 100, "a code file", scratch);
    expect("bytes" in large && large.bytes.buffer).not.toBe(scratch.buffer);
    expect("bytes" in large && large.bytes.toString()).toBe("id: x\n".repeat(10));
    // stat says 0 bytes: read into the scratch buffer, and past it when it fills.
    const status = readFileBytes("/proc/self/status", 1024 * 1024, "a code file", scratch);
    expect("bytes" in status && status.bytes.toString()).toMatch(/^Name:[^]*\nPid:/);
  });
});

describe("a file that opens and then cannot be read", () => {
  const scratch = mkdtempSync(join(tmpdir(), "ethics-read-error-"));
  const link = join(scratch, "kernel.yaml");
  symlinkSync("/proc/kmsg", link);
  const failure = (code: string, message: string) => Object.assign(new Error(message), { code });

  it.each([
    // A file of the kernel opened not to block, with nothing to give: Node said "EAGAIN: resource temporarily unavailable, read".
    ["nothing to give without waiting, through a link", failure("EAGAIN", "EAGAIN: resource temporarily unavailable, read"), link, "cannot be read: it gives no bytes without waiting (a link to /proc/kmsg); only regular files of text are read"],
    ["nothing to give without waiting", failure("EAGAIN", "EAGAIN: resource temporarily unavailable, read"), join(scratch, "plain.yaml"), "cannot be read: it gives no bytes without waiting (a file of the kernel or of a device, such as /proc/kmsg); only regular files of text are read"],
    ["an input/output error", failure("EIO", "EIO: i/o error, read"), link, "cannot be read (input/output error)"],
    ["anything else, in Node's words without the system call", failure("EINVAL", "EINVAL: invalid argument, read"), link, "cannot be read: invalid argument (EINVAL)"],
  ])("%s", (_name, error, path, expected) => {
    expect(describeReadError(error, path)).toBe(expected);
  });
});
