// Terminal conventions, decided once per run: colour only on a TTY (NO_COLOR / --no-color turn
// it off, FORCE_COLOR on), wrapping to the terminal's width, and a pager for long output on a
// TTY, as git does. A terminal that says it is dumb (TERM=dumb: Emacs' shell, some CI consoles)
// shows escape codes as text and makes `less` stop to complain: no colour there, and no pager
// unless one is named. So does a terminal that names no kind (TERM unset or empty, as a pty
// opened without a login shell's settings has it), as git's colour and systemd read it: less
// there stops at "WARNING: terminal is not fully functional", waiting for RETURN.
import { fstatSync, statSync, writeSync, type Stats } from "node:fs";
import { EthicsError } from "../core/errors.js";
import { fitLine, fitLines, MEASURE, visibleLines } from "../render/terminal-text.js";
import { backtickedCommandLines } from "../render/command-line.js";
import { marksInWords } from "../render/marks-in-words.js";
import { runIsPlain } from "./plain-asked.js";
import { pagerShowsColour, withoutColour } from "./pager-colour.js";
import { shellWord } from "../core/shell-path.js";

export interface OutputSettings {
  color: boolean;
  width: number;
  pager: string | null;
  rows: number;
}

export interface OutputFlags {
  color?: boolean; // true for --color, false for --no-color, unset for neither
  pager?: boolean; // false for --no-pager
}

/** TERM=dumb, or no TERM at all outside Windows (whose consoles set none). */
function isDumbTerminal(env: NodeJS.ProcessEnv): boolean {
  return env.TERM === "dumb" || (!env.TERM && process.platform !== "win32");
}

/**
 * The flag beats the environment, as no-color.org asks of per-run arguments (`--color` over
 * NO_COLOR, `--no-color` over FORCE_COLOR); FORCE_COLOR beats NO_COLOR, as in Node itself. FORCE_COLOR
 * set but empty forces colour, as Node's docs and chalk's supports-color read it (16 colours);
 * an empty NO_COLOR is unset, as no-color.org says.
 */
export function decideColor(flags: OutputFlags, env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (flags.color !== undefined) return flags.color;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false";
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  return isTTY && !isDumbTerminal(env);
}

/**
 * The narrowest text is laid out: narrower, no word of a standard fits beside its indent, and
 * words are cut a letter a line (a 4-column terminal showed "r", "t", "."). A terminal or a
 * COLUMNS narrower still gets lines this wide, which the terminal wraps.
 */
export const MIN_WIDTH = 20;

/**
 * The size a terminal that reports none (0×0: a pty opened by `script`, `expect` or Python's
 * pty.spawn from outside a terminal, a serial console) is taken to have, as GNU ls and less take it.
 */
const UNKNOWN_TERMINAL = { columns: 80, rows: 24 };

/** A variable that is a whole number (COLUMNS, LINES), else 0, as unset: "0", "-40", "1e2", "abc". */
function wholeNumberIn(value: string | undefined): number {
  const text = value?.trim() ?? "";
  return /^\d{1,9}$/.test(text) ? Number(text) : 0;
}

/**
 * The terminal's width; piped, or on a terminal that reports none, COLUMNS where it is a whole
 * number of columns, as GNU ls, git and Python's shutil read it (0 or anything else: unset, and
 * piped text is not wrapped; a terminal's is wrapped to 80 columns, not left 300 wide for the
 * terminal or less to cut mid-word). A width, either way, is honoured down to MIN_WIDTH:
 * COLUMNS=12 once counted as unset, and printed lines hundreds of columns wide to someone who
 * had asked for twelve.
 */
export function decideWidth(env: NodeJS.ProcessEnv, stream: { isTTY?: boolean; columns?: number }): number {
  const columns = (stream.isTTY && stream.columns) || wholeNumberIn(env.COLUMNS) || (stream.isTTY ? UNKNOWN_TERMINAL.columns : 0);
  return columns > 0 ? Math.max(columns, MIN_WIDTH) : Infinity;
}

/** The terminal's height; on one that reports none, LINES where it is a whole number, else 24. */
function decideRows(env: NodeJS.ProcessEnv, stream: { rows?: number }): number {
  return stream.rows || wholeNumberIn(env.LINES) || UNKNOWN_TERMINAL.rows;
}

