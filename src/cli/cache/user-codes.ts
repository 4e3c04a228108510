// Users' codes (--data and ETHICS_DATA), read through the cache when it is there.
//
// Freshness is git's index: each file's full stat data (size, mtime and ctime in ns, inode,
// device) is recorded with the hash of its bytes; a file whose stat data still matches is not
// read, unless it was "racily clean" (changed within RACY_MS of being recorded), which is read
// and hashed again. Everything made from a file is keyed by that hash and the build id, so one
// changed file of a thousand re-reads that file only, and two folders with the same file share
// its entries. The search index is put together from stored parts, each covering a run of
// files (keyed by their hashes). Without a cache (none wanted, or none can be made) the same
// functions run on the same files, minus the entries.
import { existsSync, realpathSync, statSync, type BigIntStats } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { rememberDerivedFrom, rememberOwnConceptTags, rememberSize, type Code, type Library } from "../../model.js";
import { builtInOnlyWarning, codeFileNameMeant, jsonFilesNotRead, listCodeDirectory, savedAsTextWhy, type CodeFileListing } from "../../core/codes/code-files.js";
import { readFileBytes, type FileRead } from "../../core/codes/read-file.js";
import { fileIdentity } from "../../core/codes/file-identity.js";
import { holdsNoCode } from "../../core/codes/empty-file.js";
import { rememberSameTexts } from "../../core/codes/same-texts.js";
import { describeNonUtf8Name } from "../../core/codes/non-utf8-name.js";
import { ChangedWhileReading, DataError, EthicsError, PROBLEMS_SHOWN, describeFsError, formatProblem, type FileProblem } from "../../core/errors.js";
import { nameShown } from "../../core/name-shown.js";
import { dropClashing } from "../../core/library/merge.js";
import { indexFitsLibrary } from "../../core/search/index-fit.js";
import type { IndexPart, SearchIndex } from "../../core/search/inverted-index.js";
import type { JsonCache } from "./json-cache.js";
import { forgetSizes } from "./forget-sizes.js";
import { entryNameOf, namesOf, isIndexPart, isLibraryRecord, isSearchIndex, type CodeNames, type FileRecord, type LibraryRecord, type StoredProblem } from "./records.js";
import { entryOf, parsedFromEntry, parsedOf, type Parsed } from "./parsed-entry.js";
import { parseInParallel, SharedRoom, startParseWorkers, stopWorkers, threadPlan, workerFile, type ParseJob, type StartedWorkers } from "./parallel-parse.js";
import { isRacy, sameStats, shortHash, statFields, type StatFields } from "./file-stats.js";
import { markStoredEntry } from "./stored-entry.js";
import { codesText, filesRecord, oneFile, type MadeFrom } from "./inflate-bound.js";
import { MANY_NEW_FILES, optimizeWithoutInlining } from "./less-inlining.js";
import { shellPath } from "../../core/shell-path.js";
import { ethicsForLibraryWith } from "../../core/command-start.js";
import { outputAmong, outputIntoInput } from "../output-into-input.js";
import { tildeNotExpanded, unexpandedTilde, type UnexpandedTilde } from "../unexpanded-tilde.js";

/** Files to read from which the cache's entries are listed once rather than each looked for (see refreshAll). */
const LIST_ENTRIES_FROM = 32;
/** Parsed codes kept in memory besides their entries. */
const RECENT_CODES = 32;
/** Read limit for a code file: the loader's MAX_FILE_BYTES, without loading the loader. */
const MAX_FILE_BYTES = 2 * 1024 * 1024;

export interface DataDirectory {
  /** The folder, resolved from what was typed. */
  path: string;
  /** What was typed (--data's value, an ETHICS_DATA entry), where it differs from path: a message says what a ~ in it meant. */
  typed?: string;
  /** Named with --data: any failure is an error. From ETHICS_DATA: a warning, and skipped. */
  explicit: boolean;
  /** A relative ETHICS_DATA entry, unresolved: the current folder it is relative to was deleted or moved. */
  baseGone?: true;
}

export interface UserCodes {
  codes: Code[];
  /** Identifies the codes read (their bytes, their order) and this build. */
  fingerprint: string;
  /** The files the codes were read from: what a value made from the whole library was made from. */
  madeFrom: MadeFrom;
  /** The file left out as the run's output (ReadOptions.outputIsCodeFile), which the shell emptied: a code it held is lost. */
  emptiedOutput?: string;
  searchIndex(library: Library): Promise<SearchIndex>;
}

export interface ReadOptions {
  /**
   * The search index will be wanted: each file parsed now gets its index part made while its
   * code is at hand, rather than read back from its entry for the index.
   */
  index?: boolean;
  /** Where ETHICS_THREADS is read (see parallel-parse.ts). */
  env?: NodeJS.ProcessEnv;
  /**
   * How a folder's code files are listed (listCodeDirectory): given, a listing can hold a file
   * gone by the time it is read, as a rename in between leaves one (the race made certain).
   */
  listDirectory?: (dir: string) => CodeFileListing;
  /**
   * Files not to read, by identity (fileIdentity): those `validate` checks itself, which are
   * checked against the rest and would otherwise be read (and reported) twice.
   */
  leaveOut?: ReadonlySet<string>;
  /**
   * The run writes a code file (an export of one code as YAML or JSON): a file of the folders
   * that is stdout and empty, as a shell's > leaves it, is that file being written, not a code,
   * and is left out unread. Otherwise output into a file read is refused (output-into-input.ts).
   */
  outputIsCodeFile?: boolean;
}

type Loader = typeof import("../../core/codes/load.js");
type Indexer = typeof import("../../core/search/inverted-index.js");

/**
 * The loader, loaded synchronously for a lazy field that finds its entry gone: in the bundle,
 * the file esbuild made of it sits beside this one (scripts/build.mjs names it); run from the
 * sources there is none, and the field's read fails as below.
 */
