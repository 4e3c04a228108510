// `ethics random`: one standard whole, how strongly it binds, and the command that shows it again.
import type { Standard, Strength } from "../model.js";
import { renderStandard } from "./codes.js";
import { commandLines } from "./command-line.js";
import { bindingLine } from "./binding-line.js";
import { styleFor, type RenderOptions } from "./style.js";
import { phrasesKeepingNames, visible, wrap, wrapPhrases } from "./terminal-text.js";
import { paintWords } from "./standard-body.js";
import { joined } from "../core/word-list.js";

export interface RandomPick {
  standard: Standard;
  strength: Strength;
  qualifiers: string[];
  /** The words of the command that prints it again: ethics show medi-cal integrity 12 (with the --data a user's code needs). */
  command: readonly string[];
  /** Set for the standard of the day: the local date, YYYY-MM-DD. */
  date?: string;
  /** The citations of the other standards in scope that say it word for word, shown once: this one. */
  sameWords?: readonly string[];
}

export function renderRandom(pick: RandomPick, options: RenderOptions): string {
  return renderRandomPicks([pick], options, []);
}

/**
 * Several picks (`random --count`): the day's heading once, then each standard as one pick shows
 * it, a blank line between; `notes` after them (fewer standards than asked).
 */
export function renderRandomPicks(picks: readonly RandomPick[], options: RenderOptions, notes: readonly string[]): string {
  const style = styleFor(options);
  const lines: string[] = [];
  const date = picks[0]?.date;
  if (date) lines.push(style.dim(`Standard${picks.length > 1 ? "s" : ""} of the day, ${date}`), "");
  picks.forEach((pick, at) => {
    if (at > 0) lines.push("");
    lines.push(...pickLines(pick, options));
  });
  for (const note of notes) lines.push("", ...wrap(visible(note), options.width).split("\n").map((line) => style.dim(line)));
  return lines.join("\n");
}

function pickLines(pick: RandomPick, options: RenderOptions): string[] {
  const style = styleFor(options);
  const lines = [renderStandard(pick.standard, options)];
  const others = pick.sameWords ?? [];
  // as a standard's note hangs under its label: "Also, word for word: Working Well Together · Integrity 5"
  if (others.length > 0) lines.push(sameWordsLine(others, options));
  lines.push("");
  lines.push(bindingLine(pick.strength, pick.qualifiers, options));
  // There to be copied: one line where it fits, else continued with a backslash (commandLines), never broken as prose is.
  lines.push(...commandLines(pick.command, options.width, "  ", "").map((line) => style.dim(line)));
  return lines;
}

const SAME_WORDS = "Also, word for word:";

/** The other standards that say a pick's words, under its text: each citation kept whole where a line holds it. */
function sameWordsLine(others: readonly string[], options: RenderOptions): string {
  const style = styleFor(options);
  const names = others.map(visible);
  const hanging = "    ";
  const phrases = phrasesKeepingNames(joined(names, "and"), names, options.width - hanging.length);
  return wrapPhrases(
    phrases.map((phrase) => paintWords(style.dim, phrase)),
    options.width,
    hanging,
    `  ${style.dim(SAME_WORDS)} `,
  );
}
