// Reading one file that claims to be a code, safely: only a regular file is read, never more
// than the limit (a symlink to /dev/zero grows no buffer, a FIFO blocks nothing), and its bytes
// become text only if they are UTF-8 (or UTF-16 with or without a byte-order mark, which YAML
// allows). Every failure is a located problem, never an exception.
import { closeSync, constants, fstatSync, lstatSync, openSync, readlinkSync, readSync, statSync, type Stats } from "node:fs";
import { isUtf8 } from "node:buffer";
import { describeFsError } from "../errors.js";
import { describeNonUtf8Name } from "./non-utf8-name.js";

/**
 * `gone`: nothing is at the path any more (deleted or renamed away since it was listed).
 * `tooManyOpen`: the file could not be opened for want of file descriptors, not for anything about it.
 */
export type FileRead = { bytes: Buffer; stats: Stats } | { problem: string; gone?: true; tooManyOpen?: true };
export type Decoded = { text: string } | { problem: string; line: number; col: number };

function notRegular(stats: Stats): string | null {
  if (stats.isFile()) return null;
  if (stats.isDirectory()) return "is a directory, expected a YAML file";
  if (stats.isFIFO()) return "is a named pipe (FIFO); only regular files are read";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "is a device; only regular files are read";
  if (stats.isSocket()) return "is a socket; only regular files are read";
  return "is not a regular file; only regular files are read";
}

/** Why a path could not be opened, in the words a user needs (a dangling editor lock link, a loop). */
function describeOpenError(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  // ENXIO: a socket, or a device with nothing behind it (/dev/tty with no terminal).
  if (code === "ENXIO") {
    try {
      const stats = statSync(path);
      if (stats.isCharacterDevice() || stats.isBlockDevice()) return "is a device; only regular files are read";
    } catch {
      // gone meanwhile: as a socket, which is what ENXIO names most often
    }
    return "is a socket; only regular files are read";
  }
  if (code === "ENOENT") {
    try {
      if (lstatSync(path).isSymbolicLink()) return `is a symbolic link to a missing file (${readlinkSync(path)})`;
    } catch {
      // gone meanwhile: the plain message says it
    }
    const nonUtf8 = describeNonUtf8Name(path);
    if (nonUtf8) return nonUtf8;
  }
  // Node's message ("EMFILE: too many open files, open '<path>'") names the path again, and not the cure.
  if (code === "EMFILE") return "cannot be opened: this process has too many files open (raise the limit: ulimit -n)";
  if (code === "ENFILE") return "cannot be opened: the system has too many files open";
  return describeFsError(error);
}

/**
 * Why an open file's bytes could not be read. A file of the kernel or of a device may stat as a
 * regular file and give nothing without waiting (/proc/kmsg: EAGAIN, as the file is opened not
 * to block): said as a file that cannot be read, as a FIFO or a device is, not as Node's
 * "EAGAIN: resource temporarily unavailable, read".
 */
export function describeReadError(error: unknown, path: string): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === "EAGAIN" || code === "EWOULDBLOCK") {
    const what = linkTarget(path) ?? "a file of the kernel or of a device, such as /proc/kmsg";
    return `cannot be read: it gives no bytes without waiting (${what}); only regular files of text are read`;
  }
  const said = describeFsError(error);
  if (said.startsWith("cannot be read")) return said;
  // Node's message names the system call after the code ("EINVAL: invalid argument, read").
  const message = typeof code === "string" && said.startsWith(`${code}: `) ? `${said.slice(code.length + 2).replace(/, read$/, "")} (${code})` : said;
  return `cannot be read: ${message}`;
}

/** "a link to /proc/kmsg" when `path` is a symbolic link, else null. */
function linkTarget(path: string): string | null {
  try {
    return lstatSync(path).isSymbolicLink() ? `a link to ${readlinkSync(path)}` : null;
  } catch {
    return null;
  }
}

/**
 * Whether nothing is at the path: not even a dangling link. A file listed a moment ago and gone
 * now was deleted or renamed away meanwhile (an editor saving by rename, `git checkout`): it is
 * as if the listing had been taken a moment later, without it.
 */
function isGone(path: string): boolean {
  try {
    lstatSync(path);
    return false;
  } catch (error) {
    // A name that is not UTF-8 reads as one no file has (non-utf8-name.ts): there, not gone.
    return (error as NodeJS.ErrnoException)?.code === "ENOENT" && describeNonUtf8Name(path) === null;
  }
}

type Opened = { fd: number } | { error: unknown; gone: boolean };

/**
 * Opens a file to read. After "no such file", whether anything is at the path is asked once, and
 * the answer passed on: nothing is `gone`; something (an editor's rename that put the file back
 * between tries, a dangling link) is opened again, once, and if that fails it is not gone.
 */
