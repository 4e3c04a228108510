// Ways a cache entry can be damaged, shared by the end-to-end cache tests (test/e2e) and the
// in-process test of the entry reader (test/cli/cache/damaged-entry.test.ts): each must read as
// a miss.
import { readFileSync, rmSync, statSync, truncateSync, writeFileSync } from "node:fs";
import { MAX_INFLATED_BYTES } from "../src/cli/cache/inflate-bound.js";
import { encodeEntry } from "../src/cli/cache/json-cache.js";

/**
 * Ways a cache entry can be damaged, by name. `wrongShape` gives, for an entry file, a value of
 * the wrong shape to store under the entry's own key (whole and checksummed, so only its shape
 * tells).
 */
export function cacheDamages(wrongShape: (file: string) => unknown): [string, (file: string) => void][] {
  return [
    ["emptied", (file) => writeFileSync(file, "")],
    ["truncated", (file) => truncateSync(file, Math.floor(statSync(file).size / 2))],
    ["a byte flipped", (file) => {
      const bytes = readFileSync(file);
      bytes[bytes.length - 3] = bytes[bytes.length - 3]! ^ 0x40;
      writeFileSync(file, bytes);
    }],
    ["of the wrong shape", (file) => {
      const key = readFileSync(file, "latin1").split("\n")[0]!.split("\t")[2]!;
      writeFileSync(file, encodeEntry(key, wrongShape(file), MAX_INFLATED_BYTES));
    }],
    ["deleted", (file) => rmSync(file)],
  ];
}

/** The one damage a reader's own check of shapes must catch: the others are caught by the entry reader. */
export const WRONG_SHAPE = "of the wrong shape";
