// `ethics validate`: every problem in every file, including names (ids, aliases, short names,
// titles) that clash across files or with the built-in codes, so a user can fix them all in one go.
// Each file is checked on its own (checkFile: parsed here, or known from the cache); the checks
// across files then run on what each file's check found.
import { statSync } from "node:fs";
import { basename, resolve } from "node:path";
import type { Code, Library } from "../../model.js";
import { describeFsError, inFileOrder, type FileProblem } from "../errors.js";
import { nameShown } from "../name-shown.js";
import { clashWith, fieldName, findClashes, localName, type Clash } from "../library/merge.js";
import { namesByField } from "./resolve.js";
import { codeFileNameMeant, jsonFilesNotRead, listCodeDirectory, savedAsTextWhy, type CodeFileListing } from "./code-files.js";
import { describeNonUtf8Name } from "./non-utf8-name.js";
import { fileIdentity } from "./file-identity.js";
import { lineageProblems } from "./lineage-check.js";
import { rememberSameTexts, sameTexts, sameTextsOf, sameTextWarning } from "./same-texts.js";
import type { ParsedFile, ReadChecks } from "./load.js";

export interface ValidationReport {
  files: { file: string; id: string | null; problems: FileProblem[] }[];
  problems: number;
  /** What loads but looks like a slip (same-texts.ts), said on stderr: no problem, exit 0. */
  warnings: string[];
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
  /** Its standards that have the same words, as same-texts.ts names them: warned of, every run. */
  sameTexts: string[];
}

export function namesAndLineageOf(code: Code): CodeNamesAndLineage {
  return {
    id: code.id,
    aliases: code.aliases,
    title: code.title,
    shortName: code.shortName,
    derivedFrom: code.source.derivedFrom ?? null,
    sections: code.sections.map(({ id, title }) => ({ id, title })),
    sameTexts: sameTexts(code),
  };
}

/** A code of those names, sections' names and lineage and nothing else, for the checks across files. */
export function codeOfNames(names: CodeNamesAndLineage, file: string): Code {
  const code: Code = {
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
  rememberSameTexts(code, names.sameTexts);
  return code;
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
  const text = listing.savedAsText.map((file) => `; ${basename(file)} is not read: ${savedAsTextWhy(codeFileNameMeant(basename(file))!)}`).join("");
  return problem(`no .yaml or .yml code files in this directory${json}${text}`);
}

/**
 * What validate reads of these paths, by identity (fileIdentity): each file named, and a
 * folder's code files and the parts of data/'s layout it warns of. The codes it checks them
 * against are read without them.
 */
export function identitiesNamed(paths: readonly string[]): Set<string> {
  const identities = new Set<string>();
  for (const path of paths) {
    let listing: CodeFileListing | undefined;
    try {
      if (statSync(path).isDirectory()) listing = listCodeDirectory(path);
    } catch {
      // what cannot be looked at is validate's to report
    }
    for (const file of listing ? [...listing.files, ...listing.builtInOnly] : [path]) identities.add(fileIdentity(file));
  }
  return identities;
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

/** A problem found across files: of the checked `code`, at its field `path`. */
interface ProblemAcross {
  code: Code;
  path: string;
  message: string;
}

/**
 * The names of the checked codes that clash with the known codes' (the built-in codes and
 * those of --data and ETHICS_DATA) or with each other's, each a problem of a checked code.
 * Loaded together, the rule of who keeps a name can give it to the checked code and the clash
 * to a known one (whose short name an id outranks): said of the checked code all the same,
 * since the known codes are not what is being checked.
 */
function clashProblems(checked: readonly Code[], known: readonly Code[], sameFile: (owner: Code, code: Code) => boolean): ProblemAcross[] {
  const isChecked = new Set(checked);
  const users = known.filter((code) => code.origin === "user");
  const builtin = users.length === 0 ? known : known.filter((code) => code.origin !== "user");
  return findClashes(builtin, [...users, ...checked], sameFile).flatMap((clash): ProblemAcross[] => {
    const { code, field, name, text } = clash;
    if (!isChecked.has(code)) return isChecked.has(clash.owner) ? [yieldedClash(clash)] : [];
    const isName = field === "shortName" || field === "title";
    const both = clash.section === undefined && clash.standard === undefined ? `: both answer to '${name}'` : "";
    const message = isName
      ? `'${nameShown(text)}' ${clashWith(clash, "short")}${both}; change it${field === "shortName" ? ` (e.g. '${localName(text)}')` : ""}`
      : `'${nameShown(name)}' ${clashWith(clash, "short")}; rename it (e.g. '${name}-local')`;
    return [{ code, path: field, message }];
  });
}

/** A clash findClashes gives a known code, with the checked code as its owner: said of the checked code's name. */
function yieldedClash(clash: Clash): ProblemAcross {
  const { code: known, owner: checked, ownerField } = clash;
  const named = namesByField(checked).find((name) => name.field === ownerField);
  const text = named?.text ?? clash.name;
  const theirs = `the ${fieldName(clash.field)} '${nameShown(clash.text)}' of '${nameShown(known.id)}' in ${nameShown(known.file)}`;
  const message =
    clash.standard !== undefined
      ? `'${text}' and its standard '${clash.standard}' read as ${theirs}; change one of them`
      : clash.section === undefined
        ? `'${nameShown(text)}' clashes with ${theirs}: both answer to '${nameShown(clash.name)}'; change one of them`
        : `'${text}' and its section '${clash.section}' read as ${theirs}; change one of them`;
  return { code: checked, path: ownerField, message };
}

/**
 * `known`: the codes the files are checked against, the built-in codes and those the run's
 * --data and ETHICS_DATA hold (without the files checked). `builtinRoot` is where the built-in codes' files are, so that validating data/ itself is no
 * clash. `checkFile` checks one file (parsingCheck, or the cache's); what it returns is not
 * changed.
 */
export async function validatePaths(paths: readonly string[], known: Library, builtinRoot: string, checkFile: CheckFile): Promise<ValidationReport> {
  const parsed: ParsedFile[] = [];
  // A file named twice is checked once, under its first name: else it clashes with itself.
  const seen = new Set<string>();
  const firstTime = (path: string) => {
    const identity = fileIdentity(path);
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
  const across: ProblemAcross[] = clashProblems(codes, known.codes, sameFile);
  // A lineage names a code: a built-in one, one of --data or ETHICS_DATA, or one validated with it.
  const expected = known.codes.some((code) => code.origin === "user") ? "the id of a built-in code, of one in --data or ETHICS_DATA, or of one validated with it" : "the id of a built-in code or of a code validated with it";
  for (const { code, message } of lineageProblems(codes, [...known.codes, ...codes], expected)) {
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
  const warnings = codes.flatMap((code) => sameTextsOf(code).map((group) => sameTextWarning(code, group)));
  return { files, problems: files.reduce((sum, file) => sum + file.problems.length, 0), warnings };
}