export function decidePager(flags: OutputFlags, env: NodeJS.ProcessEnv, isTTY: boolean): string | null {
  if (flags.pager === false || !isTTY) return null;
  const pager = env.ETHICS_PAGER ?? env.PAGER ?? (isDumbTerminal(env) ? "" : "less");
  return pager.trim() === "" || pager.trim() === "cat" ? null : pager;
}

/** How a failed write reads in "ethics: cannot write output: …". */
function describeWriteError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === "ENOSPC") return "no space left on device";
  if (code === "EDQUOT") return "disk quota exceeded";
  if (code === "EFBIG") return "file too large";
  if (code === "EIO") return "input/output error";
  if (code === "EBADF") return "standard output is not open for writing";
  return error instanceof Error ? error.message : String(error);
}

let outputBegun = false;

/** Whether anything was written to stdout or stderr, or given to the pager: a run that fails after that cannot be run again unseen. */
export function outputHasBegun(): boolean {
  return outputBegun;
}

/** Bytes a string is encoded into before it is written: reused, so that a write allocates nothing. */
const SCRATCH_BYTES = 64 * 1024;
let scratch: Uint8Array | undefined;
const encoder = new TextEncoder();

function writeBytes(fd: number, bytes: Uint8Array): void {
  let buffer = bytes;
  while (buffer.length > 0) {
    try {
      buffer = buffer.subarray(writeSync(fd, buffer));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EAGAIN") continue; // a non-blocking pipe that is full: try again
      throw error;
    }
  }
}

/**
 * Writes straight to the file descriptor: process.stdout is a stream whose creation loads
 * Node's net and stream modules, a cost every run would pay for one write. A string is encoded
 * as UTF-8 (as Buffer.from would: a lone surrogate as U+FFFD) into a buffer used again and again,
 * a piece at a time: writing the string itself would leave a short write to be found by
 * measuring its UTF-8 length, which took as long as the write for an export's tens of megabytes.
 */
export function writeAll(fd: number, text: string | Uint8Array): void {
  if (typeof text !== "string") return writeBytes(fd, text);
  const bytes = (scratch ??= new Uint8Array(SCRATCH_BYTES));
  // encodeInto never splits a surrogate pair: a piece ends before a pair that does not fit.
  for (let rest = text; rest.length > 0; ) {
    const { read, written } = encoder.encodeInto(rest, bytes);
    writeBytes(fd, bytes.subarray(0, written));
    rest = rest.slice(read);
  }
}

/**
 * A result to stdout. A closed pipe (ethics export | head) is the reader's choice, not an error:
 * ethics ends quietly. Any other failure (a full disk, a stdout not open for writing) is one
 * the user must hear of: "cannot write output: …", exit 1. (A stdout closed outright,
 * `ethics list 1>&-`, Node replaces with /dev/null before ethics starts: the output goes
 * where /dev/null's does, as for `>/dev/null`.)
 */
export function writeOut(text: string | Uint8Array): void {
  outputBegun = true;
  try {
    writeAll(1, text);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EPIPE") process.exit(0);
    throw new EthicsError(`cannot write output: ${describeWriteError(error)}`);
  }
}

/** A message to stderr; if even that fails there is nowhere left to say so. */
export function writeErr(text: string): void {
  outputBegun = true;
  try {
    writeAll(2, text);
  } catch {
    // nothing to do
  }
}

/** Whether `stats` are /dev/null's: output thrown away, as scripts and cron jobs send it. */
function isDevNull(stats: Stats): boolean {
  try {
    return stats.rdev === statSync("/dev/null").rdev;
  } catch {
    return false;
  }
}

/**
 * Whether a standard stream is a terminal, and its size. A pipe, a file or /dev/null is told
 * apart by stat alone; only another character device (a terminal) is worth asking through the
 * tty stream, whose creation loads Node's stream modules.
 */
