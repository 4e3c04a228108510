// Flash cards as a text file Anki imports as it is (Anki manual, "Importing › Text Files › File
// Headers", Anki 2.1.55+): tab-separated fields, HTML allowed, the note type, deck, column names
// and the tags column named in #key:value header lines. With #html:true a field's text is HTML:
// <, > and & are escaped, and a line break is <br> (a raw newline or tab would end the field or
// the note). A line starting with # is a comment to Anki, so a field never starts with one.
//
// Anki reads cloze markup in a field's HTML as it is stored (rslib cloze.rs): "{{c<n>::" opens a
// deletion, "}}" closes one, and the first "::" inside one starts its hint. A code's own words
// may hold any of these ("see {{c1::agency policy}}"): written as they are they would make cards
// of their own, nest in ours, or cut our deletion short. So two braces in a row of the source's
// text are kept apart by a zero width joiner, as are two colons inside our deletion. Anki shows
// the same characters (a joiner between two braces draws nothing), and its cloze reader no longer
// sees markup. It is written as the entity &#8205;, so that the file shows where it is; Anki's
// editor, saving a note, writes the character itself, which keeps the braces apart just the
// same. An entity for the brace itself (&#123;) would not survive that: the editor writes it back
// as "{", and the markup would come back on the first edit.
//
// Anki also reads "[sound:file]" in a field as media to play (and to look for in its media
// folder), and "[anki:tts …]…[/anki:tts]" as text to speak (rslib text.rs, AV tags; some tools
// read them in any case): the same joiner after the "[" keeps a code's words from sounding.
//
// And it reads math. "[latex]…[/latex]", "[$]…[/$]" and "[$$]…[/$$]", in any case, are LaTeX
// it typesets into an image (rslib latex.rs, a pattern over the stored HTML): the joiner after
// their "[" too. "\(…\)" and "\[…\]" are MathJax, which the card's page typesets from the text
// it shows (and rslib cloze.rs reads, to leave deletions inside math alone): an entity for the
// backslash would not do, as the page decodes it back into "\" before MathJax reads the text.
// The joiner goes between the backslash and the bracket, in the stored HTML and in the text
// shown: no delimiter is left, and the card shows the code's words.
import { printedItemLabel } from "../core/codes/slug.js";
import { remembered } from "../core/remembered.js";
import type { Card } from "../core/study/cards.js";
import type { SituationCard } from "../core/study/situation-cards.js";
import type { Standard } from "../model.js";
import { isolated } from "./bidi-isolate.js";
import { visible } from "./terminal-text.js";

export type AnkiNoteType = "Basic" | "Cloze";

/** What escapeAnkiHtml changes besides what `visible` pictures. */
const HTML_OR_BREAK = /[&<>"\t\r\n{}[\\]/;

/** Keeps apart what would read as cloze markup (see above): it draws nothing. */
const JOINER = "&#8205;";
/** The first brace of two in a row ("{{", "}}"; in "{{{" the first two). */
const DOUBLE_BRACE = /([{}])(?=\1)/g;
const DOUBLE_COLON = /:(?=:)/g;
/**
 * The character a joiner follows to keep Anki from reading markup (see above): the "[" of a
 * sound or speech tag, or of a LaTeX tag, opening or closing; the backslash of a MathJax
 * delimiter.
 */
const MARKUP_START = /\[(?=(?:sound|anki):|\/?(?:latex|\$\$?)\])|\\(?=[()[\]])/gi;

/**
 * Set while writing the cards of a code whose every string `visible` leaves as it is
 * (plain-text.ts): none is tested again. Its substrings and their joins with ASCII are such
 * strings too (no character of it is one `visible` changes, nor a line break or a tab).
 */
let escapingPlainText = false;

export function escapeAnkiHtml(text: string): string {
  // most texts need nothing: tested, not split and replaced four times (a thousand codes' cards)
  if (!HTML_OR_BREAK.test(text) && (escapingPlainText || visible(text) === text)) return text;
  return escapeNow(text);
}

function escapeNow(text: string): string {
  // Tabs and line breaks become HTML before the rest is made visible, which would picture them;
  // most texts sent here have neither (a quote or an ampersand sent them), and are not split.
  if (!text.includes("\n") && !text.includes("\t")) return escapedPart(text);
  return text
    .split(/(\r?\n|\t)/)
    .map((part) => (part === "\t" ? "&#9;" : part === "\n" || part === "\r\n" ? "<br>" : escapedPart(part)))
    .join("");
}

/** Cloze markup, a sound or LaTeX tag or a MathJax delimiter may start with one of these. */
const MARKUP_CHARACTER = /[{}[\\]/;

/** A part of a text without line breaks and tabs, made visible and escaped. */
function escapedPart(part: string): string {
  const html = htmlEscaped(escapingPlainText ? part : visible(part));
  return MARKUP_CHARACTER.test(html) ? html.replace(DOUBLE_BRACE, `$1${JOINER}`).replace(MARKUP_START, `$&${JOINER}`) : html;
}

/**
 * &, <, > and " as entities, in one pass over the text: four replaces, a pass each, were ~2 us
 * a text sent here (of a Medi-Cal-sized code's cards, one text in thirteen).
 */
function htmlEscaped(text: string): string {
  let html = "";
  let from = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code > 0x3e) continue;
    const entity = code === 0x26 ? "&amp;" : code === 0x3c ? "&lt;" : code === 0x3e ? "&gt;" : code === 0x22 ? "&quot;" : null;
    if (entity === null) continue;
    html += text.slice(from, at) + entity;
    from = at + 1;
  }
  return from === 0 ? text : html + text.slice(from);
}

