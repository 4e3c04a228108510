// The only place that reads code files and parses YAML. Every problem comes back located as
// file:line:col plus the path inside the document, never as an exception.
import { readFileSync, statSync } from "node:fs";
import { LineCounter, parseDocument, type Document } from "yaml";
import type { z } from "zod";
import type { Code } from "../../model.js";
import { listCodeFiles } from "./code-files.js";
import { DataError, describeFsError, type FileProblem } from "../errors.js";
import { normalizeCode } from "./normalize.js";
import { codeFileSchema, itemSchema, provenanceSchema, sectionSchema, standardSchema } from "./schema.js";
import { didYouMean } from "../suggest.js";
import { positionOf } from "./yaml-position.js";

/** Far above any real code (Medi-Cal is 25 KB); keeps a runaway file from eating memory. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** Real code files use no aliases; a handful is plenty and stops alias bombs early. */
const MAX_ALIAS_COUNT = 50;

export interface ParsedFile {
  code: Code | null;
  problems: FileProblem[];
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === "number" ? `[${key}]` : index === 0 ? String(key) : `.${String(key)}`))
    .join("");
}

/** The fields allowed where an unknown one was found, for "did you mean …?". */
function knownKeys(path: readonly PropertyKey[]): string[] {
  const named = path.filter((key): key is string => typeof key === "string");
  const container = named[named.length - 1];
  const fields: Record<string, string[]> = {
    standards: Object.keys(standardSchema.shape),
    items: Object.keys(itemSchema.shape),
    sections: Object.keys(sectionSchema.shape),
    source: Object.keys(provenanceSchema.shape),
    preamble: ["heading", "text"],
    values: ["text"],
    definitions: ["term", "text"],
  };
  return (container && fields[container]) || Object.keys(codeFileSchema.shape);
}

function problemsFromIssues(
  issues: z.core.$ZodIssue[],
  file: string,
  doc: Document,
  lines: LineCounter,
): FileProblem[] {
  return issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => {
        const suggestion = didYouMean(key, knownKeys(issue.path));
        return {
          file,
          ...positionOf(doc, lines, issue.path, key),
          path: formatPath([...issue.path, key]),
          message: `unknown field '${key}'${suggestion ? ` — ${suggestion}` : ""}`,
        };
      });
    }
    return [{ file, ...positionOf(doc, lines, issue.path), path: formatPath(issue.path), message: issue.message }];
  });
}

/** Parse and validate the text of one code file. */
export function parseCodeText(text: string, file: string, origin: Code["origin"]): ParsedFile {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      code: null,
      problems: doc.errors.map((error) => {
        const position = error.linePos?.[0] ?? { line: 1, col: 1 };
        // prettyErrors sets linePos; its message repeats the position and quotes the line: keep the sentence.
        const message = error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
        return { file, ...position, path: "", message };
      }),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // yaml throws when aliases expand past maxAliasCount (an alias bomb).
    const message = error instanceof Error ? error.message : String(error);
    return { code: null, problems: [{ file, line: 1, col: 1, path: "", message: `cannot read: ${message}` }] };
  }
  if (data === null || data === undefined) {
    return { code: null, problems: [{ file, line: 1, col: 1, path: "", message: "the file is empty; expected a code (id, title, sections, …)" }] };
  }
  const result = codeFileSchema.safeParse(data);
  if (!result.success) return { code: null, problems: problemsFromIssues(result.error.issues, file, doc, lines) };
  return { code: normalizeCode(result.data, origin, file), problems: [] };
}

/** Read and parse one code file; problems reading it are reported like problems inside it. */
export function readCodeFile(path: string, origin: Code["origin"], displayName = path): ParsedFile {
  let text: string;
  try {
    const size = statSync(path).size;
    if (size > MAX_FILE_BYTES) {
      const limit = `${MAX_FILE_BYTES / 1024 / 1024} MiB`;
      return { code: null, problems: [{ file: displayName, line: 0, col: 0, path: "", message: `file is ${(size / 1024 / 1024).toFixed(1)} MiB; a code file may be at most ${limit}` }] };
    }
    text = readFileSync(path, "utf8");
  } catch (error) {
    return { code: null, problems: [{ file: displayName, line: 0, col: 0, path: "", message: describeFsError(error) }] };
  }
  return parseCodeText(text, displayName, origin);
}


/** Every code file in a directory, or one problem saying why the directory cannot be read. */
export function readCodeFilesIn(dir: string, origin: Code["origin"]): ParsedFile[] {
  let paths: string[];
  try {
    paths = listCodeFiles(dir);
  } catch (error) {
    return [{ code: null, problems: [{ file: dir, line: 0, col: 0, path: "", message: describeFsError(error) }] }];
  }
  return paths.map((path) => readCodeFile(path, origin));
}

/** Every code in a directory; throws DataError listing every problem in every file. */
export function readCodeDir(dir: string, origin: Code["origin"]): Code[] {
  const parsed = readCodeFilesIn(dir, origin);
  const problems = parsed.flatMap((result) => result.problems);
  if (problems.length > 0) throw new DataError(problems, `fix the file${problems.length > 1 ? "s" : ""}; \`ethics validate ${dir}\` checks them`);
  return parsed.map((result) => result.code!);
}
