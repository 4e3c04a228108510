// User-facing failures. Commands and the core throw these; src/cli/main.ts catches them once,
// prints message and hint on stderr and exits with exitCode. Anything else is a bug.
import { nameShown } from "./name-shown.js";

export const EXIT_NOT_FOUND = 1;
export const EXIT_USAGE = 2;

/**
 * The build puts lazily loaded modules in files of their own, each with its own copy of this
 * module, so an EthicsError is recognised by this brand rather than by instanceof.
 */
const BRAND = Symbol.for("ethics.EthicsError");

export function isEthicsError(error: unknown): error is EthicsError {
  return typeof error === "object" && error !== null && (error as Record<symbol, unknown>)[BRAND] === true;
}

export class EthicsError extends Error {
  readonly [BRAND] = true;

  constructor(
    message: string,
    readonly hint?: string,
    readonly exitCode: number = EXIT_NOT_FOUND,
  ) {
    super(message);
    this.name = "EthicsError";
  }
}

/**
 * A file changed while ethics read it, or the cache's record of it is wrong: the command can
 * simply run again (main.ts does, once, without the cache entries it read).
 */
export class ChangedWhileReading extends EthicsError {
  readonly runAgain = true;

  constructor(file: string) {
    super(`${file} changed while ethics was reading it`, "run the command again");
    this.name = "ChangedWhileReading";
  }
}

/**
 * A search that found nothing, whatever the reason it gives: `search --json` prints the empty
 * result for every one alike. Told by its field, not instanceof (see BRAND).
 */
export class NoStandardMatches extends EthicsError {
  readonly noStandardMatches = true;

  /** `shown`: the query as quoted (shortened); `reason`: why, where it is not that no words matched. */
  constructor(shown: string, reason?: string, hint?: string) {
    super(`no standard matches '${shown}'${reason ? `: ${reason}` : ""}`, hint);
    this.name = "NoStandardMatches";
  }
}

export function isNoStandardMatches(error: unknown): error is NoStandardMatches {
  return isEthicsError(error) && "noStandardMatches" in error;
}

/**
 * A name that names nothing, with the name it may have been meant as ("did you mean …?"): a
 * reading that splits it into several names gives way to it where they are not all names
 * (several-topics.ts). Told by its field, not instanceof (see BRAND).
 */
export class NameOffered extends EthicsError {
  readonly nameOffered = true;

  constructor(message: string, hint?: string) {
    super(message, hint);
    this.name = "NameOffered";
  }
}

export function isNameOffered(error: unknown): error is NameOffered {
  return isEthicsError(error) && "nameOffered" in error;
}

/** The user typed something the command cannot take (bad number, unknown option value). */
export class UsageError extends EthicsError {
  constructor(message: string, hint?: string) {
    super(message, hint, EXIT_USAGE);
    this.name = "UsageError";
  }
}

/**
 * A refusal whose hint is no more than an example that runs ("e.g. `ethics show wisconsin 1`"):
 * where a likelier lead is given (the theme the words name), the example is left out, since it
 * only took a line. Told by its field, not instanceof (see BRAND).
 */
export class UsageErrorWithExample extends UsageError {
  readonly hintOnlyExample = true;
}

export function hintOnlyExample(error: EthicsError): boolean {
  return "hintOnlyExample" in error;
}

/** One problem in a code file, located for `file:line:col path: message`. */
export interface FileProblem {
  file: string;
  line: number;
  col: number;
  path: string;
  message: string;
}

/** Problems as a reader meets them going down the file (Array.sort keeps ties in their order). */
export const inFileOrder = (a: FileProblem, b: FileProblem): number => a.line - b.line || a.col - b.col;

/**
 * Problems listed at most, in an error or in warnings: past that, a count (clang stops at 20
 * errors too), and `ethics validate` lists every one.
 */
export const PROBLEMS_SHOWN = 20;

export function formatProblem(problem: FileProblem): string {
  const file = nameShown(problem.file);
  const where = problem.line > 0 ? `${file}:${problem.line}:${problem.col}` : file;
  return problem.path ? `${where} ${problem.path}: ${problem.message}` : `${where}: ${problem.message}`;
}

/** A data file that cannot be used; lists every problem found in it. */
export class DataError extends EthicsError {
  /** The message's first line, before the problems: main.ts prints each problem as one line. */
  readonly heading: string;

  constructor(readonly problems: FileProblem[], hint?: string) {
    const heading = `${problems.length === 1 ? "a problem" : `${problems.length.toLocaleString("en-US")} problems`} in code files:`;
    super(`${heading}\n${problems.map(formatProblem).join("\n")}`, hint);
    this.heading = heading;
    this.name = "DataError";
  }
}

/** A file system error as a short phrase for a problem line or a message. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT") return "no such file or directory";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a directory, expected a YAML file";
  if (code === "ENOTDIR") return "not a directory";
  // Node's own message repeats the path after the code: said in words, the path said once.
  if (code === "ENAMETOOLONG") return "name too long for the file system";
  if (code === "ELOOP") return "is a symbolic link that loops";
  if (code === "EIO") return "cannot be read (input/output error)";
  return error instanceof Error ? error.message : String(error);
}
