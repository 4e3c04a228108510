// A quiz's prompt drawn again when the quiz is resumed (Ctrl-Z, then fg). The shell's job lines
// ("[1]+ Stopped …", the command fg echoes) have pushed it up, and the terminal dropped what
// was typed before Ctrl-Z: the person faced an empty line, with no question asked on it. Node's
// own readline, zsh's and fish's line editors draw the line again on SIGCONT; so does this,
// in the foreground only: resumed by `bg`, a prompt drawn after the shell's was a stray line.
import { readFileSync } from "node:fs";

export interface RedrawnOutput {
  write(text: string): void;
  /** The last line written, if it is unfinished (a prompt): what the cursor follows. */
  unfinished(): string;
  /** No more redrawing: the prompt is answered for good. */
  stop(): void;
}

/**
 * Whether this process is its terminal's foreground job: its process group is the terminal's
 * (Linux's /proc/self/stat: pgrp, then tpgid, after the command's name in brackets). Where
 * that cannot be read, it is taken to be, as Node's readline takes it.
 */
export function inForeground(): boolean {
  try {
    const stat = readFileSync("/proc/self/stat", "latin1");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return fields[2] === fields[5];
  } catch {
    return true;
  }
}

/** `write`, keeping the output's unfinished last line (a prompt) to write again on SIGCONT. */
export function redrawnOnResume(write: (text: string) => void): RedrawnOutput {
  let unfinished = "";
  const redraw = () => {
    if (unfinished !== "" && inForeground()) write(unfinished);
  };
  process.on("SIGCONT", redraw);
  return {
    write(text) {
      write(text);
      const end = text.lastIndexOf("\n");
      unfinished = end < 0 ? unfinished + text : text.slice(end + 1);
    },
    unfinished: () => unfinished,
    stop: () => void process.off("SIGCONT", redraw),
  };
}
