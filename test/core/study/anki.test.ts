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
