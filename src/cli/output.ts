// Terminal conventions, decided once per run: colour only on a TTY (NO_COLOR / --no-color turn
// it off, FORCE_COLOR on), wrapping to the terminal's width, and a pager for long output on a
// TTY, as git does.
import { fstatSync, writeSync } from "node:fs";

export interface OutputSettings {
  color: boolean;
  width: number;
  pager: string | null;
  rows: number;
}

export interface OutputFlags {
  color?: boolean; // commander sets false for --no-color
  pager?: boolean; // false for --no-pager
}

/** The flag beats the environment; FORCE_COLOR beats NO_COLOR, as in Node itself. */
export function decideColor(flags: OutputFlags, env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (flags.color === false) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "") return env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false";
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  return isTTY;
}

export function decideWidth(env: NodeJS.ProcessEnv, stream: { isTTY?: boolean; columns?: number }): number {
  if (stream.isTTY && stream.columns) return stream.columns;
  const columns = Number(env.COLUMNS);
  return Number.isInteger(columns) && columns > 20 ? columns : Infinity;
}

export function decidePager(flags: OutputFlags, env: NodeJS.ProcessEnv, isTTY: boolean): string | null {
  if (flags.pager === false || !isTTY) return null;
  const pager = env.ETHICS_PAGER ?? env.PAGER ?? "less";
  return pager.trim() === "" || pager.trim() === "cat" ? null : pager;
}

/**
 * Writes straight to the file descriptor: process.stdout is a stream whose creation loads
 * Node's net and stream modules, a cost every run would pay for one write. A closed pipe
 * (ethics export | head) is the reader's choice, not an error.
 */
function writeAll(fd: number, text: string): void {
  let buffer = Buffer.from(text, "utf8");
  while (buffer.length > 0) {
    try {
      buffer = buffer.subarray(writeSync(fd, buffer));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EAGAIN") continue; // a non-blocking pipe that is full: try again
      if (code === "EPIPE") process.exit(0);
      throw error;
    }
  }
}

export function writeOut(text: string): void {
  writeAll(1, text);
}

export function writeErr(text: string): void {
  writeAll(2, text);
}

/**
 * Whether stdout is a terminal, and its size. A pipe or a file is told apart by fstat alone;
 * only a character device (a terminal, or /dev/null) is worth asking through the tty stream.
 */
function terminal(): { isTTY: boolean; columns?: number; rows?: number } {
  try {
    if (!fstatSync(1).isCharacterDevice()) return { isTTY: false };
  } catch {
    return { isTTY: false };
  }
  const stdout = process.stdout;
  return stdout.isTTY ? { isTTY: true, columns: stdout.columns, rows: stdout.rows } : { isTTY: false };
}

export function outputSettings(flags: OutputFlags, env: NodeJS.ProcessEnv = process.env): OutputSettings {
  const stdout = terminal();
  return {
    color: decideColor(flags, env, stdout.isTTY),
    width: decideWidth(env, stdout),
    pager: decidePager(flags, env, stdout.isTTY),
    rows: stdout.rows ?? 24,
  };
}

/** Write a result to stdout, through the pager when it would not fit on the screen. */
export async function writeResult(text: string, settings: OutputSettings): Promise<void> {
  const output = text.endsWith("\n") ? text : text + "\n";
  if (settings.pager && output.split("\n").length > settings.rows) {
    // LESS=FRX as git sets it: quit if one screen, keep colours, leave the text on screen.
    const env = { ...process.env, LESS: process.env.LESS ?? "FRX", LV: process.env.LV ?? "-c" };
    const { spawnSync } = await import("node:child_process");
    const result = spawnSync(settings.pager, { input: output, stdio: ["pipe", "inherit", "inherit"], shell: true, env });
    if (!result.error && result.status !== 127) return;
  }
  writeOut(output);
}