function loaderNow(): Loader | undefined {
  try {
    const file = fileURLToPath(new URL("./lazy-core-codes-load.cjs", import.meta.url));
    return existsSync(file) ? (createRequire(import.meta.url)(file) as Loader) : undefined;
  } catch {
    return undefined;
  }
}

let nodeCrypto: typeof import("node:crypto") | undefined;

/**
 * node:crypto is required on first use, not with this module: loading it took ~5 ms of every
 * run over users' codes, and a warm run whose files are unchanged hashes nothing.
 */
export function sha1(data: string | Buffer): string {
  nodeCrypto ??= createRequire(import.meta.url)("node:crypto") as typeof import("node:crypto");
  return nodeCrypto.createHash("sha1").update(data).digest("hex");
}

/**
 * A folder typed with a ~ the shell left (`--data '~/codes'`, `--data=~/codes`, `export
 * ETHICS_DATA="~/codes"`): the message says why and names the folder meant, rather than "no
 * folder '/cwd/~/codes'".
 */
function failForTilde(typed: string, tilde: UnexpandedTilde, fail: (message: string, hint: string, short: string) => void): void {
  const { expanded, expandedExists } = tilde;
  fail(
    `data directory '${typed}' does not exist: ${tildeNotExpanded(true)}`,
    expandedExists ? `you may mean ${expanded}: write --data ${typed} unquoted, or --data ${shellPath(expanded)}` : `nor does ${expanded}, what ${typed} would be; check the path given to --data`,
    `no folder '${typed}': ${tildeNotExpanded(false)}; ${expandedExists ? `you may mean ${expanded}` : `nor is there a folder ${expanded}`}`,
  );
}

/** Each named directory once, however named (a path, a symlink, ETHICS_DATA and --data alike). */
function usableDirectories(dirs: readonly DataDirectory[], warn: (text: string) => void): DataDirectory[] {
  const seen = new Set<string>();
  const usable: DataDirectory[] = [];
  // A script's ETHICS_DATA of 9,000 folders that are not there wrote a warning for each before
  // every answer: the first few are said, as a data error's problems are, and the rest counted.
  let skipped = 0;
  const skip = (text: string) => {
    if (skipped++ < PROBLEMS_SHOWN) warn(`ETHICS_DATA: ${text}; skipped`);
  };
  for (const dir of dirs) {
    const fail = (message: string, hint: string, short: string) => {
      if (dir.explicit) throw new EthicsError(message, hint);
      skip(short);
    };
    if (dir.baseGone) {
      skip(`'${dir.path}' is relative, and the current folder was deleted or moved`);
      continue;
    }
    let real: string;
    try {
      real = realpathSync(dir.path);
    } catch {
      const nonUtf8 = describeNonUtf8Name(dir.path);
      const tilde = unexpandedTilde(dir.typed ?? dir.path);
      if (nonUtf8) fail(`data directory '${dir.path}': ${nonUtf8}`, "--data and ETHICS_DATA take folders whose names are UTF-8", `'${dir.path}': ${nonUtf8}`);
      else if (tilde) failForTilde(dir.typed!, tilde, fail);
      else fail(`data directory '${dir.path}' does not exist`, "check the path given to --data or in ETHICS_DATA", `no folder '${dir.path}'`);
      continue;
    }
    let isDirectory = false;
    let isFile = false;
    try {
      const stats = statSync(real);
      isDirectory = stats.isDirectory();
      isFile = stats.isFile();
    } catch {
      // unreadable: as not a directory
    }
    if (!isDirectory) {
      // A code file named where its folder belongs: the folder is the fix, and validate the way
      // to check the one file. Each is a whole command in backticks, which is never broken.
      const fixed = isFile ? ethicsForLibraryWith(dir.path, dirname(dir.path)) : "";
      const hint = isFile
        ? `--data takes a folder: \`${fixed} list\` reads the one that holds it, and \`${fixed} validate ${shellPath(dir.path)}\` checks the file`
        : "--data and ETHICS_DATA take directories of YAML code files";
      fail(`'${dir.path}' is not a directory`, hint, `'${dir.path}' is not a folder${isFile ? `: a file, in the folder '${dirname(dir.path)}'` : ""}`);
      continue;
    }
    if (seen.has(real)) continue;
    seen.add(real);
    usable.push(dir);
  }
  if (skipped > PROBLEMS_SHOWN) warn(`ETHICS_DATA: … and ${(skipped - PROBLEMS_SHOWN).toLocaleString("en-US")} more folders like these; skipped`);
  return usable;
}

interface ListedFile {
  path: string;
  explicit: boolean;
  stats: BigIntStats | null;
}

/** The code files of `dirs`, less those of `leaveOut`; `leftOut`, whether any of theirs was. */
function listFiles(dirs: readonly DataDirectory[], warn: (text: string) => void, listDirectory = listCodeDirectory, leaveOut: ReadonlySet<string> = new Set()): { files: ListedFile[]; leftOut: boolean } {
  const files: ListedFile[] = [];
  let leftOut = false;
  const seen = new Set<string>();
  for (const dir of dirs) {
    let listing;
    try {
      listing = listDirectory(dir.path);
    } catch (error) {
      const message = `cannot read data directory '${dir.path}': ${describeFsError(error)}`;
      if (dir.explicit) throw new EthicsError(message);
      warn(`ETHICS_DATA: ${message}; skipped`);
      continue;
    }
    for (const path of listing.builtInOnly) if (!leaveOut.has(fileIdentity(path))) warn(builtInOnlyWarning(path));
    // A folder named on the command line that holds no code (the codes one level down, or the
    // wrong folder) would otherwise give the built-in codes alone without a word.
    if (dir.explicit && listing.files.length === 0) {
      const why = listing.jsonNames.length > 0 ? `; ${jsonFilesNotRead(listing.jsonNames)}` : listing.savedAsText.length > 0 ? "" : " (folders inside it are not read)";
      warn(`'${nameShown(dir.path)}' has no .yaml or .yml code files${why}; only the built-in codes are used`);
    }
    // A code saved as `pine.yaml.txt` looks like a code file where Windows hides the .txt.
    if (dir.explicit) for (const path of listing.savedAsText) warn(`${nameShown(path)} is not read: ${savedAsTextWhy(codeFileNameMeant(basename(path))!)}`);
    for (const path of listing.files) {
      let stats: BigIntStats | null = null;
      try {
        stats = statSync(path, { bigint: true });
      } catch {
        // read below, which says why
      }
      if (leaveOut.has(fileIdentity(path, stats))) {
        leftOut = true;
        continue;
      }
      // One file under two names (a link beside it, or in a second folder) is one code.
      if (stats !== null) {
        const identity = fileIdentity(path, stats);
        if (seen.has(identity)) continue;
        seen.add(identity);
      }
      files.push({ path, explicit: dir.explicit, stats });
    }
  }
  return { files, leftOut };
}

