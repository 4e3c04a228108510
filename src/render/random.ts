// `ethics random`: one standard whole, how strongly it binds, and the command that shows it again.
import type { Standard, Strength } from "../model.js";
import { renderStandard } from "./codes.js";
import { paintWords } from "./standard-body.js";
import { styleFor, type RenderOptions } from "./style.js";
import { visible, wrap } from "./terminal-text.js";

export interface RandomPick {
  standard: Standard;
  strength: Strength;
  qualifiers: string[];
  /** The words after `ethics show` that print it again: "medi-cal integrity 12". */
  reference: string;
  /** Set for the standard of the day: the local date, YYYY-MM-DD. */
  date?: string;
}

const BINDS = "How it binds: ";

export function renderRandom(pick: RandomPick, options: RenderOptions): string {
  const style = styleFor(options);
  const lines: string[] = [];
  if (pick.date) lines.push(style.dim(`Standard of the day, ${pick.date}`), "");
  lines.push(renderStandard(pick.standard, options), "");
  const qualified = pick.qualifiers.length > 0 ? `${pick.strength} (${pick.qualifiers.map(visible).join("; ")})` : pick.strength;
  // Labelled: a bare "requires" under a standard reads as part of it, or as nothing.
  lines.push(wrap(paintWords(style.label, qualified), options.width, " ".repeat(BINDS.length), BINDS));
  // one line, never wrapped: it is there to be copied
  lines.push(style.dim(`ethics show ${visible(pick.reference)}`));
  return lines.join("\n");
}
