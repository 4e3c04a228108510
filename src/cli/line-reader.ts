// Answers, line by line, from stdin: typed on a terminal (the terminal echoes and edits the line)
// or from a file or pipe, so that a trainer can script a quiz. An answer is a letter or a
// number: of a longer line (a file piped by mistake, megabytes without a line break) only the
// start is kept and the rest read past, so that no line is ever held whole.
import { fstatSync } from "node:fs";
import type { Readable } from "node:stream";
import { EthicsError } from "../core/errors.js";

/** Characters kept of a line: far more than any answer, little enough to hold and show. */
export const LINE_KEPT = 1024;

/**
 * Characters read past in one line before the input is taken to be no answers at all: far more
 * than any file piped by mistake that still ends its lines, and ~0.2 s of reading. Without a
 * bound an input that never ends a line (/dev/zero) is read forever.
 */
export const LINE_LIMIT = 16 * 1024 * 1024;

export interface LineReader {
  /** The next line (at most LINE_KEPT characters of it) without its line ending; null at the end of the input. */
  next(): Promise<string | null>;
  /** Why next() gave null before the input ended, if it did: a line ran on past the limit. */
  stoppedEarly(): string | undefined;
  close(): void;
}

/** A line ends at \n, \r\n or a lone \r, as readline reads them. */
const LINE_END = /\r\n|[\r\n]/g;

/** `text` cut to `length` characters, never between the halves of a surrogate pair. */
export function cutLine(text: string, length: number): string {
  if (text.length <= length) return text;
  const code = text.charCodeAt(length - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? length - 1 : length);
}

export function readLines(input: Readable, kept = LINE_KEPT, limit = LINE_LIMIT): LineReader {
  const lines: string[] = [];
  let line = "";
  let lineLength = 0; // characters of the line so far, kept or read past
  let stopped: string | undefined;
  let lineStarted = false;
  let lineFull = false; // LINE_KEPT characters kept: the rest of the line is read past
  let afterReturn = false; // a chunk ended with \r: a \n opening the next one ends no other line
  let ended = false;
  let failure: EthicsError | null = null;
  let waiting: { resolve: (line: string | null) => void; reject: (error: Error) => void } | null = null;

  const add = (text: string) => {
    lineStarted ||= text !== "";
    lineLength += text.length;
    if (lineFull || text === "") return;
    lineFull = line.length + text.length > kept;
    line = lineFull ? cutLine(line + text.slice(0, kept - line.length + 1), kept) : line + text;
  };
  const endLine = () => {
    lines.push(line);
    line = "";
    lineLength = 0;
    lineStarted = false;
    lineFull = false;
  };
  const answer = () => {
    if (!waiting) return;
    const { resolve, reject } = waiting;
    if (lines.length > 0) resolve(lines.shift()!);
    else if (failure) reject(failure);
    else if (ended) resolve(null);
    else return;
    waiting = null;
  };

  let atStart = true; // a byte-order mark opening the input (Notepad's UTF-8) is no part of the first answer
  input.setEncoding("utf8");
  input.on("data", (chunk: string) => {
    if (atStart && chunk !== "") {
      atStart = false;
      if (chunk.startsWith("\uFEFF")) chunk = chunk.slice(1);
    }
    let from = afterReturn && chunk.startsWith("\n") ? 1 : 0;
    afterReturn = chunk.endsWith("\r");
    LINE_END.lastIndex = from;
    for (let match = LINE_END.exec(chunk); match; match = LINE_END.exec(chunk)) {
      add(chunk.slice(from, match.index));
      endLine();
      from = match.index + match[0].length;
    }
    add(chunk.slice(from));
    if (lineLength > limit) {
      // The lines before it are still answers; this one and the rest are not read.
      stopped = `a line of the answers runs on past ${limit.toLocaleString("en-US")} characters without a line break`;
      lineStarted = false;
      ended = true;
      input.destroy();
    }
    answer();
    // lines not yet asked for wait here, not in memory: the rest of the input waits in the pipe
    if (lines.length > 0) input.pause();
  });
  input.on("end", () => {
    if (lineStarted) endLine();
    ended = true;
    answer();
  });
  input.on("error", (error: Error) => {
    failure = new EthicsError(`cannot read the answers: ${error.message}`);
    answer();
  });

  return {
    next() {
      return new Promise((resolve, reject) => {
        waiting = { resolve, reject };
        answer();
        if (waiting && !ended && !failure) input.resume();
      });
    },
    stoppedEarly() {
      return stopped;
    },
    close() {
      input.destroy();
    },
  };
}

/**
 * Why stdin cannot give answers at all, if it cannot: Node reads a directory as an empty
 * stream (no error), which the quiz would take for answers that ran out.
 */
export function unreadableStdin(): string | undefined {
  try {
    return fstatSync(0).isDirectory() ? "stdin is a directory" : undefined;
  } catch {
    return undefined; // not open at all: Node reads it as empty, as /dev/null
  }
}

/** A key's escape sequence, as a terminal sends arrows, Home, End, Delete (␛[D, ␛OH, ␛[3~) and Alt+key. */
const KEY_SEQUENCE = /\x1b(?:\[[0-?]*[ -/]*[@-~]|O.|.)?/gs;

/**
 * A line typed on a terminal that does not edit it for ethics (its output goes elsewhere, as in
 * `ethics quiz | tee quiz.txt`) without the keys' escape sequences: an arrow is no part of an answer.
 */
export function withoutKeySequences(line: string): string {
  return line.includes("\x1b") ? line.replace(KEY_SEQUENCE, "") : line;
}

export function readStdinLines(): LineReader {
  return readLines(process.stdin);
}
