// Flash cards as a text file Anki imports as it is (Anki manual, "Importing › Text Files › File
// Headers", Anki 2.1.55+): tab-separated fields, HTML allowed, the note type, deck, column names
// and the tags column named in #key:value header lines. With #html:true a field's text is HTML:
// <, > and & are escaped, and a line break is <br> (a raw newline or tab would end the field or
// the note). A line starting with # is a comment to Anki, so a field never starts with one.
import { remembered } from "../core/remembered.js";
import type { Card } from "../core/study/cards.js";
import type { Standard } from "../model.js";
import { visible } from "./terminal-text.js";

export type AnkiNoteType = "Basic" | "Cloze";

/** What escapeAnkiHtml changes besides what `visible` pictures. */
const HTML_OR_BREAK = /[&<>"\t\r\n]/;

export function escapeAnkiHtml(text: string): string {
  // most texts need nothing: tested, not split and replaced four times (a thousand codes' cards)
  if (!HTML_OR_BREAK.test(text) && visible(text) === text) return text;
  return escapeNow(text);
}

function escapeNow(text: string): string {
  // Tabs and line breaks become HTML before the rest is made visible, which would picture them.
  return text
    .split(/(\r?\n|\t)/)
    .map((part) => {
      if (part === "\t") return "&#9;";
      if (part === "\n" || part === "\r\n") return "<br>";
      return visible(part).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
    })
    .join("");
}

/** Items, the source's notes and our editor's notes, after the text: a standard is never shown without them. */
function rest(standard: Standard): string {
  // built by appending: a hundred thousand cards made arrays of each part to join
  let text = "";
  for (const item of standard.items) text += `<br>${escapeAnkiHtml(item.label)}. ${escapeAnkiHtml(item.text)}`;
  for (const note of standard.notes) text += `<br><i>Note:</i> ${escapeAnkiHtml(note)}`;
  for (const remark of standard.editorial) text += `<br><i>Editor's note: ${escapeAnkiHtml(remark)}</i>`;
  return text;
}

/** The text with its telling word as Anki's cloze deletion; the whole text where there is none. */
function clozeText(card: Card): string {
  const { text } = card.standard;
  if (!card.blank) return `{{c1::${escapeAnkiHtml(text)}}}`;
  const { start, end } = card.blank;
  return `${escapeAnkiHtml(text.slice(0, start))}{{c1::${escapeAnkiHtml(text.slice(start, end))}}}${escapeAnkiHtml(text.slice(end))}`;
}

function fields(card: Card, noteType: AnkiNoteType): string[] {
  const citation = escapeAnkiHtml(card.standard.citation);
  if (noteType === "Basic") return [citation, escapeAnkiHtml(card.standard.text) + rest(card.standard)];
  return [`<b>${citation}</b><br>${clozeText(card)}${rest(card.standard)}`, escapeAnkiHtml(card.codeTitle)];
}

/** `#deck:` takes a name where :: makes a subdeck; nothing else in it may end the line. */
function deckName(name: string): string {
  return visible(name).replace(/[\t\r\n]/g, " ");
}

/** The header lines of an Anki file; the cards' rows (renderAnkiRows) follow. */
export function renderAnkiHeader(noteType: AnkiNoteType, deck: string): string {
  const columns = noteType === "Basic" ? ["Front", "Back", "Tags"] : ["Text", "Back Extra", "Tags"];
  const lines = [
    "#separator:tab",
    "#html:true",
    `#notetype:${noteType}`,
    `#deck:${deckName(deck)}`,
    `#columns:${columns.join("\t")}`,
    `#tags column:${columns.length}`,
  ];
  return lines.join("\n") + "\n";
}

/** Tags as the tags column writes them, by the tag: a library's cards share a few hundred tags. */
const visibleTags = new Map<string, string>();
const TAGS_KEPT = 65_536;

function visibleTag(tag: string): string {
  return remembered(visibleTags, TAGS_KEPT, tag, () => visible(tag));
}

/** A note a card, a line each. */
export function renderAnkiRows(cards: readonly Card[], noteType: AnkiNoteType): string {
  // one flat string joined from the lines: a string grown row by row is a rope to flatten on writing
  const lines: string[] = [];
  for (const card of cards) {
    const [first, second] = fields(card, noteType) as [string, string];
    let tags = "";
    for (const [at, tag] of card.tags.entries()) tags += at > 0 ? ` ${visibleTag(tag)}` : visibleTag(tag);
    // a line starting with # is a comment to Anki
    lines.push(`${first.charCodeAt(0) === 0x23 ? `&#35;${first.slice(1)}` : first}\t${second}\t${tags}\n`);
  }
  return lines.join("");
}

export function renderAnki(cards: readonly Card[], noteType: AnkiNoteType, deck: string): string {
  return renderAnkiHeader(noteType, deck) + renderAnkiRows(cards, noteType);
}
