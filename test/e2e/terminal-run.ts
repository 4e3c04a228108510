// Helpers for the terminal tests: runs on a pseudo-terminal, many runs at once, and how wide a
// line looks.
import { spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import { root, testCacheDir, testStateDir, type RunResult } from "./run.js";

/** The built `ethics`, as a shell command line starts it. */
export const ETHICS_COMMAND = `${process.execPath} ${join(root, "bin/ethics.cjs")}`;

/** Variables of the tests' own that change what ethics shows: a terminal run keeps only those a test gives. */
const TESTS_OWN = ["NO_COLOR", "FORCE_COLOR", "COLUMNS", "LINES", "ETHICS_PAGER", "LESS"];

/**
 * The environment of a run on a terminal: the tests' cache, and a capable terminal unless the
 * test says otherwise (the runner's own may be dumb); `env` over it (a name set undefined: unset).
 */
export function terminalEnvironment(env: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const fullEnv: NodeJS.ProcessEnv = { ...process.env, ETHICS_CACHE_DIR: testCacheDir, ETHICS_STATE_DIR: testStateDir, TERM: "xterm-256color", ...env };
  for (const name of TESTS_OWN) if (!(name in env)) delete fullEnv[name];
  return fullEnv;
}

/** util-linux `script`'s arguments that run a shell command line on a pseudo-terminal of a size. */
export function scriptArguments(command: string, size: { columns: number; rows: number }): string[] {
  return ["-qec", `stty cols ${size.columns} rows ${size.rows}; ${command}`, "/dev/null"];
}

interface TerminalOptions {
  size: { columns: number; rows: number };
  env?: NodeJS.ProcessEnv;
  /** What is typed, all at once. */
  input?: string;
}

/**
 * A shell command line run on a pseudo-terminal: the screen (line ends as \n) and the exit
 * status. A pager waiting for keys nobody types would block the whole file: a limit turns it
 * into a failure.
 */
export function terminalRun(command: string, { size, env, input }: TerminalOptions): { screen: string; status: number } {
  const run = spawnSync("script", scriptArguments(command, size), { env: terminalEnvironment(env), input: input ?? "", encoding: "utf8", timeout: 60_000 });
  if (run.error) throw run.error;
  return { screen: run.stdout.replace(/\r\n/g, "\n"), status: run.status ?? -1 };
}

/** What the terminal shows of a shell command line that ends well (a failure otherwise). */
export function onTerminal(command: string, options: TerminalOptions): string {
  const { screen, status } = terminalRun(command, options);
  if (status !== 0) throw new Error(`exit ${status} on the terminal:\n${screen}`);
  return screen;
}

/** Runs the built command as `ethics` in run.ts does, without blocking, so runs overlap. */
export function ethicsAsync(args: string[], env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  const fullEnv: NodeJS.ProcessEnv = { ...process.env, ETHICS_CACHE_DIR: testCacheDir, ETHICS_STATE_DIR: testStateDir, ...env };
  for (const name of ["NO_COLOR", "FORCE_COLOR", "ETHICS_DATA", "ETHICS_CODE", "COLUMNS"]) if (!(name in env)) delete fullEnv[name];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, "bin/ethics.cjs"), ...args], { env: fullEnv, cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk) => (stderr += chunk));
    child.on("close", (code) => resolve({ stdout, stderr, code: code ?? -1 }));
  });
}

/** Runs every argument list, a few at a time. */
export async function ethicsAll(runs: readonly string[][], env: NodeJS.ProcessEnv = {}): Promise<RunResult[]> {
  const results: RunResult[] = [];
  for (let start = 0; start < runs.length; start += 4) {
    results.push(...(await Promise.all(runs.slice(start, start + 4).map((args) => ethicsAsync(args, env)))));
  }
  return results;
}

/**
 * The columns each line takes on a terminal: escape sequences stripped, a code point a column
 * (the data is Latin script; the code under test measures wide characters itself).
 */
export function lineWidths(text: string): number[] {
  return text.split("\n").map((line) => [...line.replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, "")].length);
}

/** The lines of `text` wider than `width`, for a readable failure. */
export function linesWiderThan(text: string, width: number): string[] {
  const widths = lineWidths(text);
  return text.split("\n").filter((_, index) => widths[index]! > width);
}

/** A quiz at its prompt on an 80-column pseudo-terminal, what was typed echoed: the keys after it are a test's own. */
export interface QuizPrompt {
  /** What the terminal has written since the prompt was shown. */
  since(): string;
  write(keys: string): void;
  /** Until `seen` holds of what was written since the prompt, 20 s at most. */
  until(seen: (written: string) => boolean): Promise<void>;
  pause(ms: number): Promise<void>;
  /** Sends `keys`, which end the answers, and what was written since the prompt once the quiz has ended. */
  end(keys: string): Promise<string>;
}

/** `command` (a quiz) started on a pseudo-terminal (`env` over the tests' own), once its prompt is shown and `typed` has been sent and echoed. */
export async function quizPromptTyped(command: string, typed: string, env: NodeJS.ProcessEnv = {}): Promise<QuizPrompt> {
  const child = spawn("script", scriptArguments(command, { columns: 80, rows: 40 }), { env: terminalEnvironment({ NO_COLOR: "1", ...env }), stdio: ["pipe", "pipe", "inherit"] });
  let screen = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (screen += chunk));
  const closed = new Promise<void>((resolve) => child.on("close", () => resolve()));
  // Keys that end the answers may come after the quiz has ended by itself (its one question
  // answered): the write then meets a closed pipe, which is no failure of the test's.
  child.stdin.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
  });
  const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
  const waitFor = async (seen: () => boolean) => {
    for (let waited = 0; !seen() && waited < 20_000; waited += 20) await pause(20);
  };
  await waitFor(() => screen.includes("Your answer"));
  const start = screen.length;
  const since = () => screen.slice(start);
  child.stdin.write(typed);
  // The echo has come once the terminal's line shows what was typed, or (made visible) more.
  await waitFor(() => since().length >= typed.length);
  await pause(100);
  return {
    since,
    write: (keys) => child.stdin.write(keys),
    until: (seen) => waitFor(() => seen(since())),
    pause,
    end: async (keys) => {
      child.stdin.write(keys);
      await Promise.race([closed, pause(20_000)]);
      child.stdin.end();
      child.kill();
      return since();
    },
  };
}
