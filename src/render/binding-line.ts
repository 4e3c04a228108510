// "How it binds: prohibits (substantial gifts or loans; note: …)": a standard's strength with
// what narrows it, under the standard, wherever one is shown for how it binds (random, and show
// or search with --strength, where the filter alone would pass a qualified rule off as plain).
import type { Strength } from "../model.js";
import { paintWords } from "./standard-body.js";
import { styleFor, type RenderOptions } from "./style.js";
import { visible, wrap } from "./terminal-text.js";

const BINDS = "How it binds: ";

/**
 * The line (wrapped under its label) saying how a standard binds and what narrows it; `indent`
 * puts it in with the standard's words, where standards follow one another in a list.
 */
export function bindingLine(strength: Strength, qualifiers: readonly string[], options: RenderOptions, indent = ""): string {
  const qualified = qualifiers.length > 0 ? `${strength} (${qualifiers.map(visible).join("; ")})` : strength;
  // Labelled: a bare "requires" under a standard reads as part of it, or as nothing.
  return wrap(paintWords(styleFor(options).label, qualified), options.width, indent + " ".repeat(BINDS.length), indent + BINDS);
}
