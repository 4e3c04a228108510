// A standalone, printable handout: one HTML file with its stylesheet inline, nothing fetched and
// no script (a Content-Security-Policy forbids both). Every text from the data is escaped.
import type { Handout, TopicColumn } from "../core/study/handout.js";
import type { Code, Standard, Strength, Topic } from "../model.js";
import { HANDOUT_CSS } from "./html-style.js";
import { visible } from "./terminal-text.js";

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  // one pass: a thousand codes' handout escapes some 300,000 texts
  return visible(text).replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

/** An id for an anchor, from slugs already safe; escaped all the same (where escaping could change it). */
function anchor(...parts: (string | number)[]): string {
  const id = parts.join("-");
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

function strengthBadge(strength: Strength | null): string {
  return strength === null ? '<span class="silent">not addressed</span>' : `<span class="strength ${strength}">${strength}</span>`;
}

/** The items, the source's notes and our editor's notes of a standard. */
function standardRest(standard: Standard): string[] {
  const lines: string[] = [];
  if (standard.items.length > 0) {
    lines.push('<ul class="items">');
    for (const item of standard.items) lines.push(`<li><span class="label">${escapeHtml(item.label)}.</span> ${escapeHtml(item.text)}</li>`);
    lines.push("</ul>");
  }
  for (const note of standard.notes) lines.push(`<p class="note"><span class="tag">Note:</span> ${escapeHtml(note)}</p>`);
  for (const remark of standard.editorial) lines.push(`<p class="editorial">Editor’s note: ${escapeHtml(remark)}</p>`);
  return lines;
}

function numberedStandard(standard: Standard): string[] {
  return [
    `<div class="standard" id="${anchor(standard.code, standard.section, standard.number)}">`,
    `<p><span class="number">${standard.number}.</span> ${escapeHtml(standard.text)}</p>`,
    ...standardRest(standard),
    "</div>",
  ];
}

function provenance(code: Code): string[] {
  const { source } = code;
  const facts: [string, string | undefined][] = [
    ["Issued by", source.issuer],
    ["Adopted", source.adopted],
    ["Notice", source.notice],
    ["Statement", source.statement],
    ["Attribution", source.attribution],
    ["Transcribed from", source.document],
  ];
  const present = facts.filter((fact): fact is [string, string] => fact[1] !== undefined);
  if (present.length === 0) return [];
  return ['<dl class="provenance">', ...present.map(([label, value]) => `<dt>${label}</dt><dd>${escapeHtml(value)}</dd>`), "</dl>"];
}

function codeArticle(code: Code): string[] {
  const lines = [`<article class="code" id="${anchor(code.id)}">`, "<header>", `<h1>${escapeHtml(code.title)}</h1>`, `<p class="jurisdiction">${escapeHtml(code.jurisdiction)}</p>`, ...provenance(code), "</header>"];
  if (code.preamble.length > 0) {
    lines.push('<section class="preamble">');
    for (const paragraph of code.preamble) {
      if (paragraph.heading) lines.push(`<h3>${escapeHtml(paragraph.heading)}</h3>`);
      lines.push(`<p>${escapeHtml(paragraph.text)}</p>`);
    }
    lines.push("</section>");
  }
  if (code.values.length > 0) {
    lines.push('<section class="values">', "<h2>Values</h2>");
    for (const value of code.values) lines.push(`<div class="standard"><p><span class="number">${value.number}.</span> ${escapeHtml(value.text)}</p></div>`);
    lines.push("</section>");
  }
  for (const section of code.sections) {
    lines.push(`<section class="standards" id="${anchor(code.id, section.id)}">`, `<h2>${escapeHtml(section.title)}</h2>`);
    if (section.intro) lines.push(`<p class="intro">${escapeHtml(section.intro)}</p>`);
    for (const standard of section.standards) lines.push(...numberedStandard(standard));
    lines.push("</section>");
  }
  if (code.definitions.length > 0) {
    lines.push('<section class="definitions">', "<h2>Definitions</h2>", '<dl class="definitions">');
    for (const definition of code.definitions) lines.push(`<dt>${escapeHtml(definition.term)}</dt><dd>${escapeHtml(definition.text)}</dd>`);
    lines.push("</dl>", "</section>");
  }
  if (code.attestation) lines.push('<section class="attestation">', "<h2>Attestation</h2>", `<p>${escapeHtml(code.attestation)}</p>`, "</section>");
  if (code.references.length > 0) {
    lines.push('<section class="sources">', "<h2>Sources</h2>", "<ul>", ...code.references.map((reference) => `<li>${escapeHtml(reference)}</li>`), "</ul>", "</section>");
  }
  lines.push("</article>");
  return lines;
}

function topicCell(column: TopicColumn): string[] {
  if (column.standards.length === 0) return ['<td><p class="silent">Not addressed.</p></td>'];
  const lines = ["<td>"];
  for (const { standard, strength, qualifiers } of column.standards) {
    lines.push(
      `<div class="standard" id="${anchor(standard.code, standard.section, standard.number)}">`,
      `<p><span class="citation">${escapeHtml(standard.citation)}</span> ${strengthBadge(strength)}${
        qualifiers.length > 0 ? ` <span class="qualifiers">(${qualifiers.map(escapeHtml).join("; ")})</span>` : ""
      }</p>`,
      `<p>${escapeHtml(standard.text)}</p>`,
      ...standardRest(standard),
      "</div>",
    );
  }
  lines.push("</td>");
  return lines;
}

/** The title of a handout of whole codes. */
export function codesTitle(codes: readonly Code[]): string {
  return codes.length === 1 ? codes[0]!.title : "Codes of ethics for peer support";
}

/** One code of a handout of whole codes, as it goes out between pageHead(codesTitle(…), "codes") and pageTail. */
export function renderCodeArticle(code: Code): string {
  return htmlLines(codeArticle(code));
}

/** A topic handout up to its columns' cells (renderTopicCell each), then renderTopicTail. */
export function renderTopicHead(topic: Topic, columns: readonly TopicColumn[]): string {
  const body = [
    `<h1>${escapeHtml(topic.name)}</h1>`,
    `<p class="jurisdiction">${escapeHtml(topic.description)}</p>`,
    '<table class="crosswalk">',
    "<thead><tr>",
    ...columns.map((column) => `<th>${escapeHtml(column.code.shortName)}<br>${strengthBadge(column.strength)}</th>`),
    "</tr></thead>",
    "<tbody><tr>",
  ];
  return pageHead(`${topic.name}: what each code says`, "topic") + htmlLines(body);
}

export function renderTopicCell(column: TopicColumn): string {
  return htmlLines(topicCell(column));
}

export function renderTopicTail(): string {
  return htmlLines(["</tr></tbody>", "</table>"]) + pageTail();
}

export function renderHtml(handout: Handout): string {
  if (handout.kind === "codes") return page(codesTitle(handout.codes), "codes", handout.codes.flatMap(codeArticle));
  return renderTopicHead(handout.topic, handout.columns) + handout.columns.map(renderTopicCell).join("") + renderTopicTail();
}
