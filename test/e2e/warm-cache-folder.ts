// What the two files of tests of the cache beyond users' codes share (warm-cache.test.ts,
// validate and the whole-library values; warm-cache-export.test.ts, random and the exports):
// folders of users' codes, and the ways an entry is damaged.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cacheDamages, copyOfMedical, WRONG_SHAPE } from "./cache-damage.js";
import { root } from "./run.js";

export const riverside = readFileSync(join(root, "test/fixtures/user-codes/riverside-agency.yaml"), "utf8");

export const newDir = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));
export const entries = (cacheDir: string, kind: string) => readdirSync(cacheDir).filter((name) => name.startsWith(kind) && name.endsWith(".entry"));

/** Ways a cache entry can be damaged; each must read as a miss. */
const DAMAGES = cacheDamages(() => ({ paths: [7], files: "x", what: 1, value: { topics: [{ id: 3 }] } }));

/**
 * The one of DAMAGES that only the reader of an entry's kind can catch (its check of shapes); the
 * others are misses before any reader sees them (test/cli/cache/damaged-entry.test.ts, and end to
 * end in cache.test.ts).
 */
export const WRONG_SHAPE_DAMAGE = DAMAGES.filter(([how]) => how === WRONG_SHAPE);

/** A data folder: the riverside example, a Medi-Cal copy, and one whose file tags a standard itself. */
export function dataFolder(): string {
  const dir = newDir("ethics-views-data-");
  writeFileSync(join(dir, "riverside.yaml"), riverside);
  writeFileSync(join(dir, "copy-a.yaml"), copyOfMedical("copy-a", "Copy A"));
  writeFileSync(join(dir, "copy-b.yaml"), copyOfMedical("copy-b", "Copy B").replace(/^(\s+)text: (.*gifts.*)$/m, "$1text: $2\n$1concepts: [accepting-gifts]"));
  return dir;
}