function terminal(fd: 1 | 2): { isTTY: boolean; columns?: number; rows?: number } {
  try {
    const stats = fstatSync(fd);
    if (!stats.isCharacterDevice() || isDevNull(stats)) return { isTTY: false };
  } catch {
    return { isTTY: false };
  }
  const stream = fd === 1 ? process.stdout : process.stderr;
  return stream.isTTY ? { isTTY: true, columns: stream.columns, rows: stream.rows } : { isTTY: false };
}

export function outputSettings(flags: OutputFlags, env: NodeJS.ProcessEnv = process.env): OutputSettings {
  const stdout = terminal(1);
  return {
    color: decideColor(flags, env, stdout.isTTY),
    width: decideWidth(env, stdout),
    pager: decidePager(flags, env, stdout.isTTY),
    rows: decideRows(env, stdout),
  };
}

/**
 * The output's width at this moment: a terminal's as it is now (Node follows a resize, on
 * SIGWINCH), else COLUMNS as at the start. For output written over minutes, as a quiz's.
 */
export function widthNow(env: NodeJS.ProcessEnv = process.env): number {
  return decideWidth(env, terminal(1));
}

/** Help is prose: the terminal's width up to the readable measure, 80 columns when unknown. */
export function helpWidth(env: NodeJS.ProcessEnv = process.env, fd: 1 | 2 = 1): number {
  const width = decideWidth(env, terminal(fd));
  return Number.isFinite(width) ? Math.min(width, MEASURE) : 80;
}

/**
 * stderr text, safe and fitted: a long line goes on under the text after "ethics: " or
 * "hint: ", the lines a message lists (problems in files) two columns in. A person reads it
 * even when it goes to a pipe or a log, so it is fitted as help is: to the terminal's width up
 * to the readable measure, else (no terminal, no COLUMNS) to 80 columns. Errors (main.ts) and
 * warnings (library.ts) alike. With --plain its arrows and ranges are said in words.
 */
export function stderrText(text: string): string {
  const width = helpWidth(process.env, 2);
  return visibleLines(runIsPlain() ? marksInWords(text) : text)
    .split("\n")
    .map((line) => fitLine(line, width, /^(ethics|hint): /.exec(line)?.[0].length ?? 2, backtickedCommandLines))
    .join("\n");
}

/** Ctrl-C in the pager: ethics ends after the pager, as interrupted (128 + SIGINT). */
export const EXIT_INTERRUPTED = 130;

/**
 * The signals held while the pager runs, as git holds them (wait_for_pager_signal), each with
 * the status a shell gives a process it ended (128 + its number).
 */
const HELD_WHILE_PAGING = { SIGINT: EXIT_INTERRUPTED, SIGHUP: 129, SIGQUIT: 131, SIGTERM: 143 } as const;
type HeldSignal = keyof typeof HELD_WHILE_PAGING;

/** Why a pager failed, as the warning says it; `started`: it ran, and may have shown the output. */
export interface PagerFailure {
  reason: string;
  started: boolean;
}

/**
 * Why the pager failed; undefined when it did not. Only a pager that never started is known not
 * to have shown the output, since printing the whole output again under text the reader has
 * just read and quit is worse than a lost page:
 * - a spawn error (other than EPIPE): nothing ran;
 * - 127 and 126, the shell's own "no such command" and "found but not executable" (POSIX);
 * - 1 to 125 is a failure of the pager's own, which it may say after showing the text (vim's
 *   `:cq`, a less killed): it started. (`PAGER=false` shows nothing, and says nothing either:
 *   the warning tells how to print directly.)
 * - not a signal, nor 128 and above, which a shell reports for one: SIGPIPE, SIGTERM, a pager
 *   killed while showing the text. (Ctrl-C reaches ethics too, and ends it as interrupted.)
 * Asked before EPIPE: a shell that could not start the pager has often quit before the output
 * was written to it, so the write fails with EPIPE too, and the status says why.
 */
export function pagerFailure(result: { status: number | null; signal: string | null; error?: Error }): PagerFailure | undefined {
  if (result.signal !== null) return undefined;
  if (result.status === 127) return { reason: "was not found", started: false };
  if (result.status === 126) return { reason: "could not be run (not executable)", started: false };
  if (result.status !== null && result.status > 0 && result.status < 128) return { reason: `failed (exit ${result.status})`, started: true };
  const code = (result.error as NodeJS.ErrnoException | undefined)?.code;
  // EPIPE: the pager quit before reading everything, as a reader may.
  if (result.error && code !== "EPIPE") return { reason: `could not be started (${code ?? result.error.message})`, started: false };
  return undefined;
}

