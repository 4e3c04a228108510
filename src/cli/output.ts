// Terminal conventions, decided once per run: colour only on a TTY (NO_COLOR / --no-color turn
// it off, FORCE_COLOR on), wrapping to the terminal's width, and a pager for long output on a
// TTY, as git does.
import { spawnSync } from "node:child_process";

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

export function outputSettings(flags: OutputFlags, env: NodeJS.ProcessEnv = process.env): OutputSettings {
  const stdout = process.stdout;
  return {
    color: decideColor(flags, env, Boolean(stdout.isTTY)),
    width: decideWidth(env, stdout),
    pager: decidePager(flags, env, Boolean(stdout.isTTY)),
    rows: stdout.rows ?? 24,
  };
}

/** Write a result to stdout, through the pager when it would not fit on the screen. */
export function writeResult(text: string, settings: OutputSettings): void {
  const output = text.endsWith("\n") ? text : text + "\n";
  if (settings.pager && output.split("\n").length > settings.rows) {
    // LESS=FRX as git sets it: quit if one screen, keep colours, leave the text on screen.
    const env = { ...process.env, LESS: process.env.LESS ?? "FRX", LV: process.env.LV ?? "-c" };
    const result = spawnSync(settings.pager, { input: output, stdio: ["pipe", "inherit", "inherit"], shell: true, env });
    if (!result.error && result.status !== 127) return;
  }
  process.stdout.write(output);
}
