// The quiz on paper as a page to print: what the Markdown worksheet holds (every passage whole,
// every choice, the key after the questions), escaped as the handout escapes the data, the key
// on a page of its own.
import { describe, expect, it } from "vitest";
import { renderQuizWorksheetHtml } from "../../src/render/quiz-worksheet-html.js";
import { worksheetQuiz } from "./worksheet-quiz.js";

const quiz = worksheetQuiz({
  secondItem: "Over-the-counter drugs <used> as directed & labelled.",
  whichCodeChoices: ["Agency", "<script>alert(1)</script>"],
  situationChoices: ["Agency · Conduct 4", "Agency · Conduct 1\u202e", "لا تقبل الهدايا (المادة 12)."],
});
const page = renderQuizWorksheetHtml(quiz, { sameQuiz: "ethics quiz --count 2 --seed 42" });
const body = page.slice(page.indexOf("<body"));
const asked = body.slice(0, body.indexOf('<section class="answers">'));
const key = body.slice(body.indexOf('<section class="answers">'));

describe("quiz worksheet as HTML", () => {
  it.each([
    ["the title, a line for the name and the date, and the command that asks the same", body, ["<h1>Quiz: 2 questions</h1>", "<span>Name</span>", "<span>Date</span>", "Seed 42: <code>ethics quiz --count 2 --seed 42</code> asks the same"]],
    ["the quiz's notes", body, ["Fewer questions than asked: the scope holds 2 standards."]],
    ["a passage whole: text, items, notes", asked, ["<p>Shall not provide services", '<span class="label">a.</span> Drugs prescribed', '<span class="label">b.</span> Over-the-counter', '<span class="tag">Note:</span> See the agency policy.']],
    ["every choice, lettered", asked, ['<span class="label">A)</span> Agency</li>', '<span class="label">B)</span> &lt;script&gt;', '<span class="label">A)</span> Agency · Conduct 4']],
    ["each answer with its explanation", key, ["<strong>A) Agency</strong> — Agency · Conduct 4 says this.", "<strong>A) Agency · Conduct 4</strong> — Agency · Conduct 4 governs"]],
  ])("shows %s", (_, text, parts) => {
    for (const part of parts) expect(text).toContain(part);
  });

  it("keeps the answers out of the questions, and the key after them", () => {
    expect(asked).not.toContain("governs prescribed medication");
    expect(asked).not.toContain("<strong>");
    expect(page.indexOf('<section class="questions">')).toBeLessThan(page.indexOf('<section class="answers">'));
  });

  it("gives a situation's deciding standard whole in the key, with its items and notes", () => {
    const situation = key.slice(key.lastIndexOf('<li class="answer">'));
    for (const part of ["Shall not provide services", "Drugs prescribed", "Over-the-counter", "See the agency policy."]) expect(situation).toContain(part);
  });

  it("escapes the data's markup and isolates text written right to left, as the handout does", () => {
    expect(body).not.toContain("<script>");
    expect(body).toContain("&lt;used&gt; as directed &amp; labelled");
    expect(body).toContain("<bdi>لا تقبل الهدايا (المادة 12).</bdi>");
    expect(page).not.toContain("\u202e");
  });

  it("starts the key on a page of its own when printed, and fetches nothing", () => {
    expect(page).toContain("section.answers { break-before: page; }");
    expect(page).toContain("default-src 'none'");
    expect(page).not.toMatch(/<(?:script|img|link)\b/);
  });
});