/** Items, the source's notes and our editor's notes, after the text: a standard is never shown without them. */
function rest(standard: Standard): string {
  // built by appending: a hundred thousand cards made arrays of each part to join
  let text = "";
  for (const item of standard.items) text += `<br>${escapeAnkiHtml(printedItemLabel(item.label))} ${isolated(escapeAnkiHtml(item.text))}`;
  for (const note of standard.notes) text += `<br><i>Note:</i> ${isolated(escapeAnkiHtml(note))}`;
  for (const remark of standard.editorial) text += `<br><i>Editor's note: ${isolated(escapeAnkiHtml(remark))}</i>`;
  return text;
}

/**
 * Escaped text as the one cloze deletion of a card: a "::" in it would start a hint, and a "}"
 * at its end would close it with our first brace, leaving the second outside (see above).
 */
function deletion(html: string): string {
  const inside = html.includes("::") ? html.replace(DOUBLE_COLON, `:${JOINER}`) : html;
  return `{{c1::${inside}${inside.endsWith("}") ? JOINER : ""}}}`;
}

/**
 * `text` from `from` to `to`, escaped, with the joiner after every character that starts
 * markup (MARKUP_START) in the whole text. A slice alone cannot see markup cut by the deletion:
 * of "[sound:x.mp3]" with "sound" hidden, "[" ends the slice before, and the card's back, the
 * deletion filled in, would play x.mp3; of "[latex]" with "latex" hidden, it would typeset.
 */
function escapeAnkiSlice(text: string, from: number, to: number): string {
  let escaped = "";
  let at = from;
  const tag = new RegExp(MARKUP_START.source, "gi");
  tag.lastIndex = from;
  for (let found = tag.exec(text); found && found.index < to; found = tag.exec(text)) {
    escaped += escapeAnkiHtml(text.slice(at, found.index + 1)) + JOINER;
    at = found.index + 1;
  }
  return escaped + escapeAnkiHtml(text.slice(at, to));
}

/** The text with its telling word as Anki's cloze deletion; the whole text where there is none. */
function clozeText(card: Card): string {
  const { text } = card.standard;
  if (!card.blank) return deletion(escapeAnkiHtml(text));
  const { start, end } = card.blank;
  return `${escapeAnkiSlice(text, 0, start)}${deletion(escapeAnkiSlice(text, start, end))}${escapeAnkiSlice(text, end, text.length)}`;
}

/** A card's fields; a text in a right-to-left script is isolated, as in the handout (bidi-isolate.ts): Anki shows a card as a web page. */
function fields(card: Card, noteType: AnkiNoteType): string[] {
  const citation = isolated(escapeAnkiHtml(card.standard.citation));
  if (noteType === "Basic") return [citation, isolated(escapeAnkiHtml(card.standard.text)) + rest(card.standard)];
  return [`<b>${citation}</b><br>${isolated(clozeText(card))}${rest(card.standard)}`, isolated(escapeAnkiHtml(card.codeTitle))];
}

