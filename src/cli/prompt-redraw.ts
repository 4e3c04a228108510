// A quiz's prompt drawn again when the quiz is resumed (Ctrl-Z, then fg). The shell's job lines
// ("[1]+ Stopped …", the command fg echoes) have pushed it up, and the terminal dropped what
// was typed before Ctrl-Z: the person faced an empty line, with no question asked on it. Node's
// own readline, zsh's and fish's line editors draw the line again on SIGCONT; so does this.

export interface RedrawnOutput {
  write(text: string): void;
  /** No more redrawing: the prompt is answered for good. */
  stop(): void;
}

/** `write`, keeping the output's unfinished last line (a prompt) to write again on SIGCONT. */
export function redrawnOnResume(write: (text: string) => void): RedrawnOutput {
  let unfinished = "";
  const redraw = () => {
    if (unfinished !== "") write(unfinished);
  };
  process.on("SIGCONT", redraw);
  return {
    write(text) {
      write(text);
      const end = text.lastIndexOf("\n");
      unfinished = end < 0 ? unfinished + text : text.slice(end + 1);
    },
    stop: () => void process.off("SIGCONT", redraw),
  };
}
