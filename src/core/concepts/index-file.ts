// What the two curated index files (data/topics.yaml and data/concepts/*.yaml) share: reading a
// YAML file with every problem located as file:line:col, and lists of standards written per code
// as '<section id> <number>' that must name standards of the loaded codes.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { LineCounter, parseDocument } from "yaml";
import { z } from "zod";
import type { Code, StandardKey } from "../../model.js";
import { formatPath } from "../codes/field-path.js";
import { MAX_FILE_BYTES } from "../codes/load.js";
import { looksLikeSelection, parseSelection, pickNumbers } from "../codes/ref.js";
import { positionOf } from "../codes/yaml-position.js";
import { DataError, describeFsError, EthicsError, type FileProblem } from "../errors.js";
import { didYouMean } from "../suggest.js";

export type Path = readonly (string | number)[];
export type Report = (path: Path, message: string, key?: string) => void;

function expected(what: string, input: unknown): string {
  if (input === undefined) return `missing ${what}`;
  // YAML reads a bare true, no or 12 as a boolean or number, not as words
  if (typeof input === "boolean" || typeof input === "number") return `expected ${what} as text, got ${input}: quote it ("${input}")`;
  return `expected ${what}`;
}

export const text = (what: string) =>
  z
    .string({ error: (issue) => expected(what, issue.input) })
    .refine((value) => value.trim().length > 0, { message: `expected ${what}, got an empty string` });

export const slug = (what: string) =>
  z
    .string({ error: (issue) => expected(what, issue.input) })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: `expected ${what}: lowercase letters, digits and single hyphens` });

const reference = z.union([z.string(), z.number()], {
  error: "expected a standard: '<section id> <number>' (integrity 5), or a number in a code with one section",
});

/** Per code id, the standards: `alaska: [conflicts-of-interest 3]`, `wisconsin: [12]`. */
export const standardLists = z.record(
  z.string(),
  z.array(reference, { error: "expected a list of standards, e.g. [integrity 5, integrity 6]" }).min(1, {
    message: "expected at least one standard; leave a silent code out",
  }),
  { error: "expected, per code id, a list of standards" },
);

export interface ParsedIndexFile<T> {
  data: T | null;
  problems: FileProblem[];
  report: Report;
}

/**
 * Parse a YAML index file and check it against a schema; unknown fields get a "did you mean"
 * from `fieldsAt` (the fields allowed at a path).
 */
export function parseIndexText<T>(source: string, file: string, schema: z.ZodType<T>, fieldsAt: (path: Path) => string[]): ParsedIndexFile<T> {
  const problems: FileProblem[] = [];
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const report: Report = (path, message, key) =>
    problems.push({ file, ...positionOf(doc, lines, path, key), path: formatPath(key === undefined ? path : [...path, key]), message });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) problems.push({ file, ...(error.linePos?.[0] ?? { line: 1, col: 1 }), path: "", message: error.message.split("\n")[0]! });
    return { data: null, problems, report };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 50 });
  } catch (error) {
    report([], `cannot read: ${error instanceof Error ? error.message : String(error)}`);
    return { data: null, problems, report };
  }
  const parsed = schema.safeParse(data ?? {});
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path as (string | number)[];
      if (issue.code !== "unrecognized_keys") {
        report(path, issue.message);
        continue;
      }
      for (const key of issue.keys) {
        const suggestion = didYouMean(key, fieldsAt(path));
        report(path, `unknown field '${key}'${suggestion ? ` — ${suggestion}` : ""}`, key);
      }
    }
    return { data: null, problems, report };
  }
  return { data: parsed.data, problems, report };
}

