// `ethics quiz --worksheet gift`: the quiz as Moodle's GIFT format, read back by a GIFT parser
// (gift-pegjs, the grammar Moodle's format is specified by in its docs' examples): the same
// questions, choices and right answers as the quiz at a terminal, whatever characters of GIFT's
// own a code's words hold.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse, type GIFTQuestion, type MultipleChoice } from "gift-pegjs";
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

interface JsonQuiz {
  questions: { prompt: string; choices: string[]; answer: number; explanation: string; kind: string }[];
}

/** HTML as the reader of the imported question sees it: tags gone, entities read back, spaces as one. */
const readText = (html: string) =>
  html
    .replace(/<br>/g, "\n")
    .replace(/<[^>]+>/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#47;/g, "/")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();

function giftQuestions(args: string[]): { quiz: JsonQuiz; parsed: MultipleChoice[]; file: string } {
  const run = ethics(["quiz", ...args, "--worksheet", "gift"]);
  expect([run.code, run.stderr]).toEqual([0, ""]);
  const parsed: GIFTQuestion[] = parse(run.stdout);
  expect(parsed[0]).toEqual({ type: "Category", title: expect.stringMatching(/^ethics quiz seed \d+$/) });
  return { quiz: JSON.parse(ethics(["quiz", ...args, "--json"]).stdout), parsed: parsed.slice(1) as MultipleChoice[], file: run.stdout };
}

describe("ethics quiz --worksheet gift", () => {
  it("reads back as the quiz's questions: multiple choice, one right answer, the explanation as feedback", () => {
    const { quiz, parsed, file } = giftQuestions(["--seed", "7", "--count", "8"]);
    expect(parsed).toHaveLength(8);
    parsed.forEach((question, at) => {
      const expected = quiz.questions[at]!;
      expect(question.type).toBe("MC");
      expect(question.title).toBe(`Seed 7, question ${at + 1}`);
      expect(question.stem.format).toBe("html");
      // The prompt's words, the passage with its items and notes, in the question's text.
      expect(readText(question.stem.text)).toBe(expected.prompt.replace(/\s+/g, " ").replace(/^(Which code says this\?|.*?\?) /, "$1 "));
      expect(question.choices.map((choice) => choice.isCorrect)).toEqual(expected.choices.map((_, index) => index === expected.answer));
      // A situation's choice is its citation and the standard whole; any other is the choice's words.
      question.choices.forEach((choice, index) => expect(readText(choice.text.text).startsWith(expected.choices[index]!)).toBe(true));
      expect(readText(question.globalFeedback!.text)).toContain(expected.explanation);
    });
    // The comments are for a person: each within 80 columns.
    for (const line of file.split("\n").filter((each) => each.startsWith("//"))) expect([...line].length).toBeLessThanOrEqual(80);
  });

  it("keeps GIFT's own characters in a code's words as they are written", () => {
    const folder = mkdtempSync(join(tmpdir(), "ethics-gift-"));
    const odd = "Staff shall not share {records} ~private~ = safe: #1 rule \\ no exceptions.";
    writeFileSync(
      join(folder, "odd.yaml"),
      [
        "id: odd",
        "title: Odd Code",
        "shortName: Odd",
        "jurisdiction: Oddtown",
        "source:",
        "  document: Odd Code",
        "sections:",
        "  - id: rules",
        "    title: Rules",
        "    standards:",
        "      - number: 1",
        `        text: '${odd}'`,
        "        notes:",
        "          - '// not a comment: a note that starts with two slashes.'",
        "",
      ].join("\n"),
    );
    const run = ethics(["--data", folder, "quiz", "--code", "odd", "--kind", "strength", "--seed", "1", "--count", "1", "--worksheet", "gift"]);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    const [, question] = parse(run.stdout) as [GIFTQuestion, MultipleChoice];
    expect(readText(question.stem.text)).toContain(odd);
    expect(readText(question.stem.text)).toContain("Note: // not a comment: a note that starts with two slashes.");
  });

  it.each([
    ["pdf", "to print or hand out, --worksheet html"],
    ["moodle", "for a course's question bank, --worksheet gift"],
    ["qti", "for a course's question bank, --worksheet gift"],
  ])("is a choice of --worksheet: --worksheet %s says so, with the one meant", (typed, hint) => {
    const run = ethics(["quiz", "--worksheet", typed]);
    expect(run.code).toBe(2);
    expect(run.stderr.replace(/\s+/g, " ")).toContain(`ethics: --worksheet takes md, html or gift, not '${typed}' hint: ${hint}`);
  });
});
