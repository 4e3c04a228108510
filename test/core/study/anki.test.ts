// Flash cards for Anki: the file's headers as Anki's manual gives them, one note a standard, fields
// escaped as HTML, tags from the code, the section and the concept index.
import { describe, expect, it } from "vitest";
import { cardsOf } from "../../../src/core/study/cards.js";
import { studyScope } from "../../../src/core/study/scope.js";
import { renderAnki } from "../../../src/render/anki.js";
import type { Library, Standard } from "../../../src/model.js";
import { conceptLibrary, plainLibrary } from "./library.js";

function notes(text: string): string[][] {
  return text
    .split("\n")
    .filter((line) => line !== "" && !line.startsWith("#"))
    .map((line) => line.split("\t"));
}

function cards(library: Library, codes: string[] = [], topic?: string) {
  return cardsOf(library, studyScope(library, { codes, ...(topic ? { topic } : {}) }));
}

describe("an Anki file", () => {
  const basic = renderAnki(cards(conceptLibrary, ["medi-cal"]), "Basic", "Codes of ethics::Medi-Cal");

  it("opens with the headers Anki reads, separator first", () => {
    expect(basic.split("\n").slice(0, 6)).toEqual([
      "#separator:tab",
      "#html:true",
      "#notetype:Basic",
      "#deck:Codes of ethics::Medi-Cal",
      "#columns:Front\tBack\tTags",
      "#tags column:3",
    ]);
  });

  it("has one note per standard, three fields each, the citation in front", () => {
    const rows = notes(basic);
    expect(rows).toHaveLength(108);
    for (const row of rows) expect(row).toHaveLength(3);
    expect(rows.map((row) => row[0])).toContain("Medi-Cal · Integrity 12");
    expect(new Set(rows.map((row) => row[0])).size).toBe(108); // Anki tells notes apart by the first field
  });

  it("puts the text, items and notes on the back, HTML-escaped, line breaks as <br>", () => {
    const integrity12 = notes(basic).find((row) => row[0] === "Medi-Cal · Integrity 12")!;
    expect(integrity12[1]).toMatch(/^Shall not provide services under the influence/);
    expect(integrity12[1]).toContain("&quot;Illicit drugs&quot; means");
    expect(integrity12[1]).toContain("<br>a. Drugs or medications prescribed");
    expect(integrity12[1]).toContain("<br>b. Over-the-counter drugs");
  });

  it("tags each note with its code, section and concepts, no tag with a space", () => {
    const rows = notes(basic);
    const tags = (citation: string) => rows.find((row) => row[0] === citation)![2]!.split(" ");
    expect(tags("Medi-Cal · Integrity 5")).toEqual(expect.arrayContaining(["medi-cal", "medi-cal::integrity", "concept::accepting-gifts", "topic::gifts"]));
    expect(tags("Medi-Cal · Integrity 7")).toEqual(expect.arrayContaining(["concept::lending-money", "topic::money-and-loans"]));
    for (const row of rows) for (const tag of row[2]!.split(" ")) expect(tag).toMatch(/^\S+$/);
  });

  it("without a concept index, tags by code, section and topic", () => {
    const rows = notes(renderAnki(cards(plainLibrary, ["medi-cal"]), "Basic", "x"));
    const integrity5 = rows.find((row) => row[0] === "Medi-Cal · Integrity 5")![2]!.split(" ");
    expect(integrity5).toEqual(["medi-cal", "medi-cal::integrity", "topic::gifts"]);
  });

  it("as cloze notes hides a telling word of each text, the citation on top", () => {
    const rows = notes(renderAnki(cards(conceptLibrary, ["medi-cal"]), "Cloze", "x"));
    expect(rows).toHaveLength(108);
    for (const row of rows) {
      expect(row[0]).toMatch(/^<b>Medi-Cal · [^<]+ \d+<\/b><br>/);
      expect(row[0]!.match(/\{\{c1::/g)).toHaveLength(1);
      expect(row[1]).toBe("Medi-Cal Peer Support Specialist Code of Ethics");
    }
  });

  it("escapes what HTML and the file format would misread", () => {
    const standard: Standard = {
      code: "evil",
      section: "s",
      sectionTitle: "S",
      number: 1,
      text: "#1 <b>bold</b> & \"quoted\"\tand\nmore",
      items: [],
      notes: ["a\nnote"],
      editorial: [],
      citation: "#Evil 1",
    };
    const text = renderAnki([{ standard, codeTitle: "Evil", blank: null, tags: ["evil", "evil::s"] }], "Basic", "Deck");
    const [row] = notes(text);
    expect(row).toEqual(["&#35;Evil 1", "#1 &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot;&#9;and<br>more<br><i>Note:</i> a<br>note", "evil evil::s"]);
  });
});

/**
 * What Anki reads in a field, as its cloze reader does (rslib/src/cloze.rs, tokenize and
 * parse_text_with_clozes): "{{c<n>::" opens a deletion, "}}" closes the open one (outside any,
 * it is text), and in a deletion's text the first "::" starts its hint. The deletions (number,
 * text, hint), and the field as the answer side shows it (each deletion's text in its place).
 */
function readByAnki(field: string): { clozes: { ordinal: number; text: string; hint: string | null }[]; answer: string } {
  const clozes: { ordinal: number; text: string; hint: string | null }[] = [];
  const open: { ordinal: number; text: string; hint: string | null }[] = [];
  let answer = "";
  const add = (text: string) => {
    if (open.length > 0) open.at(-1)!.text += text;
    else answer += text;
  };
  const marker = /^(?:\{\{c(\d+)::|\}\})/;
  let at = 0;
  while (at < field.length) {
    const found = marker.exec(field.slice(at));
    if (found?.[1] !== undefined) open.push({ ordinal: Number(found[1]), text: "", hint: null });
    else if (found) {
      const closed = open.pop();
      if (closed) {
        clozes.push(closed);
        add(closed.text);
      } else add("}}");
    } else {
      let end = at + 1;
      while (end < field.length && !marker.test(field.slice(end))) end++;
      let text = field.slice(at, end);
      const current = open.at(-1);
      const hint = text.indexOf("::");
      if (current && hint >= 0) {
        current.hint = text.slice(hint + 2);
        text = text.slice(0, hint);
      }
      add(text);
      at = end;
      continue;
    }
    at += found[0].length;
  }
  return { clozes, answer };
}

/** The words a field shows: tags gone, the joiner drawing nothing, entities as their characters. */
function shown(field: string): string {
  return field
    .replace(/<[^>]*>/g, "")
    .replace(/&#8205;/g, "")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

describe("cloze markup in a code's own words", () => {
  const standardOf = (text: string): Standard => ({ code: "v", section: "s", sectionTitle: "S", number: 1, text, items: [], notes: [], editorial: [], citation: "V 1" });
  /** A card hiding `word` (its first occurrence), or the whole text where `word` is null. */
  const cardOf = (text: string, word: string | null) => {
    const start = word === null ? -1 : text.indexOf(word);
    return { standard: standardOf(text), codeTitle: "V Code {{c3::x}}", blank: word === null ? null : { start, end: start + word.length }, tags: ["v"] };
  };

  it.each([
    ["Will not accept gifts; see {{c1::agency policy}} for {{c2::details}}.", "details"],
    ["Will not accept gifts; see {{c1::agency policy}} for {{c2::details}}.", "accept"],
    ["Will not accept gifts; see {{c1::agency policy}} for {{c2::details}}.", null],
    ["Braces {{{three}}} and {{c1::hint::here}}", "three"],
    ["ratio a::b and a closing brace}", null],
    ["a {single} brace and a lone }} and {{", "single"],
    ["{{c1::whole}}", null],
  ])("%j hiding %j: one deletion, of our word, and the source's words on the card", (text, word) => {
    const [[cloze, extra]] = notes(renderAnki([cardOf(text, word)], "Cloze", "x")) as [[string, string]];
    const read = readByAnki(cloze.slice(cloze.indexOf("<br>") + 4));
    expect(read.clozes.map((deletion) => ({ ...deletion, text: shown(deletion.text) }))).toEqual([{ ordinal: 1, text: word ?? text, hint: null }]);
    expect(shown(read.answer)).toBe(text);
    expect(readByAnki(extra)).toEqual({ clozes: [], answer: expect.any(String) });
    expect(shown(extra)).toBe("V Code {{c3::x}}");
  });

  it.each([["see {{c1::agency policy}} for {{c2::{{c1::details}}}}."], ["{{{three}}}"], ["a::b}"]])("Basic: %j reads as no deletion, and as the source's words", (text) => {
    const [[front, back]] = notes(renderAnki([cardOf(text, null)], "Basic", "x")) as [[string, string]];
    expect(front).toBe("V 1");
    const read = readByAnki(back);
    expect(read.clozes).toEqual([]);
    expect(shown(read.answer)).toBe(text);
  });
});