function openToRead(path: string): Opened {
  // O_NONBLOCK: opening a FIFO with no writer would otherwise wait forever.
  const open = () => openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0));
  try {
    return { fd: open() };
  } catch (error) {
    if ((error as NodeJS.ErrnoException)?.code !== "ENOENT") return { error, gone: false };
    if (isGone(path)) return { error, gone: true };
  }
  try {
    return { fd: open() };
  } catch (error) {
    return { error, gone: false };
  }
}

/**
 * The file's bytes, at most `limit` of them; more than that is a problem, as is anything but a
 * regular file. Read into `scratch` where the file fits in it: the bytes are then a view of it,
 * good until the next read into it.
 */
export function readFileBytes(path: string, limit: number, what = "a code file", scratch?: Buffer): FileRead {
  const opened = openToRead(path);
  if ("error" in opened) {
    const problem = describeOpenError(path, opened.error);
    const code = (opened.error as NodeJS.ErrnoException)?.code;
    if (code === "EMFILE" || code === "ENFILE") return { problem, tooManyOpen: true };
    return opened.gone ? { problem, gone: true } : { problem };
  }
  const { fd } = opened;
  try {
    const stats = fstatSync(fd);
    const wrongKind = notRegular(stats);
    if (wrongKind) return { problem: wrongKind };
    const size = (bytes: number) => (bytes < 1024 * 1024 ? `${bytes} bytes` : `${(bytes / 1024 / 1024).toFixed(1)} MiB`);
    const most = size(limit).replace(".0 MiB", " MiB");
    // Known from stat, the size is told; known from reading only (stat said less), "over".
    const tooBig = (statSize: number | null) => ({ problem: `file is ${statSize === null ? `over ${most}` : size(statSize)}; ${what} may be at most ${most}` });
    if (stats.size > limit) return tooBig(stats.size);
    // The size can change between fstat and read: what counts is the bytes read, limit + 1 at most.
    const buffer = scratch !== undefined && stats.size < scratch.length ? scratch : Buffer.allocUnsafe(Math.min(limit + 1, Math.max(stats.size + 1, 64 * 1024)));
    let length = 0;
    let chunk = buffer;
    for (;;) {
      if (length === chunk.length) {
        if (chunk.length > limit) return tooBig(null);
        const grown = Buffer.allocUnsafe(Math.min(limit + 1, chunk.length * 2));
        chunk.copy(grown, 0, 0, length);
        chunk = grown;
      }
      const read = readSync(fd, chunk, length, chunk.length - length, null);
      if (read === 0) break;
      length += read;
    }
    if (length > limit) return tooBig(null);
    return { bytes: chunk.subarray(0, length), stats };
  } catch (error) {
    return { problem: describeReadError(error, path) };
  } finally {
    closeSync(fd);
  }
}

const LINE_ENDS_YAML_IGNORES: Record<string, string> = {
  "\u0085": "a next line control (NEL, U+0085)",
  "\u2028": "a line separator (U+2028)",
  "\u2029": "a paragraph separator (U+2029)",
};

/**
 * The text with its line ends as YAML reads them. A CR alone (classic Mac OS) ends a line to
 * YAML, but every position was counted by LF: a problem on line 13 of such a file was at
 * "1:304". It becomes an LF, which YAML reads the same, and which keeps every offset. Lines
 * that end with NEL, U+2028 or U+2029 (a converted or generated file) are one line to YAML,
 * whose message ("indented differently from the lines around it") named nothing of it: such a
 * file, with no line end YAML reads, is refused, the character named.
 */
function withLineEnds(text: string): Decoded {
  const lf = text.includes("\r") ? text.replace(/\r(?!\n)/g, "\n") : text;
  if (lf.includes("\n")) return { text: lf };
  const other = /[\u0085\u2028\u2029]/.exec(lf);
  if (other === null) return { text: lf };
  return {
    problem: `its lines end with ${LINE_ENDS_YAML_IGNORES[other[0]]}, which YAML does not read as a line end; save the file with LF (or CRLF) line ends`,
    line: 1,
    col: other.index + 1,
  };
}

