// What a code file's bytes make, as the cache stores it under the bytes' hash: the code
// (compact, without its file name) or the file's problems (without the file's name).
import type { Code } from "../../model.js";
import type { FileProblem } from "../../core/errors.js";
import type { StoredProblem } from "./records.js";
import { isRecord, isStoredProblem } from "./shapes.js";
import { restoreCode, storeCode } from "./stored-code.js";

export const withoutFile = (problems: readonly FileProblem[]): StoredProblem[] => problems.map(({ line, col, path, message }) => ({ line, col, path, message }));

/** What a file's bytes make: a code (without its file name) or problems. Cached by the bytes' hash. */
export type Parsed = { code: Code; problems: null } | { code: null; problems: StoredProblem[] };

/** What the loader made of a file's bytes, as Parsed: a code, or its problems without the file's name. */
export function parsedOf(result: { code: Code | null; problems: readonly FileProblem[] }): Parsed {
  return result.code ? { code: result.code, problems: null } : { code: null, problems: withoutFile(result.problems) };
}

export function parsedFromEntry(value: unknown): Parsed | undefined {
  if (!isRecord(value)) return undefined;
  if (value.problems === null) {
    const code = restoreCode(value.code, "");
    return code ? { code, problems: null } : undefined;
  }
  if (value.code === null && Array.isArray(value.problems) && value.problems.length > 0 && value.problems.every(isStoredProblem)) {
    return { code: null, problems: value.problems as StoredProblem[] };
  }
  return undefined;
}

export function entryOf(parsed: Parsed): unknown {
  return parsed.code ? { code: storeCode(parsed.code), problems: null } : parsed;
}