type RecordBase = StatFields;

/** What a file's record keeps of what its bytes make: a code's names, or the problems. */
type Outcome = { names: CodeNames; problems: null } | { names: null; problems: StoredProblem[] };

function outcomeOf(parsed: Parsed): Outcome {
  if (parsed.code === null) return { names: null, problems: parsed.problems };
  return { names: namesOf(parsed.code), problems: null };
}

function recordOf(base: RecordBase, hash: string, racy: boolean, outcome: Outcome): FileRecord {
  return { ...base, hash, racy, names: outcome.names, problems: outcome.problems, entryStat: null };
}

/** Whether the folder `dir` holds `file`, by whole path components: /tmp/a holds /tmp/a/x.yaml, not /tmp/ab/x.yaml. */
const holds = (dir: string, file: string) => file === dir || file.startsWith(dir.endsWith(sep) ? dir : dir + sep);

const withFile = (problems: readonly StoredProblem[], file: string): FileProblem[] => problems.map((problem) => ({ file, ...problem }));

/** A recorded file's bytes, as what its entries were made from (its stat size: the bytes read when they differ, the record is racy and read again). */
const sizeOf = (record: FileRecord) => Number(record.size);
/** What entries made from these recorded files (an index run, the index, a library view) were made from. */
const recordsMadeFrom = (records: readonly FileRecord[]): MadeFrom => codesText(records.map(sizeOf));

export class UserCodeReader {
  private loader: Loader | undefined;
  private indexer: Indexer | undefined;
  /**
   * What this run parsed or read, by hash. Without a cache (or where writing an entry failed)
   * it holds everything; with one, only the last few codes: a thousand parsed codes would be
   * ~300 MB, and each is in its entry.
   */
  private readonly parsedNow = new Map<string, Parsed>();
  /** Hashes whose code entry this run wrote or read whole. */
  private readonly verified = new Set<string>();

  private remember(hash: string, parsed: Parsed, pinned: boolean): void {
    this.parsedNow.delete(hash);
    this.parsedNow.set(hash, parsed);
    if (pinned || parsed.code === null) this.pinned.add(hash);
    for (const old of this.parsedNow.keys()) {
      if (this.parsedNow.size - this.pinned.size <= RECENT_CODES) break;
      if (!this.pinned.has(old)) this.parsedNow.delete(old);
    }
  }

  private readonly pinned = new Set<string>();
  /** Index parts this run made or read, by hash: a part is small beside its code. */
  private readonly partsNow = new Map<string, IndexPart>();
  /** The files whose code entries took their index parts this run: their stat data is new. */
  private readonly attachedNow = new Set<string>();
  /** Whether this run forgot the prune's remembered sizes, which its first attach makes old. */
  private sizesForgotten = false;
  /** Runs of parts this run merged (and stored) while files were still being parsed, by their key. */
  private readonly runsNow = new Map<string, IndexPart>();

  constructor(
    private readonly buildId: string,
    private readonly cache: JsonCache | null,
    /** The built-in library: its codes, and the concept index users' codes are inferred from. */
    private readonly builtin: Library,
    /** The built-in codes' index, whose concept fields and everyday words a users' index shares. */
    private readonly readBuiltinIndex: () => SearchIndex,
    /** The built-in codes' index part, made at build time (checked here, as a cache entry is). */
    private readonly readBuiltinPart: () => unknown = () => undefined,
    /** The built-in concepts' ids (the snapshot lists them): a stored index is checked against them. */
    private readonly builtinConceptIds: readonly string[] = builtin.concepts.map((concept) => concept.id),
  ) {}

  private builtinIndexRead: SearchIndex | undefined;

  /** Read once a run: each new file's part needs it. */
  private builtinIndex(): SearchIndex {
    return (this.builtinIndexRead ??= this.readBuiltinIndex());
  }

  private async load(): Promise<Loader> {
    // js-yaml and the schema validator load only when a file has to be parsed.
    return (this.loader ??= await import("../../core/codes/load.js"));
  }

  private async index(): Promise<Indexer> {
    return (this.indexer ??= await import("../../core/search/inverted-index.js"));
  }

  private entryName(kind: string, id: string): string {
    return entryNameOf(kind, this.buildId, id);
  }

  /**
   * What the bytes with this hash make, from this run, the cache, or by parsing them. `withPart`:
   * a code parsed now gets its index part made too (partOf), stored in the code's entry.
   */
  private async parse(hash: string, bytes: Buffer, entryIsBad = false, withPart = false): Promise<Parsed> {
    const fromMemory = this.parsedNow.get(hash);
    if (fromMemory) return fromMemory;
    const madeFrom = oneFile(bytes.length);
    const known = entryIsBad ? undefined : parsedFromEntry(this.cache?.get(this.entryName("code", hash), hash, madeFrom));
    if (known) {
      this.verified.add(hash);
      this.remember(hash, known, false);
      return known;
    }
    const { parseCodeBytes } = await this.load();
    const parsed = parsedOf(parseCodeBytes(bytes, "", "user"));
    const part = withPart && parsed.code ? await this.partOf(hash, parsed.code) : undefined;
    const stored = this.cache?.set(this.entryName("code", hash), hash, entryOf(parsed), madeFrom, part) ?? false;
    if (stored) this.verified.add(hash);
    this.remember(hash, parsed, !stored);
    return parsed;
  }