/** Line and column (1-based, in characters) of byte `offset` of UTF-8 bytes valid up to it; a CR alone ends a line, as in YAML. */
function positionOfByte(bytes: Buffer, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let at = 0; at < offset; at++) {
    if (bytes[at] === 0x0a || (bytes[at] === 0x0d && bytes[at + 1] !== 0x0a)) {
      line++;
      lineStart = at + 1;
    }
  }
  return { line, col: bytes.toString("utf8", lineStart, offset).length + 1 };
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Buffer): number {
  let at = 0;
  while (at < bytes.length) {
    const byte = bytes[at]!;
    let length: number;
    let min: number;
    if (byte < 0x80) {
      at++;
      continue;
    } else if (byte >= 0xc2 && byte <= 0xdf) [length, min] = [2, 0x80];
    else if (byte >= 0xe0 && byte <= 0xef) [length, min] = [3, 0x800];
    else if (byte >= 0xf0 && byte <= 0xf4) [length, min] = [4, 0x10000];
    else return at;
    if (at + length > bytes.length) return at;
    let codePoint = byte & (0xff >> (length + 1));
    for (let next = 1; next < length; next++) {
      const continuation = bytes[at + next]!;
      if ((continuation & 0xc0) !== 0x80) return at;
      codePoint = (codePoint << 6) | (continuation & 0x3f);
    }
    if (codePoint < min || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return at;
    at += length;
  }
  return -1;
}

function decodeUtf16(bytes: Buffer, bigEndian: boolean): Decoded {
  if (bytes.length % 2 !== 0) return { problem: "is UTF-16 with an odd number of bytes (cut off?); save the file as UTF-8", line: 1, col: 1 };
  const little = bigEndian ? Buffer.from(bytes).swap16() : bytes;
  try {
    return withLineEnds(new TextDecoder("utf-16le", { fatal: true }).decode(little));
  } catch {
    return halfSurrogate(little);
  }
}

/**
 * Where UTF-16 (little-endian code units) is not valid, which is only ever half of a surrogate
 * pair: placed at its line and column, as a byte that is not UTF-8 is, rather than at 1:1.
 */
function halfSurrogate(little: Buffer): Decoded {
  let line = 1;
  let col = 1;
  for (let at = 0; at + 1 < little.length; at += 2) {
    const unit = little.readUInt16LE(at);
    const next = at + 3 < little.length ? little.readUInt16LE(at + 2) : -1;
    if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      at += 2;
      col += 2;
      continue;
    }
    if (unit >= 0xd800 && unit <= 0xdfff) {
      const hex = unit.toString(16).toUpperCase();
      return { problem: `half of a UTF-16 surrogate pair (0x${hex}) without its other half: a broken character, which no text can hold; delete it`, line, col };
    }
    if (unit === 0x0a || (unit === 0x0d && next !== 0x0a)) {
      line++;
      col = 1;
    } else col++;
  }
  return { problem: "is not valid UTF-16 text; save the file as UTF-8", line: 1, col: 1 };
}

/**
 * The text of a code file's bytes. UTF-8 (a byte-order mark is dropped) or UTF-16, told by its
 * byte-order mark or, as YAML says, by the zero bytes of its first character; UTF-32 is named
 * and refused; bytes that are not UTF-8 are a problem at their line and column.
 */
export function decodeText(bytes: Buffer): Decoded {
  const [b0, b1, b2, b3] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if ((b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) || (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) || (b0 === 0 && b1 === 0 && b2 === 0 && b3 !== undefined && b3 !== 0) || (b0 !== undefined && b0 !== 0 && b1 === 0 && b2 === 0 && b3 === 0)) {
    return { problem: "is UTF-32 text; save the file as UTF-8", line: 1, col: 1 };
  }
  if (b0 === 0xff && b1 === 0xfe) return decodeUtf16(bytes.subarray(2), false);
  if (b0 === 0xfe && b1 === 0xff) return decodeUtf16(bytes.subarray(2), true);
  if (b0 === 0 && b1 !== undefined && b1 !== 0) return decodeUtf16(bytes, true);
  if (b0 !== undefined && b0 !== 0 && b1 === 0) return decodeUtf16(bytes, false);
  const body = b0 === 0xef && b1 === 0xbb && b2 === 0xbf ? bytes.subarray(3) : bytes;
  if (isUtf8(body)) return withLineEnds(body.toString("utf8"));
  const offset = firstInvalidUtf8(body);
  const bad = body.subarray(offset, offset + badBytesAt(body, offset));
  const shown = bad.toString("hex").toUpperCase().replace(/(..)/g, "0x$1 ").trim();
  return {
    problem: `${bad.length === 1 ? "a byte that is" : "bytes that are"} not UTF-8 (${shown}); save the file as UTF-8 (it may be Latin-1 or Windows-1252)`,
    ...positionOfByte(body, offset),
  };
}

/**
 * How many bytes from `offset`, where UTF-8 fails, are not UTF-8: a character cut short (its
 * first byte and those of it that came), or a byte and another after it that fails too (two
 * Latin-1 letters, "éè"). The byte after was named with it whatever it was: "(0xE9 0x0A)" of
 * "café" at a line's end named its line end as a byte that is not UTF-8.
 */
function badBytesAt(body: Buffer, offset: number): number {
  const lead = body[offset]!;
  const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc2 ? 2 : 1;
  let end = offset + 1;
  while (end < body.length && end - offset < length && (body[end]! & 0xc0) === 0x80) end++;
  if (end === offset + 1 && end < body.length && body[end]! >= 0x80 && firstInvalidUtf8(body.subarray(end, end + 4)) === 0) end++;
  return end - offset;
}
