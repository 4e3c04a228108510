// Answers, line by line, from stdin: typed on a terminal (the terminal echoes and edits the line)
// or from a file or pipe, so that a trainer can script a quiz.
import { createInterface } from "node:readline";

export interface LineReader {
  /** The next line without its line ending; null at the end of the input. */
  next(): Promise<string | null>;
  close(): void;
}

export function readStdinLines(): LineReader {
  const lines = createInterface({ input: process.stdin, terminal: false, crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  return {
    async next() {
      const result = await iterator.next();
      return result.done ? null : result.value;
    },
    close() {
      lines.close();
      process.stdin.destroy();
    },
  };
}