  /**
   * Every file's record: reused while its stat data matches and it was not racy, else read and
   * hashed again; bytes not seen before are parsed. A file gone since it was listed: null.
   */
  private async refreshAll(files: readonly ListedFile[], previousByPath: ReadonlyMap<string, FileRecord>, now: number, withParts: boolean, env: NodeJS.ProcessEnv): Promise<(FileRecord | null)[]> {
    const records: (FileRecord | null)[] = [];
    const pending: (ParseJob & { index: number; base: RecordBase; racy: boolean })[] = [];
    // A file's record is reused while its stat data matches and it was not racy.
    const reusable = files.map((file) => {
      const previous = previousByPath.get(file.path);
      return previous && file.stats && !previous.racy && sameStats(previous, file.stats) ? previous : undefined;
    });
    const unread = files.filter((_, index) => reusable[index] === undefined);
    // Before any worker starts: V8's flags are the whole process's.
    if (unread.length >= MANY_NEW_FILES) optimizeWithoutInlining();
    // Files are read into one buffer the threads share, with room for each as stat saw it.
    const room = unread.length === 0 ? undefined : SharedRoom.of(unread.reduce((sum, file) => sum + Math.min(Number(file.stats?.size ?? 0), MAX_FILE_BYTES) + 1, 0));
    // Workers for that many new files start now, while the files are read and hashed: those
    // that turn out known to the cache stop them (parseNew).
    const started = await this.startWorkers(unread.length, withParts, env);
    // Where many files are read, a first run's entries are all missing: one listing of the
    // cache tells them, where each failed open took ~35 µs (1,000 files: ~35 ms before any was
    // parsed; a listing of 1,045 entries took under 1 ms). An entry written after the listing
    // is only parsed again.
    const listed = unread.length >= LIST_ENTRIES_FROM ? (this.cache?.entryNames() ?? undefined) : undefined;
    try {
      for (const [index, file] of files.entries()) {
        const previous = reusable[index];
        if (previous) {
          records[index] = previous;
          continue;
        }
        const stats = file.stats;
        const base: RecordBase = statFields(file.path, stats);
        const read = readFileBytes(file.path, MAX_FILE_BYTES, undefined, room?.free());
        if ("problem" in read) {
          refuseUnreadable(file.path, read);
          // Deleted or renamed away since the folder was listed: as if listed without it.
          if (read.gone) {
            records[index] = null;
            continue;
          }
          // Not a file to be read (yet): never fresh, so read again next time.
          records[index] = { ...base, hash: "", racy: true, names: null, problems: [{ line: 0, col: 0, path: "", message: read.problem }], entryStat: null };
          continue;
        }
        const hash = sha1(read.bytes);
        // The bytes read may be newer than the stat data: then the next run reads the file again.
        const racy = stats === null || isRacy(stats, now) || BigInt(read.bytes.length) !== stats.size;
        const known = this.known(hash, read.bytes.length, listed);
        if (known) records[index] = recordOf(base, hash, racy, outcomeOf(known));
        else {
          room?.keep(read.bytes);
          pending.push({ index, base, hash, racy, bytes: read.bytes });
        }
      }
    } catch (error) {
      if (started) await stopWorkers(started.workers);
      throw error;
    }
    // Every file new (a first run, or a new build): the index's runs can be merged as files are parsed.
    const outcomes = await this.parseNew(pending, withParts, env, pending.length === files.length, started);
    for (const job of pending) records[job.index] = recordOf(job.base, job.hash, job.racy, outcomes.get(job.hash)!);
    return records;
  }

  /** The workers the plan gives for this many new files, started now; none without a cache (they hand codes over through it). */
  private async startWorkers(files: number, withParts: boolean, env: NodeJS.ProcessEnv): Promise<StartedWorkers | undefined> {
    if (files === 0) return undefined;
    const plan = threadPlan(files, env);
    const file = plan.workers > 0 && this.cache !== null ? workerFile() : null;
    if (file === null) return undefined;
    return startParseWorkers(plan.workers, { file, cacheDirectory: this.cache!.directory, buildId: this.buildId, withParts });
  }

  /** What the bytes nobody has parsed yet make, by hash: on several threads when there are many. */
  private async parseNew(pending: readonly ParseJob[], withParts: boolean, env: NodeJS.ProcessEnv, allNew: boolean, started?: StartedWorkers): Promise<Map<string, Outcome>> {
    const jobs = [...new Map(pending.map((job) => [job.hash, job])).values()];
    const outcomes = new Map<string, Outcome>();
    // Nothing new and no thread started (a warm run): no plan to make, which asks node:os for the cores.
    if (jobs.length === 0 && started === undefined) return outcomes;
    const runs = withParts && allNew && this.cache !== null ? this.runMerger(jobs, await this.index()) : undefined;
    const runHere = async (job: ParseJob) => {
      // A copy of its own, in an ordinary buffer, as the file's bytes were read.
      const parsed = await this.parse(job.hash, Buffer.from(job.bytes), true, withParts);
      if (withParts && parsed.code) {
        if (!this.partsNow.has(job.hash)) await this.makePart(job.hash, parsed.code, oneFile(job.bytes.length));
        runs?.(job.hash);
      }
      outcomes.set(job.hash, outcomeOf(parsed));
    };
    const plan = threadPlan(jobs.length, env);
    const file = plan.workers > 0 ? workerFile() : null;
    // Workers hand their codes over through the cache: without one, everything is parsed here.
    if (this.cache === null || file === null) {
      if (started) await stopWorkers(started.workers);
      for (const job of jobs) await runHere(job);
      return outcomes;
    }
    const setting = { ...plan, file, cacheDirectory: this.cache.directory, buildId: this.buildId, withParts, started };
    await parseInParallel(jobs, setting, runHere, (result) => {
      const hash = jobs[result.index]!.hash;
      if (result.stored) this.verified.add(hash);
      // Problems, or a code whose entry could not be written: kept here, as parse() keeps them.
      if (result.parsed) this.remember(hash, result.parsed, true);
      if (result.part) {
        this.partsNow.set(hash, result.part);
        runs?.(hash);
      }
      outcomes.set(hash, result.names ? { names: result.names, problems: null } : outcomeOf(result.parsed!));
    });
    return outcomes;
  }

