// `ethics validate`: every problem in every file, including names (ids, aliases, short names,
// titles) that clash across files or with the built-in codes, so a user can fix them all in one go.
// Each file is checked on its own (checkFile: parsed here, or known from the cache); the checks
// across files then run on what each file's check found.
import { statSync } from "node:fs";
import { resolve } from "node:path";
import type { Code, Library } from "../../model.js";
import { describeFsError, inFileOrder, type FileProblem } from "../errors.js";
import { clashWith, findClashes, localName } from "../library/merge.js";
import { jsonFilesNotRead, listCodeDirectory } from "./code-files.js";
import { describeNonUtf8Name } from "./non-utf8-name.js";
import { lineageProblems } from "./lineage-check.js";
import type { ParsedFile, ReadChecks } from "./load.js";

export interface ValidationReport {
  files: { file: string; id: string | null; problems: FileProblem[] }[];
  problems: number;
}

/**
 * One file's own check, its problems located under `file` as given. The code need only carry
 * what the checks across files read: its names (codeNames), origin, file and source.derivedFrom.
 */
export type CheckFile = (file: string) => Promise<ParsedFile>;

/** What validate checks in a file beyond its format: its concept tags name the built-in concept index's (not its topics'). */
export function validateChecks(builtin: Library): ReadChecks {
  const topicConcepts = new Map<string, string[]>(builtin.topics.map((topic) => [topic.id, []]));
  for (const concept of builtin.concepts) topicConcepts.get(concept.topic)?.push(concept.id);
  return { conceptIds: builtin.concepts.map((concept) => concept.id), topicConcepts };
}

/**
 * The names and lineage of a valid file's code: all that the checks across files read of it. Its
 * sections' ids and titles too: another code's name may read as this code's name and a section.
 */
export interface CodeNamesAndLineage {
  id: string;
  aliases: string[];
  title: string;
  shortName: string;
  derivedFrom: string | null;
  sections: { id: string; title: string }[];
}

export function namesAndLineageOf(code: Code): CodeNamesAndLineage {
  return {
    id: code.id,
    aliases: code.aliases,
    title: code.title,
    shortName: code.shortName,
    derivedFrom: code.source.derivedFrom ?? null,
    sections: code.sections.map(({ id, title }) => ({ id, title })),
  };
}

/** A code of those names, sections' names and lineage and nothing else, for the checks across files. */
export function codeOfNames(names: CodeNamesAndLineage, file: string): Code {
  return {
    id: names.id,
    aliases: names.aliases,
    title: names.title,
    shortName: names.shortName,
    jurisdiction: "",
    numbering: "source",
    source: names.derivedFrom === null ? { document: "" } : { document: "", derivedFrom: names.derivedFrom },
    scope: null,
    preamble: [],
    values: [],
    definitions: [],
    sections: names.sections.map(({ id, title }) => ({ id, title, intro: null, standards: [], editorial: {} })),
    attestation: null,
    signature: [],
    references: [],
    editorial: {},
    origin: "user",
    file,
  };
}

/** The files a path names: itself, or the code files of a directory; or a problem saying why none. */
function filesOf(path: string): string[] | ParsedFile {
  const problem = (message: string): ParsedFile => ({ code: null, problems: [{ file: path, line: 0, col: 0, path: "", message }] });
  try {
    if (!statSync(path).isDirectory()) return [path];
  } catch (error) {
    return problem(describeNonUtf8Name(path) ?? describeFsError(error));
  }
  let listing;
  try {
    listing = listCodeDirectory(path);
  } catch (error) {
    return problem(describeFsError(error));
  }
  if (listing.files.length > 0) return listing.files;
  const json = listing.jsonNames.length > 0 ? `; ${jsonFilesNotRead(listing.jsonNames)}` : "";
  return problem(`no .yaml or .yml code files in this directory${json}`);
}

/**
 * What a path is, however named (a second name, a folder named twice, a link): its device and
 * inode, as --data tells files apart (cli/cache/user-codes.ts); where it cannot be looked at,
 * the path itself, resolved.
 */
