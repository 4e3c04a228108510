// A command printed to be copied and run (random's last line, the quiz's review): on one line
// where it fits, else broken between its words with a backslash at each line's end, which a
// shell reads as the command going on. Broken at a space alone, as prose is, the command a
// --data folder makes long ("ethics --data /home/…/peer-codes show riverside boundaries 12")
// ran as two when pasted: "ethics --data … show" and "riverside boundaries 12".
import { visibleLength } from "../core/text-width.js";
import { visible } from "./terminal-text.js";

/** What ends a line the command goes on after. */
const GOES_ON = " \\";

/**
 * The lines of the command `words` (each quoted for the shell already) within `width` columns,
 * the first after `firstIndent`, the others after `indent`. A word wider than a line is left
 * whole on a line of its own: cut, it would no longer be the word.
 */
export function commandLines(words: readonly string[], width: number, indent: string, firstIndent = indent): string[] {
  const shown = words.map(visible);
  const whole = firstIndent + shown.join(" ");
  if (!Number.isFinite(width) || visibleLength(whole) <= width) return [whole];
  const lines: string[] = [];
  let line = firstIndent + shown[0]!;
  for (const [at, word] of shown.entries()) {
    if (at === 0) continue;
    // A line that may go on keeps room for the backslash that would say so.
    const room = at === shown.length - 1 ? 0 : GOES_ON.length;
    if (visibleLength(`${line} ${word}`) + room <= width) line += ` ${word}`;
    else {
      lines.push(line + GOES_ON);
      line = indent + word;
    }
  }
  lines.push(line);
  return lines;
}