  /**
   * Merges the runs of the search index (see searchIndex) while the files are still being
   * parsed, each as soon as its parts are all made, rather than all at the end while the other
   * threads wait: called with each new file's hash once its part is made. Runs are taken over
   * the new files in order, which are the runs searchIndex wants when every file is a usable
   * code (a first run): it finds them by their key; any other run is merged there as before.
   */
  private runMerger(jobs: readonly ParseJob[], indexer: Indexer): (hash: string) => void {
    const runOf = new Map<string, number>();
    const left: number[] = [];
    for (let start = 0; start < jobs.length; start += PART_RUN) {
      const members = jobs.slice(start, start + PART_RUN);
      for (const job of members) runOf.set(job.hash, left.length);
      left.push(members.length);
    }
    return (hash) => {
      const run = runOf.get(hash);
      if (run === undefined || --left[run]! > 0) return;
      const members = jobs.slice(run * PART_RUN, (run + 1) * PART_RUN);
      const hashes = members.map((job) => job.hash);
      const parts = hashes.map((member) => this.partsNow.get(member));
      if (!parts.every((part) => part !== undefined)) return;
      const key = runKey(hashes);
      const merged = indexer.mergeParts(parts);
      this.cache?.set(this.entryName("part", key), key, merged, codesText(members.map((job) => job.bytes.length)), undefined, true);
      this.runsNow.set(key, merged);
      // Merged, the members' parts are not wanted again this run (and are in their entries).
      for (const member of hashes) this.partsNow.delete(member);
    };
  }

  /**
   * A code's index part, stored and kept for this run. Inference reads the built-in library
   * only, so a file's part depends on its bytes and this build alone. Stored apart from the runs
   * it joins: a changed file's run is made again from its other files' parts, not their codes.
   * Stored with its code where the code has an entry (parsed by a run that did not search): in
   * a file of its own, each code took one more block on disk, and at a thousand codes those four
   * MiB pushed the cache's other entries (the topics, the quiz's, a listing of concepts:
   * seconds each to make again) out of the budget in turn.
   */
  private async makePart(hash: string, code: Code, madeFrom: MadeFrom): Promise<IndexPart> {
    const part = await this.partOf(hash, code);
    if (this.cache && !this.sizesForgotten) {
      forgetSizes(this.cache.directory);
      this.sizesForgotten = true;
    }
    if (this.cache?.attach(this.entryName("code", hash), hash, part, madeFrom)) this.attachedNow.add(hash);
    else this.cache?.set(this.entryName("part", hash), hash, part, madeFrom, undefined, true);
    return part;
  }

  /** A code's index part, kept for this run; stored by the caller (in the code's entry, or its own). */
  private async partOf(hash: string, code: Code): Promise<IndexPart> {
    const part = (await this.index()).indexPartOfCode(this.builtin, code, this.builtinIndex());
    this.partsNow.set(hash, part);
    return part;
  }

  /**
   * A file's index part as stored: with its code (a first run that searched makes both at once;
   * a later one attaches it), or in an entry of its own (where the code had no entry to take it).
   */
  private storedPartOf(record: FileRecord): IndexPart | undefined {
    const ids = [record.names!.id];
    const madeFrom = oneFile(sizeOf(record));
    const attached = this.cache?.getAttached(this.entryName("code", record.hash), record.hash, madeFrom);
    if (isIndexPart(attached) && sameCodes(attached, ids)) return attached;
    return this.storedPart(record.hash, record.hash, ids, madeFrom);
  }

  /** What bytes with this hash (`size` of them) make, if this run or the cache already knows; `listed`, the cache's entries if listed (none missing from it is looked for). */
  private known(hash: string, size: number, listed?: ReadonlySet<string>): Parsed | undefined {
    const fromMemory = this.parsedNow.get(hash);
    if (fromMemory) return fromMemory;
    const name = this.entryName("code", hash);
    if (listed !== undefined && !listed.has(name)) return undefined;
    const fromCache = parsedFromEntry(this.cache?.get(name, hash, oneFile(size)));
    if (fromCache) {
      this.verified.add(hash);
      this.remember(hash, fromCache, false);
    }
    return fromCache;
  }

