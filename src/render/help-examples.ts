// Help's example commands ("  $ ethics search confidentialty --limit 3   typos are forgiven")
// fitted to the terminal as commands to be copied, not as prose: on a narrow one (40 to 60
// columns) an example was broken at a space with nothing to say it went on, and pasted, the
// shell ran its first line alone. An example too wide for its line is broken as a continued
// command (command-line.ts): a backslash ends each line it goes on from, the lines after it
// indented. The description beside it may wrap as prose does.
import { commandLines } from "./command-line.js";
import { fitLine } from "./terminal-text.js";
import { visibleLength } from "../core/text-width.js";

/** An example's start: an indent, perhaps a label ("bash  ") and a prompt ("$ "), then the command. */
const EXAMPLE = /^( +(?:[\w-]+ +)?(?:\$ )?)(ethics(?: .*)?)$/;
/** A word of the command as the shell splits it: quoted parts and the rest, up to a space. */
const SHELL_WORD = /(?:"[^"]*"|'[^']*'|[^\s"'])+/g;
/** A redirection, kept with its file on one line: `> alaska.md`. */
const REDIRECTION = /^\d?(?:>>?|<)$/;
/** What ends a line of an example that its source continues itself (completion's install lines). */
const GOES_ON = / \\$/;

/** The lines of a block of help (usage, options, examples) fitted to `width` columns, examples as commands. */
export function fitHelpLines(lines: readonly string[], width: number): string[] {
  const fitted: string[] = [];
  for (let at = 0; at < lines.length; at++) {
    const example = EXAMPLE.exec(lines[at]!);
    if (example === null) {
      fitted.push(...fitLine(lines[at]!, width).split("\n"));
      continue;
    }
    // The lines its source continues it on are the same example.
    let last = at;
    while (GOES_ON.test(lines[last]!) && last + 1 < lines.length) last++;
    const own = lines.slice(at, last + 1);
    at = last;
    if (own.every((line) => visibleLength(line) <= width)) fitted.push(...own);
    else fitted.push(...exampleLines(example[1]!, own.map((line, index) => (index === 0 ? line.slice(example[1]!.length) : line.trimStart()).replace(GOES_ON, "")).join(" "), width));
  }
  return fitted;
}

/** An example's command (and the description beside it, after two spaces or more) within `width`, after `prompt`. */
function exampleLines(prompt: string, text: string, width: number): string[] {
  const { words, description } = commandAndDescription(text);
  const command = words.join(" ");
  // One line holds the command: only the description wraps, as before.
  if (visibleLength(prompt + command) <= width) return fitLine(`${prompt}${command}${description ? `  ${description}` : ""}`, width).split("\n");
  const indent = " ".repeat(prompt.length + 2);
  const lines = commandLines(withRedirectionsWhole(words, width), width, indent, prompt);
  if (description === "") return lines;
  const last = lines.pop()!;
  // A last line wider than the terminal holds a word no line holds, left whole: fitted with the
  // description as prose, it was broken inside ("${fpath[1]}/" and "_ethics"" a line apart, a
  // file name with a line break in it, pasted). The description goes under it.
  if (visibleLength(last) > width) return [...lines, last, ...fitLine(`${indent}${description}`, width, indent.length).split("\n")];
  return [...lines, ...fitLine(`${last}  ${description}`, width, indent.length).split("\n")];
}

/** The shell words of an example's text, and the description after them, set apart by two spaces or more. */
function commandAndDescription(text: string): { words: string[]; description: string } {
  const words: string[] = [];
  let end = 0;
  for (const match of text.matchAll(SHELL_WORD)) {
    if (words.length > 0 && match.index - end >= 2) return { words, description: text.slice(match.index).trim() };
    words.push(match[0]);
    end = match.index + match[0].length;
  }
  return { words, description: "" };
}

/** `words` with each redirection and its file one word, where a line of `room` columns holds it: a line does not end at `>`. */
function withRedirectionsWhole(words: readonly string[], room: number): string[] {
  const joined: string[] = [];
  for (let at = 0; at < words.length; at++) {
    const redirection = `${words[at]} ${words[at + 1]}`;
    if (REDIRECTION.test(words[at]!) && at + 1 < words.length && visibleLength(redirection) <= room) {
      joined.push(redirection);
      at++;
    } else joined.push(words[at]!);
  }
  return joined;
}
