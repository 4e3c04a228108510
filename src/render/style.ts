// The palette. Colour is a parameter of every renderer, never a global.
import { Chalk } from "chalk";

export interface RenderOptions {
  color: boolean;
  width: number;
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

export function styleFor(options: RenderOptions): Style {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
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
