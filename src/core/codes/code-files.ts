// Which files in a data directory are codes. Kept apart from load.ts so that checking
// whether cached data is still fresh costs no YAML parser.
import { readdirSync } from "node:fs";
import { join } from "node:path";

/** topics.yaml sits beside the codes in data/ but is not a code. */
export function isCodeFileName(name: string): boolean {
  return /\.ya?ml$/i.test(name) && !/^topics\.ya?ml$/i.test(name);
}

export function listCodeFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter(isCodeFileName)
    .sort()
    .map((name) => join(dir, name));
}