  async read(dirs: readonly DataDirectory[], warn: (text: string) => void, options: ReadOptions = {}): Promise<UserCodes> {
    const usable = usableDirectories(dirs, warn);
    const { files: listed, leftOut } = listFiles(usable, warn, options.listDirectory, options.leaveOut);
    const output = outputAmong(() => listed);
    if (output !== undefined && !(output.empty && options.outputIsCodeFile === true)) throw outputIntoInput(output.file.path, output.empty);
    // Left out before any record or entry is looked up: what a cache knew of its bytes before the shell emptied it is not read.
    const files = output === undefined ? listed : listed.filter((file) => file !== output.file);
    const recordKey = shortHash(`${this.buildId}\n${usable.map((dir) => dir.path).join("\n")}`);
    const recordName = this.entryName("lib", recordKey);
    // The record keeps each file's path and what its bytes made: made from those bytes and paths.
    const recordMadeFrom = filesRecord([...files.map((file) => Number(file.stats?.size ?? 0) + Buffer.byteLength(file.path)), Buffer.byteLength(usable.map((dir) => dir.path).join("\n"))]);
    const stored = this.cache?.get(recordName, recordKey, recordMadeFrom);
    const previous = isLibraryRecord(stored) && stored.dirs.join("\n") === usable.map((dir) => dir.path).join("\n") ? stored : undefined;
    const previousByPath = new Map(previous?.files.map((record) => [record.path, record]));
    const now = Date.now();
    const refreshed = await this.refreshAll(files, previousByPath, now, options.index === true, options.env ?? process.env);
    // Files gone since the listing are left out, as a listing taken a moment later would.
    const present = files.flatMap((file, index) => (refreshed[index] ? [{ file, record: refreshed[index]! }] : []));
    const records = present.map(({ record }) => record);

    // Problems: an error for --data (but for an empty file), a warning (and the file skipped) for ETHICS_DATA.
    const errors: FileProblem[] = [];
    const usableRecords: { record: FileRecord; explicit: boolean }[] = [];
    let skipped = 0;
    const foldersSkippedIn = new Set<DataDirectory>();
    // A folder of 5,000 empty files wrote 10,000 lines of warnings before each answer: the
    // first few are named, as a data error's problems are, and the rest counted.
    let warnings = 0;
    const foldersWarnedOf = new Set<DataDirectory>();
    const warnOfSkip = (path: string, text: () => string) => {
      if (warnings++ < PROBLEMS_SHOWN) warn(text());
      foldersWarnedOf.add(usable.find((dir) => holds(dir.path, path)) ?? usable[0]!);
    };
    present.forEach(({ file, record }) => {
      if (record.problems === null) return usableRecords.push({ record, explicit: file.explicit });
      if (file.explicit && holdsNoCode(record.problems)) {
        // Nothing in it to misread: the folder's codes answer, and the file is named each run.
        return warnOfSkip(record.path, () => `skipped ${record.path}: the file is empty (no code in it); write a code in it, or delete it`);
      }
      const problems = withFile(record.problems, record.path);
      // One at a time: a spread of 150,000 problems overflows the stack.
      if (file.explicit) for (const problem of problems) errors.push(problem);
      else {
        skipped++;
        foldersSkippedIn.add(usable.find((dir) => holds(dir.path, record.path)) ?? usable[0]!);
        for (const problem of problems) warnOfSkip(problem.file, () => `skipped ${formatProblem(problem)}`);
      }
    });
    if (warnings > PROBLEMS_SHOWN) {
      const folders = [...foldersWarnedOf].map((dir) => shellPath(dir.path)).join(" ");
      warn(`… and ${(warnings - PROBLEMS_SHOWN).toLocaleString("en-US")} more like these; \`ethics validate ${folders}\` lists every one`);
    }
    // validate needs the folders named: alone it is a usage error.
    const skippedIn = [...foldersSkippedIn].map((dir) => shellPath(dir.path)).join(" ");
    if (skipped > 0) warn(`${skipped === 1 ? "1 file" : `${skipped.toLocaleString("en-US")} files`} in ETHICS_DATA skipped; \`ethics validate ${skippedIn}\` checks ${skipped === 1 ? "it" : "them"}`);
    if (errors.length > 0) {
      const dirsWithErrors = usable.filter((dir) => dir.explicit && errors.some((problem) => holds(dir.path, problem.file)));
      const dir = dirsWithErrors[0]?.path ?? usable[0]!.path;
      throw new DataError(errors, `fix the file${errors.length > 1 ? "s" : ""}; \`ethics validate ${shellPath(dir)}\` checks them`);
    }

    const codeOf = new Map<Code, { record: FileRecord; explicit: boolean }>();
    let codes = usableRecords.map((entry) => {
      const code = this.lazyCode(entry.record);
      codeOf.set(code, entry);
      return code;
    });
    codes = this.withoutClashingEnvCodes(codes, codeOf, warn);

    const included = codes.map((code) => codeOf.get(code)!.record);
    // Each code's entry must be there for its lazy fields, which are read synchronously: it is
    // trusted while its own stat data is as recorded, else read whole now (and made again if bad).
    for (const [index, record] of included.entries()) {
      if (!this.cache) break;
      const name = this.entryName("code", record.hash);
      let current = this.cache.statEntry(name);
      if (record.entryStat !== null && record.entryStat === current) continue;
      if (!this.verified.has(record.hash) && !this.parsedNow.has(record.hash)) {
        const parsed = parsedFromEntry(this.cache.get(name, record.hash, oneFile(sizeOf(record))));
        if (parsed?.code) {
          this.verified.add(record.hash);
          this.remember(record.hash, parsed, false);
        } else {
          const read = readFileBytes(record.path, MAX_FILE_BYTES);
          refuseUnreadable(record.path, read);
          const fresh = "problem" in read || sha1(read.bytes) !== record.hash ? undefined : await this.parse(record.hash, read.bytes, true);
          if (!fresh?.code) throw new ChangedWhileReading(record.path);
          // Made again: a new file.
          current = this.cache.statEntry(name);
        }
      }
      // Only an entry made again since is statted again: on a first run over 1,000 files, a
      // second stat of each entry cost the main thread 10-40 ms more (1,000 stats took 10-60
      // ms, warm to cold), after every file was parsed.
      included[index] = { ...record, entryStat: current };
      records[records.indexOf(record)] = included[index]!;
    }
    // Unchanged records make the same codes (and node:crypto need not load): the same fingerprint.
    const unchanged = previous !== undefined && records.length === previous.files.length && records.every((entry, index) => entry === previous.files[index]);
    const fingerprint = unchanged ? previous.fingerprint : sha1(`${this.buildId}\n${included.map((record) => record.hash).join("\n")}`);
    // The parts the last search used stay named (most runs of a changed folder are unchanged) until a search names its own.
    // A search about to name its own names them now, so that a changed folder's record is written once, not twice.
    const parts = options.index === true && !unchanged ? runKeys(included) : (previous?.parts ?? []);
    const record: LibraryRecord = { dirs: usable.map((dir) => dir.path), files: records, fingerprint, parts };
    // A run that left files out (validate, which checks them itself) saw part of the folder:
    // written, its record would have the next run find those files new and read every one again.
    // The folder's record stays as the last run over all of it wrote it.
    if (this.cache) {
      if (unchanged || leftOut) this.cache.touch(recordName);
      else this.cache.set(recordName, recordKey, record, recordMadeFrom);
    }
    const nameParts = (parts: string[]) => {
      if (leftOut) return;
      // Code entries that took their parts this run have new stat data: recorded, or the next
      // run would find every one of them changed and read it whole again (~1 s at 1,000 codes).
      const files = this.attachedNow.size === 0 ? record.files : record.files.map((file) => (this.attachedNow.has(file.hash) ? { ...file, entryStat: this.cache?.statEntry(this.entryName("code", file.hash)) ?? null } : file));
      if (parts.join() !== record.parts.join() || files !== record.files) this.cache?.set(recordName, recordKey, { ...record, files, parts }, recordMadeFrom);
    };
    // The index (~10 MB for a thousand codes) is stored once the same files are searched a second
    // time: a folder being edited between searches would store one per edit, each used once.
    const storeIndex = previous?.fingerprint === fingerprint;
    // Files whose bytes the folder did not hold when last read: most likely being edited.
    const before = previous === undefined ? undefined : new Set(previous.files.map((file) => file.hash));
    const changedSince = (hash: string) => before !== undefined && !before.has(hash);
    const madeFrom = recordsMadeFrom(included);
    return { codes, fingerprint, madeFrom, emptiedOutput: output?.file.path, searchIndex: (library) => this.searchIndex(library, included, madeFrom, fingerprint, nameParts, storeIndex, changedSince) };
  }

