// The palette. Colour is a parameter of every renderer, never a global.
import { Chalk } from "chalk";

export interface RenderOptions {
  color: boolean;
  width: number;
  /**
   * `--plain`: text to be read in order, by a screen reader or a braille display. No table is
   * drawn (its box lines are read out as characters, and a grid's columns cannot be followed a
   * line at a time): each is laid out as lines; and no dash stands for "not addressed".
   */
  plain?: boolean;
}

export type Paint = (text: string) => string;

export interface Style {
  citation: Paint;
  heading: Paint;
  label: Paint;
  dim: Paint;
  match: Paint;
  added: Paint;
  removed: Paint;
  warn: Paint;
}

const plain: Paint = (text) => text;
/** Every paint of it returns its text unchanged. */
export const PLAIN: Style = { citation: plain, heading: plain, label: plain, dim: plain, match: plain, added: plain, removed: plain, warn: plain };

export function styleFor(options: RenderOptions): Style {
  // Without colour chalk is not touched at all, so it is never loaded for piped output.
  if (!options.color) return PLAIN;
  const chalk = new Chalk({ level: 1 });
  return {
    citation: chalk.bold.cyan,
    heading: chalk.bold,
    label: chalk.cyan,
    dim: chalk.dim,
    match: chalk.bold.yellow,
    added: chalk.green,
    removed: chalk.red,
    warn: chalk.yellow,
  };
}
