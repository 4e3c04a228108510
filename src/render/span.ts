import type { RenderOptions } from "./style.js";

/**
 * "1–4", "A–D"; "1 to 4" with --plain: a screen reader reads the en dash out as "en dash", or,
 * at its usual punctuation level, not at all, and "1 4" names two numbers, not four.
 */
export function span(first: string | number, last: string | number, options: Pick<RenderOptions, "plain">): string {
  return options.plain ? `${first} to ${last}` : `${first}–${last}`;
}