  /** Codes from ETHICS_DATA whose names another code has are skipped with a warning; --data ones are merge's error. */
  private withoutClashingEnvCodes(codes: Code[], codeOf: Map<Code, { explicit: boolean }>, warn: (text: string) => void): Code[] {
    const { kept, dropped } = dropClashing(this.builtin.codes, codes, (code) => !codeOf.get(code)!.explicit);
    for (const { code, name, owner, section } of dropped) {
      const whose = owner.origin === "builtin" ? `the built-in code '${owner.id}'` : `the code '${nameShown(owner.id)}' in ${nameShown(owner.file)}`;
      const how = section === undefined ? `clashes with ${whose}` : `reads as the section '${section}' of ${whose}`;
      warn(`skipped ${nameShown(code.file)}: '${nameShown(name)}' ${how}; rename it, e.g. '${name}-local'`);
    }
    return kept;
  }

  /** A code whose names are at hand and whose standards are read on first use. */
  private lazyCode(record: FileRecord): Code {
    const parsed = this.parsedNow.get(record.hash);
    if (!this.cache && parsed?.code) return { ...parsed.code, file: record.path };
    const { size, derivedFrom, sameTexts, ownConceptTags, ...names } = record.names!;
    const eager: Record<string, unknown> = { ...names, origin: "user", file: record.path };
    // Held weakly: a command that walks a thousand codes (export) keeps only those it still uses.
    let full: WeakRef<Code> | undefined;
    const fullCode = () => {
      let known = full?.deref();
      if (known === undefined) full = new WeakRef((known = this.fullCodeNow(record)));
      return known;
    };
    const code = {} as Code;
    fullCodes.set(code, fullCode);
    for (const field of CODE_FIELDS) {
      if (field in eager) Object.defineProperty(code, field, { value: eager[field], enumerable: true });
      else Object.defineProperty(code, field, { enumerable: true, get: LAZY_FIELDS[field] });
    }
    rememberSize(code, size);
    rememberDerivedFrom(code, derivedFrom);
    rememberSameTexts(code, sameTexts);
    rememberOwnConceptTags(code, ownConceptTags);
    if (this.cache) markStoredEntry(code, { directory: this.cache.directory, name: this.entryName("code", record.hash), key: record.hash, file: record.path, size: sizeOf(record) });
    return code;
  }

  /** Lazy fields are read synchronously: the entry, or the file parsed with the loader. */
  private fullCodeNow(record: FileRecord): Code {
    const known = this.parsedNow.get(record.hash) ?? parsedFromEntry(this.cache?.get(this.entryName("code", record.hash), record.hash, oneFile(sizeOf(record))));
    if (known?.code) return { ...known.code, file: record.path };
    const read = readFileBytes(record.path, MAX_FILE_BYTES);
    refuseUnreadable(record.path, read);
    // Only when the entry went away after read() checked it (another run pruned it): the file,
    // if it still has these bytes, parsed here and now.
    const loader = this.loader ?? loaderNow();
    if (loader && !("problem" in read) && sha1(read.bytes) === record.hash) {
      const result = loader.parseCodeBytes(read.bytes, "", "user");
      if (result.code && result.code.id === record.names!.id) {
        const parsed: Parsed = { code: result.code, problems: null };
        this.remember(record.hash, parsed, !(this.cache?.set(this.entryName("code", record.hash), record.hash, entryOf(parsed), oneFile(read.bytes.length)) ?? false));
        return { ...result.code, file: record.path };
      }
    }
    throw new ChangedWhileReading(record.path);
  }

