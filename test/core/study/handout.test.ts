// The printable handout as HTML: standalone (nothing fetched, no script), every text escaped,
// a code whole, a topic's codes side by side with strength.
import { describe, expect, it } from "vitest";
import { topicDiscussion, topicHandout } from "../../../src/core/study/handout.js";
import { escapeHtml, renderHtml } from "../../../src/render/html.js";
import { allStandards, type Code } from "../../../src/model.js";
import { builtinLibrary, plainLibrary } from "./library.js";

const code = (id: string) => plainLibrary.codes.find((candidate) => candidate.id === id)!;
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&").replace(/\s+/g, " ");

describe("a handout of a code", () => {
  const html = renderHtml({ kind: "codes", codes: [code("alaska"), code("medi-cal")] });

  it("is one standalone page: inline CSS with a print stylesheet, nothing fetched, no script", () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
    expect(html).toMatch(/<style>[\s\S]*@media print \{[\s\S]*<\/style>/);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|\bsrc=|\bhref=/i);
  });

  it("holds the preamble, values, every section and standard with items and notes, and the attestation", () => {
    const words = text(html);
    for (const one of [code("alaska"), code("medi-cal")]) {
      for (const paragraph of one.preamble) expect(words).toContain(paragraph.text.replace(/\s+/g, " "));
      for (const value of one.values) expect(words).toContain(value.text);
      for (const section of one.sections) expect(words).toContain(section.title);
      for (const standard of allStandards(one)) {
        for (const part of [standard.text, ...standard.items.map((item) => item.text), ...standard.notes, ...standard.editorial]) expect(words).toContain(part);
      }
      expect(words).toContain(one.attestation!);
    }
    expect(html.match(/<article class="code"/g)).toHaveLength(2);
  });

  it("escapes every text from the data", () => {
    const evil: Code = {
      ...code("wisconsin"),
      id: "evil",
      title: `</title><script>alert(1)</script>`,
      preamble: [{ heading: `<img src=x onerror="alert(1)">`, text: `a & b < c > d "e" 'f'` }],
    };
    const page = renderHtml({ kind: "codes", codes: [evil] });
    expect(page).not.toContain("<script>");
    expect(page).not.toContain("<img");
    expect(page).toContain("&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(page).toContain("a &amp; b &lt; c &gt; d &quot;e&quot; &#39;f&#39;");
    expect(escapeHtml("\u001b[31m\u202e")).toBe("␛[31m<U+202E>".replace("<", "&lt;").replace(">", "&gt;"));
  });
});

describe("a handout of a topic", () => {
  const gifts = plainLibrary.topics.find((topic) => topic.id === "gifts")!;

  it("puts the codes side by side, each standard whole with its strength on the topic", () => {
    const handout = topicHandout(plainLibrary, gifts, plainLibrary.codes);
    const html = renderHtml(handout);
    expect(html).toContain('<body class="topic">');
    const headers = [...html.matchAll(/<th>([^<]+)<br>/g)].map((match) => match[1]);
    expect(headers).toEqual(["Alaska", "Working Well Together", "Medi-Cal", "North Carolina", "Wisconsin"]);
    expect(html).toContain('<span class="citation">North Carolina 15</span> <span class="strength defers">defers</span> <span class="qualifiers">(if allowed by the agency)</span>');
    expect(html).toContain('<span class="citation">Wisconsin 12</span> <span class="strength prohibits">prohibits</span>');
    // Alaska's note on gifts is part of the standard
    expect(text(html)).toContain("Note: Given the diversity of peer support services");
  });

  it("says where a code is silent", () => {
    const silent = plainLibrary.topics.find((topic) => plainLibrary.codes.some((one) => !topic.standards.some((key) => key.code === one.id)))!;
    const html = renderHtml(topicHandout(plainLibrary, silent, plainLibrary.codes));
    expect(html).toContain('<p class="silent">Not addressed.</p>');
  });
});

describe("a topic handout's questions for discussion", () => {
  const gifts = builtinLibrary.topics.find((topic) => topic.id === "gifts")!;
  const chosen = builtinLibrary.codes.filter((one) => one.id === "alaska" || one.id === "wisconsin");
  const discussion = topicDiscussion(builtinLibrary, gifts, chosen);
  const html = renderHtml(topicHandout(builtinLibrary, gifts, chosen));
  const discussed = html.slice(html.indexOf('<section class="discussion">'));

  it("takes every concept of the topic that has questions, each with the chosen codes' standards on it", () => {
    expect(discussion.map((point) => point.concept.id)).toEqual(builtinLibrary.concepts.filter((concept) => concept.topic === "gifts" && concept.questions.length > 0).map((concept) => concept.id));
    const accepting = discussion.find((point) => point.concept.id === "accepting-gifts")!;
    expect(accepting.citations).toEqual(["Alaska · Conflicts of Interest 3", "Wisconsin 12"]);
  });

  it("prints them after the codes' words, told apart from them, every question escaped", () => {
    expect(html.indexOf("</table>")).toBeLessThan(html.indexOf('<section class="discussion">'));
    expect(discussed).toContain("not the codes’ words");
    for (const point of discussion) {
      expect(discussed).toContain(`<h3>${escapeHtml(point.concept.name)}</h3>`);
      for (const question of point.concept.questions) expect(discussed).toContain(`<li>${escapeHtml(question)}</li>`);
    }
  });

  it("says where none of the chosen codes governs a matter", () => {
    const silent = discussion.find((point) => point.citations.length === 0);
    expect(silent).toBeDefined();
    expect(discussed).toContain(`<h3>${escapeHtml(silent!.concept.name)}</h3>\n<p class="governed silent">None of these codes has a standard on it.</p>`);
  });

  it("is left out with no concept index", () => {
    expect(renderHtml(topicHandout(plainLibrary, gifts, plainLibrary.codes))).not.toContain("For discussion");
  });
});
