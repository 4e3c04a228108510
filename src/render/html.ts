// A standalone, printable handout: one HTML file with its stylesheet inline, nothing fetched and
// no script (a Content-Security-Policy forbids both). Every text from the data is escaped.
import { citedTitles } from "../core/codes/cited-title.js";
import { printedItemLabel } from "../core/codes/slug.js";
import type { DiscussionPoint, Handout, TopicColumn } from "../core/study/handout.js";
import type { Code, Standard, Strength, Topic } from "../model.js";
import { isolated } from "./bidi-isolate.js";
import { HANDOUT_CSS } from "./html-style.js";
import { hasPlainText } from "./plain-text.js";
import { adaptedFrom, NO_SCOPE, provenanceFacts, titlesOf, type CodeTitles } from "./provenance.js";
import { visible } from "./terminal-text.js";

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

const SPECIAL = /[&<>"']/;
const EVERY_SPECIAL = /[&<>"']/g;

/** Text with HTML's special characters as entities; tested first, as most texts have none (a thousand codes' handout escapes some 300,000). */
function escapeMarkup(text: string): string {
  return SPECIAL.test(text) ? text.replace(EVERY_SPECIAL, (char) => ENTITIES[char]!) : text;
}

export function escapeHtml(text: string): string {
  return escapeMarkup(visible(text));
}

/** Text of the data as an element's content, isolated where it is written right to left (bidi-isolate.ts); not for a <title> or an attribute, which hold no markup. */
export const contentHtml = (text: string): string => isolated(escapeHtml(text));
/** The same for a code known to be plain text (plain-text.ts): `visible` would change nothing. */
const contentMarkup = (text: string): string => isolated(escapeMarkup(text));

/** How a text of the data is written into the page. */
type Escape = (text: string) => string;

/**
 * An id for an anchor, from slugs already safe; escaped all the same (where escaping could change
 * it). Its parts are joined by "_", which no slug holds: joined by "-", code a-b's section c and
 * code a's section b-c were both "a-b-c", one id on two places of one page.
 */
function anchor(...parts: (string | number)[]): string {
  const id = parts.join("_");
  return /^[\w-]*$/.test(id) ? id : escapeHtml(id);
}

/** The page up to its body's content: a page is pageHead, the body's lines (htmlLines), pageTail. */
export function pageHead(title: string, bodyClass: string): string {
  return (
    [
      "<!doctype html>",
      '<html lang="en">',
      "<head>",
      '<meta charset="utf-8">',
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      `<title>${escapeHtml(title)}</title>`,
      `<style>${HANDOUT_CSS}</style>`,
      "</head>",
      `<body class="${bodyClass}">`,
    ].join("\n") + "\n"
  );
}

export function pageTail(): string {
  return ['<footer class="printed">The codes’ own words, in their own order, from <i>ethics</i>. Editor’s notes are ours, not the source’s.</footer>', "</body>", "</html>", ""].join("\n");
}

/** Lines of a page's body as they go out, each ended. */
function htmlLines(lines: readonly string[]): string {
  return lines.length === 0 ? "" : lines.join("\n") + "\n";
}

function page(title: string, bodyClass: string, body: string[]): string {
  return pageHead(title, bodyClass) + htmlLines(body) + pageTail();
}

/** `inferred`: the code's concepts are inferred, which finds about half a reader's: where it found none, the code may still speak. */
function strengthBadge(strength: Strength | null, inferred = false): string {
  if (strength === null) return `<span class="silent">${inferred ? "none found (inferred)" : "not addressed"}</span>`;
  return `<span class="strength ${strength}">${strength}</span>`;
}

/** The items, the source's notes and our editor's notes of a standard. */
function standardRest(standard: Standard, escape: Escape = contentHtml): string[] {
  const lines: string[] = [];
  if (standard.items.length > 0) {
    lines.push('<ul class="items">');
    for (const item of standard.items) lines.push(`<li><span class="label">${escape(printedItemLabel(item.label))}</span> ${escape(item.text)}</li>`);
    lines.push("</ul>");
  }
  for (const note of standard.notes) lines.push(`<p class="note"><span class="tag">Note:</span> ${escape(note)}</p>`);
  for (const remark of standard.editorial) lines.push(`<p class="editorial">Editor’s note: ${escape(remark)}</p>`);
  return lines;
}

function numberedStandard(standard: Standard, escape: Escape): string[] {
  return [
    `<div class="standard" id="${anchor(standard.code, standard.section, standard.number)}">`,
    `<p><span class="number">${standard.number}.</span> ${escape(standard.text)}</p>`,
    ...standardRest(standard, escape),
    "</div>",
  ];
}

const editorsNote = (remark: string, escape: Escape): string => `<p class="editorial">Editor’s note: ${escape(remark)}</p>`;

/**
 * The code's title, jurisdiction and provenance as `show` and the Markdown export give them
 * (provenance.ts): the document, its issuer and the rest, what it was adapted from, whom it
 * binds, each with our editor's note on it where there is one.
 */
function codeHeader(code: Code, titles: CodeTitles, escape: Escape): string[] {
  const { editorial } = code;
  const lines = ["<header>", `<h1>${escape(code.title)}</h1>`, `<p class="jurisdiction">${escape(code.jurisdiction)}</p>`];
  if (editorial.title) lines.push(editorsNote(editorial.title, escape));
  lines.push('<dl class="provenance">');
  const fact = (label: string, value: string, remark: string | undefined) =>
    lines.push(`<dt>${label}</dt><dd>${value}${remark ? editorsNote(remark, escape) : ""}</dd>`);
  for (const { label, value, remark } of provenanceFacts(code)) fact(label, escape(value), remark);
  const parent = adaptedFrom(code, (id) => titles.get(id));
  if (parent !== undefined) fact("Adapted from", escape(parent), editorial.derivedFrom);
  fact("Scope", code.scope === null ? NO_SCOPE : `“${escape(code.scope)}”`, editorial.scope);
  lines.push("</dl>", "</header>");
  return lines;
}

/** A code's article; `escape`, for a code known to be plain text (plain-text.ts), may leave `visible` out. */
function codeArticle(code: Code, titles: CodeTitles, escape: Escape = contentHtml): string[] {
  const { editorial } = code;
  const lines = [`<article class="code" id="${anchor(code.id)}">`, ...codeHeader(code, titles, escape)];
  if (code.preamble.length > 0) {
    lines.push('<section class="preamble">');
    for (const paragraph of code.preamble) {
      if (paragraph.heading) lines.push(`<h2>${escape(paragraph.heading)}</h2>`);
      lines.push(`<p>${escape(paragraph.text)}</p>`);
    }
    lines.push("</section>");
  }
  if (code.values.length > 0) {
    lines.push('<section class="values">', "<h2>Values</h2>");
    for (const value of code.values) lines.push(`<div class="standard"><p><span class="number">${value.number}.</span> ${escape(value.text)}</p></div>`);
    lines.push("</section>");
  }
  const headings = citedTitles(code.sections, code.values.length > 0);
  for (const [sectionAt, section] of code.sections.entries()) {
    lines.push(`<section class="standards" id="${anchor(code.id, section.id)}">`, `<h2>${escape(headings[sectionAt]!)}</h2>`);
    if (section.editorial.title) lines.push(editorsNote(section.editorial.title, escape));
    if (section.intro) lines.push(`<p class="intro">${escape(section.intro)}</p>`);
    if (section.editorial.intro) lines.push(editorsNote(section.editorial.intro, escape));
    for (const standard of section.standards) lines.push(...numberedStandard(standard, escape));
    lines.push("</section>");
  }
  if (code.definitions.length > 0) {
    lines.push('<section class="definitions">', "<h2>Definitions</h2>", '<dl class="definitions">');
    for (const definition of code.definitions) lines.push(`<dt>${escape(definition.term)}</dt><dd>${escape(definition.text)}</dd>`);
    lines.push("</dl>", "</section>");
  }
  if (code.attestation || code.signature.length > 0) {
    lines.push('<section class="attestation">', "<h2>Attestation</h2>");
    if (code.attestation) lines.push(`<p>${escape(code.attestation)}</p>`);
    if (editorial.attestation) lines.push(editorsNote(editorial.attestation, escape));
    // The lines to sign, each a line of its own, as the source sets them.
    for (const line of code.signature) lines.push(`<p class="signature">${escape(line)}</p>`);
    if (editorial.signature) lines.push(editorsNote(editorial.signature, escape));
    lines.push("</section>");
  }
  if (code.references.length > 0) {
    lines.push('<section class="sources">', "<h2>Sources</h2>", "<ul>", ...code.references.map((reference) => `<li>${escape(reference)}</li>`), "</ul>", "</section>");
  }
  lines.push("</article>");
  return lines;
}

/** The code has no standard on the topic, but general rules that bear on it: that is no silence. */
function hasOnlyGeneralRules(column: TopicColumn): boolean {
  return column.related.length > 0 && !column.inferred;
}

/** A column's reading under its code's name. */
function columnBadge(column: TopicColumn): string {
  return column.strength === null && hasOnlyGeneralRules(column) ? '<span class="silent">no standard of its own</span>' : strengthBadge(column.strength, column.inferred);
}

/**
 * The citations of standards whose concepts are the tool's guess (a user's code's untagged
 * standards, inferred from their wording): what `topic` marks "inferred". The handout said
 * nothing of it, and a trainer's own code read as curated as the five.
 */
export type Guessed = ReadonlySet<string>;

const NONE_GUESSED: Guessed = new Set();

/** How many of a column's standards are guessed, as `topic` says it: "3 of 4 inferred, not curated"; "" where none is. */
function guessedCount(column: TopicColumn, guessed: Guessed): string {
  const count = column.standards.filter(({ standard }) => guessed.has(standard.citation)).length;
  if (count === 0) return "";
  return count === column.standards.length ? "inferred, not curated" : `${count} of ${column.standards.length} inferred, not curated`;
}

/** A column's head: the code's name, marked where it is a user's code, its reading, and what of it is guessed. */
function columnHead(column: TopicColumn, guessed: Guessed): string {
  const origin = column.code.origin === "user" ? ' <span class="origin">(user code)</span>' : "";
  const count = guessedCount(column, guessed);
  return `<th>${contentHtml(column.code.shortName)}${origin}<br>${columnBadge(column)}${count === "" ? "" : `<br><span class="inferred">${count}</span>`}</th>`;
}

/** A standard whole in a topic's cell: `attributes` of its block, and `reading` after its citation. */
function standardBlock(standard: Standard, attributes: string, reading: string): string[] {
  return [`<div class="standard"${attributes}>`, `<p><span class="citation">${contentHtml(standard.citation)}</span>${reading}</p>`, `<p>${contentHtml(standard.text)}</p>`, ...standardRest(standard), "</div>"];
}

function topicCell(column: TopicColumn, guessed: Guessed): string[] {
  if (column.standards.length === 0 && hasOnlyGeneralRules(column)) {
    const said = `<p class="silent">No standard of its own. ${column.related.length === 1 ? "A general rule bears" : "General rules bear"} on it:</p>`;
    return ["<td>", said, ...column.related.flatMap((standard) => standardBlock(standard, "", "")), "</td>"];
  }
  if (column.standards.length === 0) return [`<td><p class="silent">${column.inferred ? "None found: this code's concepts are inferred from its wording." : "Not addressed."}</p></td>`];
  const lines = ["<td>"];
  // Each guess marked where some of the column's standards are not: where all are, its head says so.
  const eachMarked = !column.standards.every(({ standard }) => guessed.has(standard.citation));
  for (const { standard, strength, qualifiers } of column.standards) {
    const said = qualifiers.length > 0 ? ` <span class="qualifiers">(${qualifiers.map(contentHtml).join("; ")})</span>` : "";
    const guess = eachMarked && guessed.has(standard.citation) ? ' <span class="inferred">inferred</span>' : "";
    lines.push(...standardBlock(standard, ` id="${anchor(standard.code, standard.section, standard.number)}"`, ` ${strengthBadge(strength)}${guess}${said}`));
  }
  lines.push("</td>");
  return lines;
}

/** The title of a handout of whole codes. */
export function codesTitle(codes: readonly Code[]): string {
  return codes.length === 1 ? codes[0]!.title : "Codes of ethics for peer support";
}

/** One code of a handout of whole codes, as it goes out between pageHead(codesTitle(…), "codes") and pageTail. */
export function renderCodeArticle(code: Code, titles: CodeTitles = new Map()): string {
  return htmlLines(codeArticle(code, titles, hasPlainText(code) ? contentMarkup : contentHtml));
}

/**
 * The most codes side by side in one table: five fill a landscape page at some two inches a
 * column. More go on in further tables of as many: forty-six in one printed a letter or two a
 * line, the strengths overprinting each other.
 */
export const CODES_PER_TABLE = 5;

/** A table of the crosswalk up to its cells: the codes of `columns` at the head of theirs. */
function tableHead(columns: readonly TopicColumn[], guessed: Guessed): string[] {
  return [
    '<table class="crosswalk">',
    "<thead><tr>",
    ...columns.map((column) => columnHead(column, guessed)),
    "</tr></thead>",
    "<tbody><tr>",
  ];
}

const TABLE_TAIL = ["</tr></tbody>", "</table>"];

/** A topic handout up to its columns' cells (renderTopicCell each), then renderTopicTail; `guessed` as Guessed says. */
export function renderTopicHead(topic: Topic, columns: readonly TopicColumn[], guessed: Guessed = NONE_GUESSED): string {
  const body = [`<h1>${contentHtml(topic.name)}</h1>`, `<p class="jurisdiction">${contentHtml(topic.description)}</p>`, ...tableHead(columns.slice(0, CODES_PER_TABLE), guessed)];
  return pageHead(`${topic.name}: what each code says`, "topic") + htmlLines(body);
}

/** The cell of the `at`-th of `columns`, after the head of the next table where one begins there. */
export function renderTopicCell(column: TopicColumn, at = 0, columns: readonly TopicColumn[] = [column], guessed: Guessed = NONE_GUESSED): string {
  const next = at > 0 && at % CODES_PER_TABLE === 0 ? [...TABLE_TAIL, ...tableHead(columns.slice(at, at + CODES_PER_TABLE), guessed)] : [];
  return htmlLines([...next, ...topicCell(column, guessed)]);
}

/** "A", "A and B", "A, B and C": short names, escaped. */
function namesHtml(codes: readonly Code[]): string {
  const names = codes.map((code) => contentHtml(code.shortName));
  return names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/**
 * Where none of the handout's codes has a standard on a matter: that they are silent, or, for a
 * code whose concepts are inferred, that none was found, as its column says ("None found"): a
 * trainer's own code was said to have no standard on a matter the inference had only missed.
 */
function silence({ silent, unfound }: Pick<DiscussionPoint, "silent" | "unfound">): string {
  const silentSaid = silent.length === 1 && unfound.length === 0 ? `${namesHtml(silent)} has no standard on it.` : "None of these codes has a standard on it.";
  if (unfound.length === 0) return silentSaid;
  const one = unfound.length === 1;
  const guessed = `the concepts of ${namesHtml(unfound)} are inferred from ${one ? "its" : "their"} wording`;
  return silent.length === 0 ? `None found: ${guessed}.` : `None found: ${namesHtml(silent)} ${silent.length === 1 ? "has" : "have"} no standard on it, and ${guessed}.`;
}

/** The topic's questions to talk over, after the codes' words and told apart from them; a citation the tool guessed is marked. */
function discussionSection(discussion: readonly DiscussionPoint[], guessed: Guessed): string[] {
  if (discussion.length === 0) return [];
  const anyGuessed = discussion.some((point) => point.citations.some((citation) => guessed.has(citation)));
  const lines = [
    '<section class="discussion">',
    "<h2>For discussion</h2>",
    "<p class=\"intro\">Questions in practitioners’ words, from the concept index of <i>ethics</i>: not the codes’ words, which are above." +
      (anyGuessed ? " A citation marked inferred is the tool’s guess from a user code’s wording, not curated." : "") +
      "</p>",
  ];
  const cite = (citation: string) => contentHtml(citation) + (guessed.has(citation) ? ' <span class="inferred">(inferred)</span>' : "");
  for (const point of discussion) {
    const { concept, citations } = point;
    lines.push(
      '<div class="point">',
      `<h3>${contentHtml(concept.name)}</h3>`,
      citations.length > 0 ? `<p class="governed">${citations.map(cite).join("; ")}</p>` : `<p class="governed silent">${silence(point)}</p>`,
      "<ul>",
      ...concept.questions.map((question) => `<li>${contentHtml(question)}</li>`),
      "</ul>",
      "</div>",
    );
  }
  lines.push("</section>");
  return lines;
}

/** The end of a topic handout: the last table closed, the questions for discussion, the page's end. */
export function renderTopicTail(discussion: readonly DiscussionPoint[] = [], guessed: Guessed = NONE_GUESSED): string {
  return htmlLines([...TABLE_TAIL, ...discussionSection(discussion, guessed)]) + pageTail();
}

/** A handout whole; of a topic, `guessed` as Guessed says. */
export function renderHtml(handout: Handout, guessed: Guessed = NONE_GUESSED): string {
  if (handout.kind === "codes") {
    const titles = titlesOf(handout.codes);
    return page(codesTitle(handout.codes), "codes", handout.codes.flatMap((code) => codeArticle(code, titles)));
  }
  return (
    renderTopicHead(handout.topic, handout.columns, guessed) +
    handout.columns.map((column, at) => renderTopicCell(column, at, handout.columns, guessed)).join("") +
    renderTopicTail(handout.discussion, guessed)
  );
}