/**
 * Show `output` through the pager; false, after a warning naming the pager, if it did not show
 * the output (pagerFailure). Ctrl-C while paging belongs to the pager: the terminal sends SIGINT
 * to the whole foreground process group, ethics and the pager alike, and left to its default
 * Node would die at once, leaving the pager running on a terminal the shell reads too. So
 * ethics holds SIGINT while the pager runs (less handles Ctrl-C itself, and restores the
 * terminal when it quits), waits for it, and then ends as interrupted, as git does: by the
 * same signal, so a calling script stops too. A SIGTERM, SIGHUP or SIGQUIT sent to ethics alone
 * (kill, timeout) is held the same way: dying at once left less running on a terminal the
 * shell went back to reading, its keys shared by both.
 */
async function page(output: string, pager: string): Promise<boolean> {
  outputBegun = true;
  // LESS=FRX as git sets it: quit if one screen, keep colours, leave the text on screen. And
  // the charset of what less reads: ethics writes UTF-8 whatever the locale, and less in a C or
  // POSIX locale (containers, ssh sessions without one) showed "Medi-Cal · Integrity" as
  // "Medi-Cal <C2><B7> Integrity", where the same text unpaged reads right (as systemd sets it).
  const env: NodeJS.ProcessEnv = { ...process.env, LESS: process.env.LESS ?? "FRX", LV: process.env.LV ?? "-c" };
  if (env.LESSCHARSET === undefined && env.LESSCHARDEF === undefined) env.LESSCHARSET = "utf-8";
  const { spawnSync } = await import("node:child_process");
  let received: HeldSignal | undefined;
  const holders = (Object.keys(HELD_WHILE_PAGING) as HeldSignal[]).map((signal) => {
    const hold = () => {
      received ??= signal;
    };
    process.on(signal, hold);
    return () => process.removeListener(signal, hold);
  });
  try {
    const input = pagerShowsColour(pager, env.LESS ?? "") ? output : withoutColour(output);
    const result = spawnSync(pager, { input, stdio: ["pipe", "inherit", "inherit"], shell: true, env });
    // A signal's handler runs once the event loop turns, not while spawnSync waits.
    await new Promise((resolve) => setImmediate(resolve));
    if (result.signal === "SIGINT") received ??= "SIGINT";
    if (received) {
      for (const release of holders) release();
      process.kill(process.pid, received);
      throw new EthicsError("", undefined, HELD_WHILE_PAGING[received]); // only if the signal did not end us
    }
    const failure = pagerFailure(result);
    if (failure === undefined) return true;
    if (failure.started) {
      // Not printed again: it may be under the reader's eyes already.
      // The command to run again, whole (its --data too), as a hint's is: a bare option is no command.
      const again = ["ethics", "--no-pager", ...process.argv.slice(2).map(shellWord)].join(" ");
      writeErr(stderrText(`ethics: warning: the pager '${pager}' ${failure.reason}; if it showed nothing, \`${again}\` prints the output`) + "\n");
      return true;
    }
    // Said before the output, as git says "cannot run", and after the shell's own complaint:
    // the reason the text is not paged comes with the shell's message.
    writeErr(stderrText(`ethics: warning: the pager '${pager}' ${failure.reason}; output printed directly`) + "\n");
    return false;
  } finally {
    for (const release of holders) release();
  }
}


/**
 * Write a result to stdout, every line fitted to the terminal's width (renderers wrap their own
 * text; this catches any line they did not), through the pager when it would not fit on the
 * screen.
 */
export async function writeResult(text: string, settings: OutputSettings): Promise<void> {
  const fitted = fitLines(text, settings.width);
  const output = fitted.endsWith("\n") ? fitted : fitted + "\n";
  if (settings.pager && output.split("\n").length > settings.rows && (await page(output, settings.pager))) return;
  writeOut(output);
}
