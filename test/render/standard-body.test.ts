// One renderer shows a standard's body everywhere: its text, its lettered items, the source's
// notes and the editor's notes, marked as the editor's; all within the width.
import { describe, expect, it } from "vitest";
import { renderStandardBody, type StandardBody } from "../../src/render/standard-body.js";
import { styleFor } from "../../src/render/style.js";
import { visibleLength } from "../../src/render/terminal-text.js";

const plain = { color: false, width: 80 };
const style = styleFor(plain);

const integrity12: StandardBody = {
  text: 'Shall not provide services under the influence of any amount of alcohol, marijuana, or illicit drugs. "Illicit drugs" means any substance defined as a drug in Section 11014, Chapter 1, Division 10, Health and Safety Code, except:',
  items: [
    { label: "a", text: "Drugs or medications prescribed by a physician or other person authorized to prescribe drugs, in accordance with Section 4036, Chapter 9, Division 2, Business and Professions Code, and used in the dosage and frequency prescribed; or" },
    { label: "b", text: "Over-the-counter drugs or medications used in the dosage and frequency described on the box, bottle, or package insert." },
  ],
  notes: ["Given the diversity of peer support services, as deemed inappropriate or unacceptable by the agency or organization."],
  editorial: ["The source gives this standard no number; it is the first in the section, followed by standards 2 and 3."],
};

describe("renderStandardBody", () => {
  const text = renderStandardBody(integrity12, plain, style, { indent: "  " });
  const lines = text.split("\n");

  it.each([
    ["the text", /^  Shall not provide services/],
    ["item a, lettered, its lines hanging under its text", /\n  a\. Drugs or medications[^\n]*\n     \S/],
    ["item b", /\n  b\. Over-the-counter drugs/],
    ["the source's note", /\n  Note: Given the diversity[^\n]*\n        \S/],
    ["the editor's note, marked as such, its lines hanging after the label", /\n  Editor's note: The source gives[^\n]*\n                 \S/],
  ])("shows %s", (_what, pattern) => {
    expect(text).toMatch(pattern);
  });

  it("keeps the source's order: text, items, notes, then the editor's notes", () => {
    const at = (start: string) => lines.findIndex((line) => line.trimStart().startsWith(start));
    const order = [at("Shall not"), at("a."), at("b."), at("Note:"), at("Editor's note:")];
    expect(order[0]).toBe(0);
    expect([...order].sort((x, y) => x - y)).toEqual(order);
    expect(new Set(order).size).toBe(order.length);
  });

  it("fits the width", () => {
    for (const line of lines) expect(visibleLength(line)).toBeLessThanOrEqual(80);
  });

  it("starts the first line as asked (a number, a side of a diff)", () => {
    expect(renderStandardBody(integrity12, plain, style, { indent: "       ", firstIndent: "    A: " })).toMatch(/^    A: Shall not[\s\S]*\n       a\. Drugs/);
  });

  it("marks words in the text, items and the source's notes, never in the editor's notes", () => {
    const marked = renderStandardBody(integrity12, { color: false, width: Infinity }, style, {
      indent: "  ",
      mark: (line) => line.replace(/\b(drugs|agency|source)\b/gi, "[$1]"),
    });
    expect(marked).toContain("illicit [drugs]");
    expect(marked).toContain("a. [Drugs] or medications");
    expect(marked).toContain("by the [agency] or organization");
    expect(marked).toContain("Editor's note: The source gives");
  });

  it("makes control characters in the data visible", () => {
    expect(renderStandardBody({ text: "a\u001b[31m b", items: [], notes: ["\u202enote"], editorial: [] }, plain, style, { indent: "" })).toBe(
      "a␛[31m b\nNote: <U+202E>note",
    );
  });
});

describe("an editor's note in a narrow terminal", () => {
  it("goes on two columns in where its label leaves its lines too little room", () => {
    // Hung after the label, 17 columns in at COLUMNS=30, its lines held a word or two each.
    const narrow = renderStandardBody({ ...integrity12, items: [], notes: [] }, { color: false, width: 30 }, style, { indent: "  " });
    expect(narrow).toContain("\n  Editor's note: The source\n    gives this standard no\n    number;");
    expect(narrow.split("\n").filter((line) => visibleLength(line) > 30)).toEqual([]);
  });

  it("keeps a name it is given whole where a line holds it", () => {
    const body = { text: "Text.", items: [], notes: [], editorial: ["The source repeats here, word for word, standard 1 of Family Driven and Child-Centered."] };
    const layout = { indent: "    ", names: ["Family Driven and Child-Centered"] };
    expect(renderStandardBody(body, { color: false, width: 60 }, style, layout)).toContain("standard 1 of\n                   Family Driven and Child-Centered.");
    // Where no line holds it, it breaks as words do, not a line later.
    expect(renderStandardBody(body, { color: false, width: 50 }, style, layout)).toContain("standard 1 of Family\n                   Driven and Child-Centered.");
  });
});