/**
 * A deck and its subdecks, as Anki names them: joined by "::", where Anki splits the name, left
 * to right. Colons of a name's own (a user's short name "County::Riverside", "County:::Riverside")
 * would make subdecks of its parts, and one at its end a subdeck of the separator's second colon
 * ("Riverside:" + "::Gifts"): a zero width joiner, which shows nothing, follows each colon that
 * another colon follows, and a name's last.
 */
export function deckPath(names: readonly string[]): string {
  return names.map((name) => name.replace(/:(?=:)|:$/g, ":\u200d")).join("::");
}

/**
 * `#deck:` takes a name where :: makes a subdeck; nothing else in it may end the line. The
 * joiners deckPath puts after a name's colons are kept (`visible` names a joiner between ASCII
 * characters, which elsewhere only hides).
 */
function deckName(name: string): string {
  return name
    .split(/(?<=:)\u200d/)
    .map((part) => visible(part).replace(/[\t\r\n]/g, " "))
    .join("\u200d");
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

/**
 * A note a card, a line each. `plainText`: the cards are of one code, marked as holding nothing
 * `visible` would change (plain-text.ts), whose texts are not tested for it again: of the Anki
 * export of a thousand codes, ~30 ms of CPU in half a million texts.
 */
export function renderAnkiRows(cards: readonly Card[], noteType: AnkiNoteType, plainText = false): string {
  escapingPlainText = plainText;
  try {
    return rowsOf(cards, noteType);
  } finally {
    escapingPlainText = false;
  }
}

function rowsOf(cards: readonly Card[], noteType: AnkiNoteType): string {
  // one flat string joined from the lines: a string grown row by row is a rope to flatten on writing
  const lines: string[] = [];
  // A card's tags are mostly the card before's, the same strings in the same places (its code,
  // its section, often a topic): the last tag in each place and how it is written, before the
  // memo is asked (~650,000 tags in the Anki export of a thousand codes).
  const lastTags: string[] = [];
  const lastWritten: string[] = [];
  for (const card of cards) {
    const [first, second] = fields(card, noteType) as [string, string];
    let tags = "";
    for (let at = 0; at < card.tags.length; at++) {
      const tag = card.tags[at]!;
      let written = lastWritten[at];
      if (lastTags[at] !== tag) {
        lastTags[at] = tag;
        lastWritten[at] = written = visibleTag(tag);
      }
      tags += at > 0 ? ` ${written}` : written;
    }
    lines.push(ankiRow(first, second, tags));
  }
  return lines.join("");
}

/** A note's line: its two fields and its tags, a tab apart; a first field starting with # made an entity, as a line starting with # is a comment to Anki. */
function ankiRow(first: string, second: string, tags: string): string {
  return `${first.charCodeAt(0) === 0x23 ? `&#35;${first.slice(1)}` : first}\t${second}\t${tags}\n`;
}

export function renderAnki(cards: readonly Card[], noteType: AnkiNoteType, deck: string): string {
  return renderAnkiHeader(noteType, deck) + renderAnkiRows(cards, noteType);
}

/**
 * Situation cards (situation-cards.ts), a line each: on the front the question and the code it
 * asks of; on the back each standard that governs it, its citation in bold, whole, then the
 * matter as the concept index names it.
 */
export function renderSituationRows(cards: readonly SituationCard[]): string {
  return cards
    .map((card) => {
      const front = `${isolated(escapeAnkiHtml(card.question))}<br><i>${isolated(escapeAnkiHtml(card.code.shortName))}</i>`;
      const standards = card.standards.map((standard) => `<b>${isolated(escapeAnkiHtml(standard.citation))}</b><br>${isolated(escapeAnkiHtml(standard.text))}${rest(standard)}`);
      const matter = `<i>${escapeAnkiHtml(card.concept.name)}: ${escapeAnkiHtml(card.concept.description)}</i>`;
      // Standards the code's file leaves untagged, whose words read as on this matter: one may decide it.
      const untagged = card.untagged.map((standard) => isolated(escapeAnkiHtml(standard.citation)));
      const unread =
        untagged.length === 0
          ? []
          : [`<i>Also perhaps on this matter, but not tagged with it in ${isolated(escapeAnkiHtml(card.code.shortName))}'s file and so not shown: ${untagged.join(", ")}.</i>`];
      return ankiRow(front, [...standards, matter, ...unread].join("<br><br>"), card.tags.map(visibleTag).join(" "));
    })
    .join("");
}
