// A standard's body as every command shows it: its text, its lettered items, the source's own
// notes, and the editor's notes marked as such. One renderer, used by show, search, topic and
// diff, so that no command can show a standard without the rest of it.
import type { Standard } from "../model.js";
import type { Paint, RenderOptions, Style } from "./style.js";
import { printedItemLabel } from "../core/codes/slug.js";
import { visibleLength } from "../core/text-width.js";
import { HANGING_ROOM, phrasesKeepingNames, visible, wrap, wrapPhrases } from "./terminal-text.js";

export type StandardBody = Pick<Standard, "text" | "items" | "notes" | "editorial">;

export interface BodyLayout {
  /** How every line after the first starts. */
  indent: string;
  /** How the first line starts (a number, "A: "); the indent if not given. */
  firstIndent?: string;
  /** Marks words of the text, items and the source's notes (search's matches); editor's notes are never marked. */
  mark?: Paint;
  /** Names (a code's, a section's title) an editor's note keeps whole where a line holds them. */
  names?: readonly string[];
}

export const EDITORS_NOTE = "Editor's note:";
const NOTE = "Note:";

/** Style each word on its own so that wrapping never splits an escape sequence. */
export function paintWords(paint: Paint, text: string): string {
  return text
    .split(" ")
    .map((word) => (word === "" ? word : paint(word)))
    .join(" ");
}

/**
 * A remark of the editor's, dimmed and labelled, its lines aligned after the label where that
 * leaves them room (HANGING_ROOM), else two columns in: at COLUMNS=30, 19 columns in, the lines
 * held a word or two each. Each of `names` it holds is kept whole where a line holds it.
 */
export function renderEditorsNote(remark: string, options: RenderOptions, style: Style, indent: string, names: readonly string[] = []): string {
  const aligned = indent + " ".repeat(EDITORS_NOTE.length + 1);
  const hanging = options.width - visibleLength(aligned) < HANGING_ROOM ? indent + "  " : aligned;
  const label = indent + style.dim(EDITORS_NOTE) + " ";
  const phrases = phrasesKeepingNames(visible(remark), names, options.width - visibleLength(hanging));
  // Without a name in it, a remark wraps as prose always has.
  if (phrases.every((phrase) => !phrase.includes(" "))) return wrap(paintWords(style.dim, visible(remark)), options.width, hanging, label);
  return wrapPhrases(
    phrases.map((phrase) => paintWords(style.dim, phrase)),
    options.width,
    hanging,
    label,
  );
}

/**
 * Columns a label may take before the text it labels: "a. ", "iii. ", "(12)(b). ". A longer one
 * (a file's whole clause number, or a runaway) stands on a line of its own, the text under it:
 * beside it, the text hung in a column past it (60 columns in, a word a line) or, where the
 * hanging indent is fixed, ran off the line.
 */
const LABEL_BESIDE_MOST = 12;

/**
 * An item: its label, then its text wrapped to `width`, continuing at `hanging` (under the text,
 * past the label, if not given). `text` is made visible (and marked) already; `label` not yet.
 */
export function renderItem(label: string, text: string, width: number, indent: string, hanging?: string): string {
  // Padded and hung by display columns, not UTF-16 units: "甲. " takes four columns in three
  // units, "𝐜. " three in four, and the text's next lines stood a column off the first's.
  const shown = `${visible(printedItemLabel(label))} `;
  const labelled = shown + " ".repeat(Math.max(0, 3 - visibleLength(shown)));
  const labelWidth = visibleLength(labelled);
  if (labelWidth <= LABEL_BESIDE_MOST) return wrap(text, width, hanging ?? indent + " ".repeat(labelWidth), indent + labelled);
  const under = indent + "   ";
  return `${wrap(labelled.trimEnd(), width, under, indent)}\n${wrap(text, width, hanging ?? under, under)}`;
}

export function renderStandardBody(body: StandardBody, options: RenderOptions, style: Style, layout: BodyLayout): string {
  const { indent } = layout;
  const mark = layout.mark ?? ((text: string) => text);
  const lines = [wrap(mark(visible(body.text)), options.width, indent, layout.firstIndent ?? indent)];
  for (const item of body.items) lines.push(renderItem(item.label, mark(visible(item.text)), options.width, indent));
  for (const note of body.notes) {
    lines.push(wrap(mark(visible(note)), options.width, indent + " ".repeat(NOTE.length + 1), indent + style.label(NOTE) + " "));
  }
  for (const remark of body.editorial) lines.push(renderEditorsNote(remark, options, style, indent, layout.names));
  return lines.join("\n");
}
