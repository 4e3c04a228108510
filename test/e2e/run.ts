// Runs the built `ethics` as a user would: a separate process, its stdout, stderr and exit code.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";

export const root = join(import.meta.dirname, "../..");
const bin = join(root, "bin/ethics.cjs");

/** The tests' own cache, so they neither read nor fill the user's. */
export const testCacheDir = mkdtempSync(join(tmpdir(), "ethics-test-cache-"));

/** The tests' own state (the quiz review record), so that a quiz at a test's terminal never keeps its misses in the user's. */
export const testStateDir = mkdtempSync(join(tmpdir(), "ethics-test-state-"));

export interface RunResult {
  stdout: string;
  stderr: string;
  code: number;
}

interface RunOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  input?: string;
  /** Another copy of the package's bin/ethics.cjs to run (another build), not this one's. */
  bin?: string;
}

/**
 * The environment a run gets: the tests' cache and state, and none of the tests' own colour, data, default code or width
 * (extra certificates are out of the tests' environment already: test/no-extra-certificates.ts).
 */
export function runEnvironment(options: RunOptions): NodeJS.ProcessEnv {
  if (!existsSync(join(root, "dist/ethics.cjs"))) throw new Error("dist/ethics.cjs is missing: run `npm run build` (npm test does)");
  const env: NodeJS.ProcessEnv = { ...process.env, ETHICS_CACHE_DIR: testCacheDir, ETHICS_STATE_DIR: testStateDir, ...options.env };
  for (const name of ["NO_COLOR", "FORCE_COLOR", "ETHICS_DATA", "ETHICS_CODE", "ETHICS_PLAIN", "COLUMNS"]) {
    if (!options.env || !(name in options.env)) delete env[name];
  }
  return env;
}

// Catches a run that hangs; generous, since a busy runner (the whole suite at once on two slow
// cores) once took over 20 s for an uncached Anki export of 41 codes that takes ~8 s alone.
const RUN_TIMEOUT_MS = 60_000;

export function ethics(args: string[], options: RunOptions = {}): RunResult {
  const result = spawnSync(process.execPath, [options.bin ?? bin, ...args], {
    env: runEnvironment(options),
    cwd: options.cwd ?? root,
    input: options.input ?? "",
    encoding: "utf8",
    timeout: RUN_TIMEOUT_MS,
  });
  return { stdout: result.stdout, stderr: result.stderr, code: result.status ?? -1 };
}

/**
 * Several runs at once, as users of one machine make them (a shared cache must take it): the
 * cache tests run each step's commands so, in half the time on two cores.
 */
export function ethicsAll(runs: readonly (readonly [string[], RunOptions?])[]): Promise<RunResult[]> {
  return Promise.all(
    runs.map(
      ([args, options = {}]) =>
        new Promise<RunResult>((resolve) => {
          const child = spawn(process.execPath, [options.bin ?? bin, ...args], { env: runEnvironment(options), cwd: options.cwd ?? root });
          const stdout: Buffer[] = [];
          const stderr: Buffer[] = [];
          child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
          child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
          child.stdin.end(options.input ?? "");
          const timer = setTimeout(() => child.kill(), RUN_TIMEOUT_MS);
          child.on("close", (code) => {
            clearTimeout(timer);
            resolve({ stdout: Buffer.concat(stdout).toString("utf8"), stderr: Buffer.concat(stderr).toString("utf8"), code: code ?? -1 });
          });
        }),
    ),
  );
}

/**
 * One run, without blocking: what `ethics` gives, while the tests of a file that run concurrently
 * (it.concurrent) go on reading their own runs' output.
 */
export async function ethicsAsync(args: string[], options: RunOptions = {}): Promise<RunResult> {
  return (await ethicsAll([[args, options]]))[0]!;
}

/** What no user-facing failure may print. */
export const STACK_TRACE = /\n\s+at .+\(?.*:\d+:\d+\)?|node:internal|TypeError|ReferenceError/;

/**
 * stderr with the lines main.ts wrapped (to 80 columns when it is not a terminal) joined again:
 * a continuation line starts with spaces, or with the backtick of a command that only the margin
 * has room for (render/terminal-text.ts fitLine); a message or hint never does. A command too
 * wide for any line goes on after a backslash, as a shell reads it (withCommandsJoined).
 */
export function unwrapped(stderr: string): string {
  return withCommandsJoined(stderr).replace(/\n(?: +|(?=`))/g, " ");
}

/**
 * Text with each command broken over lines with a backslash (render/command-line.ts) joined as
 * a shell joins it: " \⏎" and the indent after it is a space between words, "\⏎" inside a word
 * (its next line at the margin) is nothing.
 */
export function withCommandsJoined(text: string): string {
  // A single-quoted word broken by closing its quote and opening another ('…'\⏎'…'): one word.
  return text.replace(/'\\\n'/g, "").replace(/ \\\n */g, " ").replace(/\\\n/g, "");
}

/** A user-facing failure: nothing on stdout, the message on stderr, the exit code, no stack trace. */
export function expectShortFailure(result: RunResult, exitCode: number, message: string | RegExp): void {
  expect(result.code).toBe(exitCode);
  expect(result.stdout).toBe("");
  if (typeof message === "string") expect(unwrapped(result.stderr)).toContain(message);
  else expect(unwrapped(result.stderr)).toMatch(message);
  expect(result.stderr).not.toMatch(STACK_TRACE);
}
