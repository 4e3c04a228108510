// A situation's choices are standards, each shown whole under its citation (its text, items and
// notes) at the terminal, in the Markdown worksheet and on the page to print; the key then gives
// only the explanation, the deciding standard having been read among the choices.
import { describe, expect, it } from "vitest";
import type { Question, Quiz } from "../../src/core/study/quiz.js";
import type { Standard } from "../../src/model.js";
import { renderQuestion, renderVerdict } from "../../src/render/quiz.js";
import { renderQuizWorksheet } from "../../src/render/quiz-worksheet.js";
import { renderQuizWorksheetHtml } from "../../src/render/quiz-worksheet-html.js";

const standard = (number: number, text: string, rest: Partial<Standard> = {}): Standard =>
  ({ code: "agency", section: "conduct", sectionTitle: "Conduct", number, text, items: [], notes: [], editorial: [], citation: `Agency · Conduct ${number}`, ...rest }) as unknown as Standard;

const deciding = standard(4, "Shall not provide services under the influence, except:", {
  items: [
    { label: "a", text: "Drugs prescribed by a physician." },
    { label: "b", text: "Over-the-counter drugs used as directed." },
  ],
  notes: ["See the agency policy."],
  editorial: ["The source numbers it 4a."],
} as Partial<Standard>);
const others = [standard(1, "Keep records secure.", { editorial: ["The source reads “secure_”; kept as it is."] }), standard(7, "Explain your role at the first meeting.", { editorial: ["Added in 2023."] })];
const choiceStandards = [others[0]!, deciding, others[1]!];
const question: Question = {
  kind: "situation",
  ask: "“I take prescribed medication. Can I work?” Which standard of Agency governs this?",
  passage: null,
  choices: choiceStandards.map((each) => each.citation),
  answer: 1,
  citation: deciding.citation,
  explanation: "Agency · Conduct 4 governs prescribed medication.",
  standard: deciding,
  choiceStandards,
};
const quiz: Quiz = { seed: 3, questions: [question], notes: [] };

const terminal = renderQuestion(question, 0, 1, { width: 80, color: false });
const markdown = renderQuizWorksheet(quiz, { width: 80, sameQuiz: "ethics quiz --seed 3" });
const html = renderQuizWorksheetHtml(quiz, { sameQuiz: "ethics quiz --seed 3" });

describe("a situation's choices, each with its standard whole", () => {
  it.each([
    ["at the terminal", terminal, ["  A) Agency · Conduct 1\n     Keep records secure.\n     Editor's note: The source reads “secure_”",  "  B) Agency · Conduct 4\n     Shall not provide services", "     a. Drugs prescribed", "     b. Over-the-counter", "     Note: See the agency policy.", "  C) Agency · Conduct 7\n     Explain your role"]],
    ["in the Markdown worksheet", markdown, ["   - A) Agency · Conduct 1\n\n     > Keep records secure.", "   - B) Agency · Conduct 4\n\n     > Shall not provide services", "     > a. Drugs prescribed", "     > Note: See the agency policy.", "   - C) Agency · Conduct 7\n\n     > Explain your role"]],
    ["on the page to print", html, ['<span class="label">A)</span> Agency · Conduct 1\n<blockquote class="passage">\n<p>Keep records secure.</p>\n</blockquote>\n<p class="editorial">Editor’s note: The source reads “secure_”; kept as it is.</p>', '<span class="label">a.</span> Drugs prescribed', '<span class="tag">Note:</span> See the agency policy.', '<span class="label">C)</span> Agency · Conduct 7\n<blockquote class="passage">\n<p>Explain your role']],
  ])("%s", (_, text, parts) => {
    for (const part of parts) expect(text).toContain(part);
  });

  it.each([
    ["Markdown", markdown.slice(markdown.indexOf("## Answers"))],
    ["HTML", html.slice(html.indexOf('<section class="answers">'))],
  ])("the %s key does not quote the deciding standard again", (_, key) => {
    expect(key).toContain("Agency · Conduct 4 governs prescribed medication.");
    expect(key).not.toContain("Shall not provide services");
  });
});

describe("a situation's choices that differ in editor's notes", () => {
  // `quiz --seed 3 --worksheet` offered four standards, the right one alone with an editor's note
  // under it: a giveaway. Where the choices differ so, none shows one; the right one's goes with
  // the answer.
  const plain = [standard(1, "Keep records secure."), standard(7, "Explain your role at the first meeting.")];
  const noted = standard(4, "Seek supervision as necessary.", { editorial: ["The source reads “and/or”; kept as it is."] });
  const mixed: Question = { ...question, choices: [plain[0]!.citation, noted.citation, plain[1]!.citation], citation: noted.citation, standard: noted, choiceStandards: [plain[0]!, noted, plain[1]!] };
  const mixedQuiz: Quiz = { seed: 3, questions: [mixed], notes: [] };
  const markdownMixed = renderQuizWorksheet(mixedQuiz, { width: 80, sameQuiz: "ethics quiz --seed 3" });
  const htmlMixed = renderQuizWorksheetHtml(mixedQuiz, { sameQuiz: "ethics quiz --seed 3" });

  it.each([
    ["at the terminal", renderQuestion(mixed, 0, 1, { width: 80, color: false }), renderVerdict(mixed, 0, { width: 80, color: false })],
    ["in the Markdown worksheet", markdownMixed.slice(0, markdownMixed.indexOf("## Answers")), markdownMixed.slice(markdownMixed.indexOf("## Answers"))],
    ["on the page to print", htmlMixed.slice(0, htmlMixed.indexOf('<section class="answers">')), htmlMixed.slice(htmlMixed.indexOf('<section class="answers">'))],
  ])("%s: no choice shows one, and the answer gives the right one's", (_, asked, answered) => {
    expect(asked).toContain("Seek supervision as necessary.");
    expect(asked).not.toMatch(/Editor.s note/);
    expect(answered).toMatch(/Editor.s note: The source reads “and\/or”; kept as it is\./);
  });
});
