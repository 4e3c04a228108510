// The quiz on paper: every question with its passage whole (text, items, notes) and its choices,
// then the answer key, where a situation's deciding standard is given whole.
import { describe, expect, it } from "vitest";
import { renderQuizWorksheet } from "../../src/render/quiz-worksheet.js";
import { worksheetQuiz } from "./worksheet-quiz.js";

const quiz = worksheetQuiz();
const sheet = renderQuizWorksheet(quiz, { width: 80, sameQuiz: "ethics quiz --count 2 --seed 42" });
const [asked, key] = sheet.split("\n## Answers\n") as [string, string];

describe("quiz worksheet", () => {
  it.each([
    ["the title and the command that asks the same at a terminal", sheet, ["# Quiz: 2 questions", "Seed 42: `ethics quiz --count 2 --seed 42` asks the same"]],
    ["the quiz's notes", sheet, ["Fewer questions than asked: the scope holds 2 standards."]],
    ["a passage whole, quoted: text, items, notes", asked, ["   > Shall not provide services", "   > a. Drugs prescribed", "   > b. Over-the-counter", "   > Note: See the agency policy."]],
    ["every choice, lettered", asked, ["   - A) Agency\n   - B) Alaska", "   - A) Agency · Conduct 4"]],
    ["each answer with its explanation", key, ["1. **A) Agency** — Agency · Conduct 4 says this.", "2. **A) Agency · Conduct 4** — Agency · Conduct 4 governs"]],
  ])("shows %s", (_, text, parts) => {
    for (const part of parts) expect(text).toContain(part);
  });

  it("keeps the answers out of the questions", () => {
    expect(asked).not.toContain("governs prescribed medication");
    expect(asked).not.toContain("**");
  });

  it("gives a situation's deciding standard whole in the key, with its items and notes", () => {
    const situation = key.slice(key.indexOf("2. "));
    for (const part of ["> Shall not provide services", "> a. Drugs prescribed", "> b. Over-the-counter", "> Note: See the agency policy."]) expect(situation).toContain(part);
  });

  it("shows a hidden character made visible, never raw", () => {
    expect(sheet).not.toContain("\u202e");
  });

  it("fits every line in the width", () => {
    for (const width of [40, 60, 80]) {
      for (const line of renderQuizWorksheet(quiz, { width, sameQuiz: "ethics quiz --seed 42" }).split("\n")) expect([...line].length).toBeLessThanOrEqual(width);
    }
  });
});

describe("quiz worksheet: a user's words that look like Markdown", () => {
  const marked = worksheetQuiz({ secondItem: "Drugs used *as directed* by a physician - or a <pharmacist> - as [labelled](x)." , whichCodeChoices: ["Agency_One", "`Two`"] });
  const text = renderQuizWorksheet(marked, { width: 40, sameQuiz: "ethics quiz --seed 42" });

  it("are escaped, never markup", () => {
    expect(text).toContain("\\*as directed\\*");
    expect(text).toContain("\\<pharmacist\\>");
    expect(text).toContain("\\[labelled\\](x)");
    expect(text).toContain("- A) Agency\\_One");
    expect(text).toContain("- B) \\`Two\\`");
  });

  it("begin no line with a list marker of their own, and fit the width", () => {
    for (const line of text.split("\n")) {
      expect(line.length).toBeLessThanOrEqual(40);
      expect(line).not.toMatch(/^\s*>\s+- /);
    }
  });
});
