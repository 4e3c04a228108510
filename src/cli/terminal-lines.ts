// Answers typed on a terminal, edited as at any prompt: Node's readline (as its REPL uses it)
// reads the keys, so that arrows, Home, End and Delete move and edit the line. Read as the
// terminal gives a line by itself (cooked mode), those keys came as escape sequences (␛[D)
// inside the answer, which was then "not one of the choices". Ctrl-C, Ctrl-D and Ctrl-Z do what
// they did: the run is interrupted (^C shown, as the terminal showed it), the answers end, the
// quiz is stopped (and drawn again on fg, prompt-redraw.ts). Up and Down recall nothing: no
// history is kept. The cursor moves and deletes by grapheme cluster, as it is measured.
import { createInterface, type Interface } from "node:readline";
import type { ReadStream, WriteStream } from "node:tty";
import { clusterEdgeAtOrAfter, clusterEdgeAtOrBefore, clusterWidth, graphemeClusters } from "../core/text-width.js";
import { ANSI_PATTERN, visible } from "../render/terminal-text.js";
import { cutLine, LINE_KEPT, type LineReader } from "./line-reader.js";
import { EXIT_INTERRUPTED } from "./output.js";
import { inForeground } from "./prompt-redraw.js";

/** readline's own writing, measuring and drawing of the prompt and the line, which its internals call by these names. */
interface LineEditor extends Interface {
  readonly columns: number;
  _writeToOutput(text: string): void;
  _getDisplayPos(text: string): { cols: number; rows: number };
  _refreshLine(): void;
  _moveCursor(dx: number): void;
  _deleteLeft(): void;
  _deleteRight(): void;
  _ttyWrite(typed: string, key?: { name?: string; ctrl?: boolean; meta?: boolean }): void;
}

/** The line and the cursor, which readline's interface types as read-only and its editing sets. */
interface EditedLine {
  line: string;
  cursor: number;
}

