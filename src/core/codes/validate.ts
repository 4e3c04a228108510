// `ethics validate`: every problem in every file, including names (ids, aliases, short names,
// titles) that clash across files or with the built-in codes, so a user can fix them all in one go.
import { statSync } from "node:fs";
import { resolve } from "node:path";
import type { Code, Library } from "../../model.js";
import { describeFsError, type FileProblem } from "../errors.js";
import { describeOwner, findClashes } from "../library/merge.js";
import { didYouMean } from "../suggest.js";
import { readCodeFile, readCodeFilesIn, type ParsedFile, type ReadChecks } from "./load.js";

export interface ValidationReport {
  files: { file: string; id: string | null; problems: FileProblem[] }[];
  problems: number;
}

function readPath(path: string, checks: ReadChecks): ParsedFile[] {
  try {
    if (statSync(path).isDirectory()) {
      const files = readCodeFilesIn(path, "user", checks);
      return files.length > 0 ? files : [{ code: null, problems: [{ file: path, line: 0, col: 0, path: "", message: "no .yaml or .yml code files in this directory" }] }];
    }
  } catch (error) {
    return [{ code: null, problems: [{ file: path, line: 0, col: 0, path: "", message: describeFsError(error) }] }];
  }
  return [readCodeFile(path, "user", checks)];
}

function fileOf(parsed: ParsedFile): string {
  return parsed.code?.file ?? parsed.problems[0]?.file ?? "";
}

/** `builtinRoot` is where the built-in codes' files are, so that validating data/ itself is no clash. */
export function validatePaths(paths: readonly string[], builtin: Library, builtinRoot: string): ValidationReport {
  // A concept tag names an entry of the built-in concept index.
  const checks = { conceptIds: builtin.concepts.map((concept) => concept.id) };
  const parsed = paths.flatMap((path) => readPath(path, checks));
  const codes = parsed.flatMap((result) => (result.code ? [result.code] : []));
  const sameFile = (owner: Code, code: Code) => owner.origin === "builtin" && resolve(builtinRoot, owner.file) === resolve(code.file);
  for (const clash of findClashes(builtin.codes, codes, sameFile)) {
    const { code, field, name, text } = clash;
    const isName = field === "shortName" || field === "title";
    const message = isName
      ? `'${text}' clashes with ${describeOwner(clash, "short")}: both answer to '${name}'; change it${field === "shortName" ? ` (e.g. '${text} (local)')` : ""}`
      : `'${name}' clashes with ${describeOwner(clash, "short")}; rename it (e.g. '${name}-local')`;
    parsed.find((result) => result.code === code)!.problems.push({ file: code.file, line: 0, col: 0, path: field, message });
  }
  // A lineage names a code: a built-in one, or one of those validated together.
  const known = [...new Set([...builtin.codes, ...codes].map((code) => code.id))];
  for (const code of codes) {
    const parent = code.source.derivedFrom;
    if (parent === undefined || (known.includes(parent) && parent !== code.id)) continue;
    const suggestion = parent === code.id ? undefined : didYouMean(parent, known);
    const message =
      parent === code.id
        ? "a code cannot derive from itself; name the code it is a revision of, or leave derivedFrom out"
        : `no code '${parent}': expected the id of a built-in code or of a code validated with it${suggestion ? ` — ${suggestion}` : ""}`;
    parsed.find((result) => result.code === code)!.problems.push({ file: code.file, line: 0, col: 0, path: "source.derivedFrom", message });
  }
  const files = parsed.map((result) => ({ file: fileOf(result), id: result.code?.id ?? null, problems: result.problems }));
  return { files, problems: files.reduce((sum, file) => sum + file.problems.length, 0) };
}