  /**
   * `nameParts` records the parts the index was put together from, for pruning to keep;
   * `storeIndex`, whether the index is worth storing; `changedSince`, whether a file's bytes
   * are new since the folder was last read.
   */
  private async searchIndex(
    library: Library,
    included: readonly FileRecord[],
    /** What the index is made from: `included`'s files (UserCodes.madeFrom). */
    indexMadeFrom: MadeFrom,
    fingerprint: string,
    nameParts: (parts: string[]) => void,
    storeIndex: boolean,
    changedSince: (hash: string) => boolean,
  ): Promise<SearchIndex> {
    const cache = this.cache;
    const indexName = this.entryName("index", fingerprint.slice(0, 24));
    // A stored index is all a warm search reads: neither the indexer nor the built-in index.
    const cached = cache?.get(indexName, fingerprint, indexMadeFrom);
    if (isSearchIndex(cached) && indexFitsLibrary(cached, library, this.builtinConceptIds)) return cached;
    const { assembleSearchIndex, indexPartOfCode, mergeParts } = await this.index();
    const options = { builtin: this.builtinIndex() };
    const partOf = (code: Code) => indexPartOfCode(library, code, options.builtin);
    const builtinCodes = library.codes.slice(0, library.codes.length - included.length);
    const shipped = this.readBuiltinPart();
    const builtinPart = isIndexPart(shipped) && sameCodes(shipped, builtinCodes.map((code) => code.id)) ? shipped : mergeParts(builtinCodes.map(partOf));
    if (!cache) {
      const hashOf = new Map(included.map((record) => [record.path, record.hash]));
      const made = (code: Code) => this.partsNow.get(hashOf.get(code.file) ?? "");
      return assembleSearchIndex([builtinPart, ...library.codes.slice(builtinCodes.length).map((code) => made(code) ?? partOf(code))], library, options);
    }
    // Users' codes in runs of PART_RUN files, each run's part stored under its files' hashes: one
    // changed file makes its run again (from its files' parts), and the index is put together
    // from a few dozen runs rather than a thousand codes. A run holding a file changed since the
    // folder was last read is not made: its files' parts join the index as they are, since a file
    // being edited would make its run again at every edit, each used once. Once the run's files
    // are read unchanged, it is made and stored.
    const runs: IndexPart[] = [];
    const keys = runKeys(included);
    for (let start = 0; start < included.length; start += PART_RUN) {
      const members = included.slice(start, start + PART_RUN);
      const key = keys[start / PART_RUN]!;
      const ids = members.map((record) => record.names!.id);
      const mergedNow = this.runsNow.get(key);
      if (mergedNow && sameCodes(mergedNow, ids)) {
        runs.push(mergedNow);
        continue;
      }
      const runMadeFrom = recordsMadeFrom(members);
      const stored = this.storedPart(key, key, ids, runMadeFrom);
      if (stored) {
        runs.push(stored);
        continue;
      }
      // Read apart from the lazy codes, so that a thousand full codes are not kept in memory.
      const partOfMember = async (record: FileRecord) =>
        this.partsNow.get(record.hash) ?? this.storedPartOf(record) ?? (await this.makePart(record.hash, this.fullCodeNow(record), oneFile(sizeOf(record))));
      const memberParts = await Promise.all(members.map(partOfMember));
      if (members.some((record) => changedSince(record.hash))) {
        runs.push(...memberParts);
        continue;
      }
      const run = mergeParts(memberParts);
      cache.set(this.entryName("part", key), key, run, runMadeFrom, undefined, true);
      runs.push(run);
    }
    let index: SearchIndex;
    try {
      index = assembleSearchIndex([builtinPart, ...runs], library, options);
    } catch {
      // Parts that passed their checks but do not join (damage the checks cannot see): made again.
      index = assembleSearchIndex(library.codes.map(partOf), library, options);
    }
    // Its long strings apart, as the parts' are: read back as slices of the entry's one text,
    // not copied out by JSON.parse, which at 100 codes grew the old generation enough that
    // every warm search ended in a full collection.
    if (storeIndex) cache.set(indexName, fingerprint, index, indexMadeFrom, undefined, true);
    nameParts(keys);
    return index;
  }

  /** The part stored under `id` with this key, if it holds the codes `ids`, in order. */
  private storedPart(id: string, key: string, ids: readonly string[], madeFrom: MadeFrom): IndexPart | undefined {
    const stored = this.cache?.get(this.entryName("part", id), key, madeFrom);
    return isIndexPart(stored) && sameCodes(stored, ids) ? stored : undefined;
  }
}

/** Users' codes per stored part of the index: a changed file makes this many codes' part again. */
const PART_RUN = 32;

/** The key a run of parts is stored under: its files' hashes, in order (a first run merges it early, searchIndex looks it up). */
function runKey(hashes: readonly string[]): string {
  return sha1(hashes.join("\n"));
}

/** The keys of the runs of parts the search index of these files is put together from. */
function runKeys(included: readonly FileRecord[]): string[] {
  const keys: string[] = [];
  for (let start = 0; start < included.length; start += PART_RUN) keys.push(runKey(included.slice(start, start + PART_RUN).map((record) => record.hash)));
  return keys;
}

/** Whether a stored part holds these codes, in this order. */
function sameCodes(part: IndexPart, ids: readonly string[]): boolean {
  return part.codes.length === ids.length && part.codes.every((code, at) => code.id === ids[at]) && part.numbers.length === ids.length;
}

/** The fields of a Code in the order normalizeCode gives them, so cached and fresh JSON agree. */
const CODE_FIELDS = ["id", "aliases", "title", "shortName", "jurisdiction", "numbering", "source", "scope", "preamble", "values", "definitions", "sections", "attestation", "signature", "references", "editorial", "origin", "file"] as const;

/** Each lazy code's full code, read on first use (lazyCode). */
const fullCodes = new WeakMap<object, () => Code>();

/**
 * Each field's getter, one function for every lazy code: a getter made per code and field gave
 * each of a thousand codes a shape of its own (its accessors differ), made one property at a
 * time, ~10 ms of every run over a thousand codes (1,000 codes' fields defined, 3 runs of each:
 * 20.5–31.6 ms of CPU against 13.6–19.8 ms).
 */
const LAZY_FIELDS = Object.fromEntries(
  CODE_FIELDS.map((field) => [
    field,
    function (this: object) {
      return fullCodes.get(this)!()[field];
    },
  ]),
) as Record<(typeof CODE_FIELDS)[number], (this: object) => unknown>;
// A field of Code missing above would read as undefined from the cache: make that a type error.
const everyCodeField: Exclude<keyof Code, (typeof CODE_FIELDS)[number]> extends never ? true : never = true;
void everyCodeField;

/**
 * A file read a moment ago that cannot be opened now for a reason no edit explains (too many
 * files open: a low `ulimit -n` with the parse workers' descriptors taken): said as it is.
 * Reported as "changed while ethics was reading it", with "run the command again" as the
 * hint, it sent the user to run it again into the same failure.
 */
function refuseUnreadable(path: string, read: FileRead): void {
  if ("problem" in read && read.tooManyOpen) throw new EthicsError(`${path}: ${read.problem}`);
}
