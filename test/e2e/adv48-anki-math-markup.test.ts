// Anki typesets "[latex]…[/latex]", "[$]…[/$]" and "[$$]…[/$$]" in a field as LaTeX images
// (rslib latex.rs), and MathJax typesets "\(…\)" and "\[…\]" from the text the card's page
// shows: a user's code whose words held either reached the card as math, not words. A zero
// width joiner after the tag's "[" and the delimiter's backslash now keeps each apart, as one
// already kept cloze braces and sound tags apart; the card draws the code's words.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderAnkiRows } from "../../src/render/anki.js";
import type { Card } from "../../src/core/study/cards.js";
import type { Standard } from "../../src/model.js";
import { ethics, root } from "./run.js";

const fixture = readFileSync(join(root, "test/fixtures/user-codes/riverside-agency.yaml"), "utf8");
const original = "Will not accept gifts of more than token value from people they support.";
const markupText = String.raw`Gifts [latex]x^2[/latex], [LaTeX]y[/LaTeX], [$]a < b[/$] and [$$]c & d[/$$] cost \(p\) or \[q\]; see {{c1::policy}} and [sound:x.mp3].`;

/** Anki's markup: a LaTeX tag, a MathJax delimiter, cloze markup, a sound tag. */
const MARKUP = [/\[\/?(?:latex|\$\$?)\]/i, /\\[()[\]]/, /\{\{c\d+::/, /\[sound:/i];

/** A field's HTML as the card's page shows it: entities decoded, and the joiners, which draw nothing, left out. */
function shown(html: string): string {
  return html
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&(lt|gt|quot|amp);/g, (_, name: string) => ({ lt: "<", gt: ">", quot: '"', amp: "&" })[name]!)
    .replace(/\u200d/g, "");
}

describe("Anki's math markup in a code's text", () => {
  const dir = mkdtempSync(join(tmpdir(), "ethics-anki-math-"));
  // Double-quoted, as JSON writes it: a YAML string whatever the text holds. Replaced by a
  // function: in a replacement string "$$" is one "$".
  writeFileSync(join(dir, "riverside-agency.yaml"), fixture.replace(`text: ${original}`, () => `text: ${JSON.stringify(markupText)}`));

  it("the fixture's text holds each marker", () => {
    const result = ethics(["--data", dir, "export", "--format", "json", "--code", "riverside"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(JSON.stringify(markupText));
  });

  it("--format anki: no marker in the field, and the words as written", () => {
    const result = ethics(["--data", dir, "export", "--format", "anki", "--code", "riverside"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const back = result.stdout.split("\n").find((line) => line.startsWith("Riverside · Boundaries 1\t"))!.split("\t")[1]!;
    for (const marker of MARKUP) expect(back).not.toMatch(marker);
    expect(shown(back)).toContain(markupText);
  });

  it("--format anki-cloze: only the card's own deletion, and the words as written once it is filled in", () => {
    const result = ethics(["--data", dir, "export", "--format", "anki-cloze", "--code", "riverside"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const text = result.stdout.split("\n").find((line) => line.includes("<b>Riverside · Boundaries 1</b>"))!.split("\t")[0]!;
    expect(text.match(/\{\{c1::/g)).toHaveLength(1);
    const filledIn = text.replace(/\{\{c1::(.*?)\}\}(?!\})/, "$1");
    for (const marker of MARKUP) expect(filledIn).not.toMatch(marker);
    expect(shown(filledIn)).toContain(markupText);
  });
});

// The deletion cuts the text in three, each escaped on its own: markup that a deletion cuts
// keeps its joiner, as a sound tag cut so does (anki-sound-tags.test.ts).
describe("math markup cut by the cloze deletion", () => {
  const standard: Standard = { code: "riverside", section: "hope", sectionTitle: "Hope", number: 1, text: "", items: [], notes: [], editorial: [], citation: "Riverside · Hope 1" };
  it.each([
    ["the tag's name hidden", "Typeset [latex]x[/latex] here.", "latex", "Typeset [&#8205;{{c1::latex}}]x[&#8205;/latex] here."],
    ["the bracket after a backslash hidden", String.raw`Costs \(p\) each.`, "(p", String.raw`Costs \&#8205;{{c1::(p}}\&#8205;) each.`],
  ])("%s: the joiner still follows it", (_, text, hidden, expected) => {
    const start = text.indexOf(hidden);
    const card: Card = { standard: { ...standard, text }, codeTitle: "Riverside", blank: { start, end: start + hidden.length }, tags: ["riverside"] };
    const [field] = renderAnkiRows([card], "Cloze").split("\t");
    expect(field).toBe(`<b>Riverside · Hope 1</b><br>${expected}`);
    // Filled in, as the back shows it: no math.
    expect(field!.replace(/\{\{c1::(.*?)\}\}/, "$1")).not.toMatch(/\[\/?latex\]|\\[()]/i);
  });
});