/** What readline writes besides the line: the cursor's escape sequences and the line's end. */
const EDITOR_OWN = /(\x1b\[[0-?]*[ -/]*[@-~]|\r\n|\r|\n)/;

/** Text readline writes, the typed characters in it made visible as messages quote them; its own sequences kept. */
function echoedVisible(text: string): string {
  return text
    .split(EDITOR_OWN)
    .map((piece, at) => (at % 2 === 1 ? piece : visible(piece)))
    .join("");
}

/**
 * Where `text` (a prompt and the line after it, as drawn) leaves the cursor on a terminal
 * `columns` wide, as readline measures it, but by grapheme cluster (core/text-width.ts):
 * readline counts code points, each emoji of 👨‍👩‍👧 two columns and ⚕ of 👩‍⚕️ one, so that
 * after one the cursor was put columns past where the terminal had drawn the line's end (Home
 * then End left it four columns beyond 👨‍👩‍👧, and the next letter typed was drawn there). A
 * wide cluster that would straddle the line's end starts the next, as terminals wrap it.
 */
export function displayPosition(text: string, columns: number): { cols: number; rows: number } {
  const plain = text.includes("\x1b") ? text.replace(ANSI_PATTERN, "") : text;
  let offset = 0;
  let rows = 0;
  if (/^[\x20-\x7e]*$/.test(plain)) offset = plain.length;
  else {
    for (const cluster of graphemeClusters(plain)) {
      if (cluster === "\n" || cluster === "\r\n") {
        rows += Math.ceil(offset / columns) || 1;
        offset = 0;
        continue;
      }
      const width = clusterWidth(cluster);
      if (width === 2 && (offset + 1) % columns === 0) offset++;
      offset += width;
    }
  }
  const cols = offset % columns;
  return { cols, rows: rows + (offset - cols) / columns };
}

/**
 * A bidi override, a C1 control or a zero width space typed or pasted at the prompt was echoed
 * raw by readline: the rest of the line drawn reversed, or a control acted on, while the message
 * about the answer quoted it made visible (<U+202E>). The echo is made visible the same way, and
 * measured so, so that the cursor stays where the visible line puts it; the answer read is the
 * line as typed (answers are read without what shows nothing: core/study/answer.ts).
 *
 * readline writes a character typed at the line's end by itself. Made visible alone, a joiner
 * or selector (the text's edge on both sides) was named, <U+200D>, where the line made visible
 * whole keeps it (the joiners of 👨‍👩‍👧): drawn 22 columns wide, measured 2. What the line made
 * visible gained is written instead, or, where a character typed changes what shows before it
 * (a joiner after a letter, named, then kept before an emoji), the line is drawn again.
 */
function echoMadeVisible(editor: LineEditor): void {
  const write = editor._writeToOutput.bind(editor);
  let redrawing = false;
  editor._writeToOutput = (text) => {
    const typedAtEnd = !redrawing && text !== "" && editor.cursor === editor.line.length && editor.line.endsWith(text) && !EDITOR_OWN.test(text);
    if (!typedAtEnd) return write(echoedVisible(text));
    const before = visible(editor.line.slice(0, editor.line.length - text.length));
    const after = visible(editor.line);
    if (after.startsWith(before)) return write(after.slice(before.length));
    redrawing = true;
    try {
      editor._refreshLine();
    } finally {
      redrawing = false;
    }
  };
  editor._getDisplayPos = (text) => displayPosition(echoedVisible(text), editor.columns);
}

/**
 * readline steps by code point: Left inside 👨‍👩‍👧 put the cursor between its emoji, and
 * Backspace after 👩‍⚕️ deleted its VS16 alone, or after é (e and an accent) the accent, leaving
 * half a character that was then "not one of the choices". Every move (arrows, Ctrl-B and Ctrl-F,
 * word moves) ends at a cluster's edge in the direction it goes, and Backspace, Delete, Ctrl-H and
 * Ctrl-D delete the cluster beside the cursor whole, as readline-like editors do.
 */
function editByCluster(editor: LineEditor): void {
  const edited = editor as unknown as EditedLine;
  const moveCursor = editor._moveCursor.bind(editor);
  editor._moveCursor = (dx) => {
    const to = Math.min(Math.max(editor.cursor + dx, 0), editor.line.length);
    moveCursor((dx < 0 ? clusterEdgeAtOrBefore(editor.line, to) : clusterEdgeAtOrAfter(editor.line, to)) - editor.cursor);
  };
  // readline's own deletion of a code point goes first, undrawn: it keeps the line as it was for
  // undo (Ctrl-_), which restores the whole cluster; the rest of the cluster goes with it.
  const deleteCluster = (deleteCodePoint: () => void, start: number, end: number) => {
    if (start === end) return;
    const line = editor.line;
    const refreshLine = editor._refreshLine;
    editor._refreshLine = () => {};
    try {
      deleteCodePoint();
    } finally {
      editor._refreshLine = refreshLine;
    }
    edited.line = line.slice(0, start) + line.slice(end);
    edited.cursor = start;
    editor._refreshLine();
  };
  const deleteLeft = editor._deleteLeft.bind(editor);
  const deleteRight = editor._deleteRight.bind(editor);
  editor._deleteLeft = () => deleteCluster(deleteLeft, clusterEdgeAtOrBefore(editor.line, editor.cursor - 1), editor.cursor);
  editor._deleteRight = () => deleteCluster(deleteRight, editor.cursor, clusterEdgeAtOrAfter(editor.line, editor.cursor + 1));
}

/**
 * On a terminal that says it is dumb (TERM=dumb), readline reads the keys one by one but edits
 * nothing: Backspace went into the answer, echoed "a␡b", and the answer was "not one of the
 * choices". There Backspace deletes the cluster before the cursor (the line's end: no key moves
 * it), and the terminal is told to erase what showed it: back, space, back, a column at a time.
 */
function eraseOnDumbTerminal(editor: LineEditor, output: WriteStream): void {
  if (process.env.TERM !== "dumb") return;
  const dumbWrite = editor._ttyWrite.bind(editor);
  editor._ttyWrite = (typed, key) => {
    if (key?.name !== "backspace" || key.ctrl || key.meta) return dumbWrite(typed, key);
    const edited = editor as unknown as EditedLine;
    if (edited.line === "") return;
    const start = clusterEdgeAtOrBefore(edited.line, edited.line.length - 1);
    // As echoMadeVisible showed it: a bidi override took eight columns, <U+202E>.
    const columns = [...graphemeClusters(visible(edited.line.slice(start)))].reduce((sum, cluster) => sum + clusterWidth(cluster), 0);
    edited.line = edited.line.slice(0, start);
    edited.cursor = start;
    output.write("\b \b".repeat(columns));
  };
}

/**
 * `prompt` gives the unfinished line already written before each answer (its prompt): readline
 * draws it again when it redraws the line (a character inserted mid-line, a resize).
 */
export function readTerminalLines(input: ReadStream, output: WriteStream, prompt: () => string, kept = LINE_KEPT): LineReader {
  // No history: Up recalled an earlier question's answer, one keystroke from answering this
  // question with it; an answer is a letter, typed again as fast as recalled.
  const editor = createInterface({ input, output, terminal: true, historySize: 0 }) as LineEditor;
  echoMadeVisible(editor);
  editByCluster(editor);
  eraseOnDumbTerminal(editor, output);
  const lines: string[] = [];
  let ended = false;
  let waiting: ((line: string | null) => void) | null = null;
  const answer = () => {
    if (!waiting || (lines.length === 0 && !ended)) return;
    const resolve = waiting;
    waiting = null;
    resolve(lines.length > 0 ? lines.shift()! : null);
  };
  editor.on("line", (line) => {
    lines.push(cutLine(line, kept));
    answer();
  });
  editor.on("close", () => {
    ended = true;
    answer();
  });
  // Ctrl-C ends the run at once (130, as the terminal's own SIGINT did), also while the quiz is
  // still answering (typed just after Enter): the terminal restored first. Raw mode leaves the
  // terminal's echo of it (^C, as at a shell's prompt or under `sleep`) to the program: written
  // here, so the line still shows where the quiz was stopped, and the line ended, so that what
  // comes next (a prompt, a script's next output) starts one of its own. Ended by the signal,
  // ethics had bash, dash and zsh end the line after it, but not fish, `sh -c`, ssh or a
  // script: the status alone says it, and no shell adds a line. (In raw mode no SIGINT reached
  // a calling script: it went on either way.)
  editor.on("SIGINT", () => {
    output.write("^C\n");
    editor.close();
    process.exit(EXIT_INTERRUPTED);
  });
  // Ctrl-Z: what was typed is dropped, as the terminal dropped it, and the prompt drawn again
  // on fg (prompt-redraw.ts). The terminal is given back as it was while the shell has it.
  editor.on("SIGTSTP", () => {
    editor.write(null, { ctrl: true, name: "e" });
    editor.write(null, { ctrl: true, name: "u" });
    input.setRawMode(false);
    process.kill(process.pid, "SIGTSTP");
  });
  // Keys again on resuming, in the foreground only: a job sent on by `bg` that set the terminal
  // would be stopped for it (SIGTTOU); it reads the terminal only once brought back by fg.
  const resumed = () => {
    if (!ended && inForeground()) input.setRawMode(true);
  };
  process.on("SIGCONT", resumed);

  return {
    next() {
      editor.setPrompt(prompt());
      return new Promise((resolve) => {
        waiting = resolve;
        answer();
      });
    },
    stoppedEarly: () => undefined,
    close() {
      process.off("SIGCONT", resumed);
      ended = true;
      editor.close();
    },
  };
}