function identityOf(path: string): string {
  try {
    const stats = statSync(path, { bigint: true });
    return `${stats.dev}:${stats.ino}`;
  } catch {
    return resolve(path);
  }
}

/** Reads and parses each file (the loader, with YAML and the schema, loads only here). */
export async function parsingCheck(builtin: Library): Promise<CheckFile> {
  const { readCodeFile } = await import("./load.js");
  const checks = validateChecks(builtin);
  return async (file) => readCodeFile(file, "user", checks);
}

function fileOf(parsed: ParsedFile): string {
  return parsed.code?.file ?? parsed.problems[0]?.file ?? "";
}

/**
 * `builtinRoot` is where the built-in codes' files are, so that validating data/ itself is no
 * clash. `checkFile` checks one file (parsingCheck, or the cache's); what it returns is not
 * changed.
 */
export async function validatePaths(paths: readonly string[], builtin: Library, builtinRoot: string, checkFile: CheckFile): Promise<ValidationReport> {
  const parsed: ParsedFile[] = [];
  // A file named twice is checked once, under its first name: else it clashes with itself.
  const seen = new Set<string>();
  const firstTime = (path: string) => {
    const identity = identityOf(path);
    return !seen.has(identity) && seen.add(identity);
  };
  for (const path of paths) {
    const files = filesOf(path);
    if (!Array.isArray(files)) {
      if (firstTime(path)) parsed.push(files);
      continue;
    }
    // A folder's file gone since the folder was listed (an editor saving by rename, `git
    // checkout`) is left out, as a listing taken a moment later would; a file named is checked.
    const listed = files.length > 1 || files[0] !== path;
    for (const file of files) {
      if (!firstTime(file)) continue;
      const result = await checkFile(file);
      if (listed && result.gone) continue;
      // Each file's problems copied: the checks across files add to them.
      parsed.push({ code: result.code, problems: [...result.problems] });
    }
  }
  const codes = parsed.flatMap((result) => (result.code ? [result.code] : []));
  const sameFile = (owner: Code, code: Code) => owner.origin === "builtin" && resolve(builtinRoot, owner.file) === resolve(code.file);
  // Problems across files, placed at the field they are about: the files are read again for it
  // only when there are some (the loader's YAML reading is loaded only then).
  const across: { code: Code; path: string; message: string }[] = [];
  for (const clash of findClashes(builtin.codes, codes, sameFile)) {
    const { code, field, name, text } = clash;
    const isName = field === "shortName" || field === "title";
    const both = clash.section === undefined ? `: both answer to '${name}'` : "";
    const message = isName
      ? `'${text}' ${clashWith(clash, "short")}${both}; change it${field === "shortName" ? ` (e.g. '${localName(text)}')` : ""}`
      : `'${name}' ${clashWith(clash, "short")}; rename it (e.g. '${name}-local')`;
    across.push({ code, path: field, message });
  }
  // A lineage names a code: a built-in one, or one of those validated together.
  for (const { code, message } of lineageProblems(codes, [...builtin.codes, ...codes], "the id of a built-in code or of a code validated with it")) {
    across.push({ code, path: "source.derivedFrom", message });
  }
  if (across.length > 0) {
    const { fieldPlaces } = await import("./key-place.js");
    // A file with several such problems is read and parsed once.
    const placesIn = new Map<string, (path: string) => { line: number; col: number }>();
    const placed = new Set<ParsedFile>();
    for (const { code, path, message } of across) {
      const result = parsed.find((each) => each.code === code)!;
      const places = placesIn.get(code.file) ?? placesIn.set(code.file, fieldPlaces(code.file)).get(code.file)!;
      result.problems.push({ file: code.file, ...places(path), path, message });
      placed.add(result);
    }
    // In the file's order, as its own problems are.
    for (const result of placed) result.problems.sort(inFileOrder);
  }
  const files = parsed.map((result) => ({ file: fileOf(result), id: result.code?.id ?? null, problems: result.problems }));
  return { files, problems: files.reduce((sum, file) => sum + file.problems.length, 0) };
}