/** The text of an index file; a file that cannot be read is a DataError. */
export function readIndexText(path: string, displayName: string): string {
  try {
    const size = statSync(path).size;
    if (size > MAX_FILE_BYTES) {
      throw new DataError([{ file: displayName, line: 0, col: 0, path: "", message: `file is ${(size / 1024 / 1024).toFixed(1)} MiB; an index file may be at most ${MAX_FILE_BYTES / 1024 / 1024} MiB` }]);
    }
    return readFileSync(path, "utf8");
  } catch (error) {
    if (error instanceof DataError) throw error;
    throw new DataError([{ file: displayName, line: 0, col: 0, path: "", message: describeFsError(error) }]);
  }
}

/** The YAML files of an index directory, in name order; one that cannot be listed is a DataError. */
export function yamlFilesIn(dir: string, displayDir: string): string[] {
  try {
    return readdirSync(dir).filter((name) => /\.ya?ml$/.test(name)).sort();
  } catch (error) {
    throw new DataError([{ file: displayDir, line: 0, col: 0, path: "", message: describeFsError(error) }]);
  }
}

/** One entry of a list for one code → the standards it names, or why it names none. */
export function resolveEntry(entry: string | number, code: Code): StandardKey[] | string {
  const written = String(entry).trim();
  let sectionId: string;
  let selection: string;
  if (looksLikeSelection(written)) {
    if (code.sections.length !== 1) {
      return `'${written}' names no section, and ${code.id} has ${code.sections.length}: write e.g. '${code.sections[0]!.id} ${written}'`;
    }
    sectionId = code.sections[0]!.id;
    selection = written;
  } else {
    const parts = written.match(/^(.*\S)\s+(\S+)$/);
    if (!parts || !looksLikeSelection(parts[2]!)) {
      return `expected '<section id> <number>' (e.g. '${code.sections[0]!.id} 1'), got '${written}'`;
    }
    sectionId = parts[1]!;
    selection = parts[2]!;
  }
  const section = code.sections.find((candidate) => candidate.id === sectionId);
  if (!section) {
    const suggestion = didYouMean(sectionId, code.sections.map((candidate) => candidate.id));
    return `${code.id} has no section '${sectionId}'${suggestion ? ` — ${suggestion}` : ""}`;
  }
  let numbers: number[];
  let missing: string[];
  try {
    ({ found: numbers, missing } = pickNumbers(parseSelection(selection), section.standards.map((standard) => standard.number)));
  } catch (error) {
    if (error instanceof EthicsError) return error.message;
    throw error;
  }
  const last = section.standards[section.standards.length - 1]!.number;
  if (missing.length > 0) {
    return `${code.id} ${section.id} has no standard ${missing.join(", ")} (its standards are 1–${last})`;
  }
  return numbers.map((number) => ({ code: code.id, section: section.id, number }));
}

function codeProblem(key: string, codes: readonly Code[]): string {
  const aliased = codes.find((code) => code.aliases.includes(key));
  if (aliased) return `'${key}' is an alias: write the code id '${aliased.id}'`;
  const suggestion = didYouMean(key, codes.map((code) => code.id));
  return `no code '${key}' is loaded${suggestion ? ` — ${suggestion}` : ""}`;
}

/** The standards a per-code record names, each once; `owner` names the entry in messages. */
export function resolveStandardLists(lists: Record<string, (string | number)[]>, codes: readonly Code[], path: Path, report: Report, owner: string): StandardKey[] {
  const standards: StandardKey[] = [];
  const listed = new Set<string>();
  for (const [codeId, references] of Object.entries(lists)) {
    const code = codes.find((candidate) => candidate.id === codeId);
    if (!code) {
      report(path, codeProblem(codeId, codes), codeId);
      continue;
    }
    references.forEach((written, position) => {
      const at = [...path, codeId, position];
      const resolved = resolveEntry(written, code);
      if (typeof resolved === "string") return report(at, resolved);
      for (const key of resolved) {
        const id = `${key.code} ${key.section} ${key.number}`;
        if (listed.has(id)) {
          report(at, `${key.code} ${key.section} ${key.number} is listed twice under '${owner}'`);
          continue;
        }
        listed.add(id);
        standards.push(key);
      }
    });
  }
  return standards;
}
