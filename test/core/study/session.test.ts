// A quiz taken through takeQuiz with answers from a list, as on a terminal or from a script.
import { describe, expect, it } from "vitest";
import { makeQuiz } from "../../../src/core/study/quiz.js";
import { studyScope } from "../../../src/core/study/scope.js";
import { takeQuiz } from "../../../src/cli/quiz-session.js";
import { visibleLength } from "../../../src/render/terminal-text.js";
import { conceptLibrary } from "./library.js";

const quiz = makeQuiz(conceptLibrary, studyScope(conceptLibrary, { codes: [] }), { count: 8, seed: 11 });
const letters = "ABCD";
const right = quiz.questions.map((question) => letters[question.answer]!);
const wrong = quiz.questions.map((question) => letters[(question.answer + 1) % question.choices.length]!);

async function take(answers: string[], interactive: boolean, width = 80) {
  const queue = [...answers];
  let output = "";
  const outcome = await takeQuiz(
    quiz,
    { interactive, write: (text) => void (output += text), readLine: async () => queue.shift() ?? null },
    () => ({ color: false, width }),
    (question) => ["ethics", "show", question.standard.code, question.standard.section, String(question.standard.number)],
  );
  return { outcome, output };
}

describe("taking a quiz", () => {
  it("scores right answers given as letters or numbers, any case", async () => {
    const answers = right.map((letter, index) => (index % 2 === 0 ? letter.toLowerCase() : String(letters.indexOf(letter) + 1)));
    const { outcome, output } = await take(answers, false);
    expect(outcome).toEqual({ right: 8, asked: 8, completed: true });
    expect(output.trimEnd().split("\n").at(-1)).toBe("Score: 8/8");
  });

  it("after each answer says right or wrong, with the explanation and the citation", async () => {
    const { output } = await take(wrong, false);
    for (const question of quiz.questions) {
      expect(output).toContain(`Wrong. The answer is ${letters[question.answer]}) ${question.choices[question.answer]}`);
      expect(output.replace(/\s+/g, " ")).toContain(question.explanation);
    }
    expect(output).toContain("Score: 0/8");
  });

  it("scripted: a bad answer is counted wrong, with a message, and the quiz goes on", async () => {
    const { outcome, output } = await take(["z", "", ...right.slice(2)], false);
    expect(outcome).toEqual({ right: 6, asked: 8, completed: true });
    expect(output).toContain("'z' is not one of the choices: counted wrong");
    expect(output).toContain("An empty answer is not one of the choices: counted wrong");
  });

  it("on a terminal: a bad answer is asked again and not counted", async () => {
    const { outcome, output } = await take(["z", "", "9", ...right], true);
    expect(outcome).toEqual({ right: 8, asked: 8, completed: true });
    expect(output).toContain("'z' is not one of the choices: answer with a letter");
    expect(output.match(/Your answer/g)).toHaveLength(8 + 3);
  });

  it("before the score, names the `ethics show` command of each standard answered wrong, once", async () => {
    const answers = right.map((letter, at) => (at % 3 === 0 ? wrong[at]! : letter));
    const { output } = await take(answers, false);
    const missed = [...new Set(quiz.questions.filter((_, at) => at % 3 === 0).map((question) => `${question.standard.code} ${question.standard.section} ${question.standard.number}`))];
    const review = output.slice(output.lastIndexOf("To review the standard"));
    expect(review.split("\n")).toEqual([
      `To review the ${missed.length === 1 ? "standard" : "standards"} you missed:`,
      ...missed.map((words) => `  ethics show ${words}`),
      "",
      `Score: ${right.length - Math.ceil(right.length / 3)}/${right.length}`,
      "",
    ]);
  });

  it("all right: no review", async () => {
    const { output } = await take(right, false);
    expect(output).not.toContain("To review");
  });

  it("the end of the input stops it cleanly with the score so far", async () => {
    const { outcome, output } = await take(right.slice(0, 3), false);
    expect(outcome).toEqual({ right: 3, asked: 3, completed: false });
    expect(output.trimEnd().split("\n").at(-1)).toBe("Score: 3/3");
    expect(output).not.toContain("Question 5 of 8");
  });

  it("shows a situation question's choices each with its standard, and the deciding one not again after the answer", async () => {
    const { output } = await take(right, false);
    const situation = quiz.questions.find((question) => question.kind === "situation")!;
    expect(situation.choiceStandards).toHaveLength(situation.choices.length);
    const asked = output.slice(output.indexOf(situation.ask.slice(0, 30)));
    const [choicesShown, afterAnswer] = [asked.slice(0, asked.indexOf("Your answer")), asked.slice(asked.indexOf("Your answer"), asked.indexOf("Question ", 1))];
    situation.choiceStandards!.forEach((standard, at) => {
      expect(standard.citation).toBe(situation.choices[at]);
      expect(choicesShown).toContain(`${String.fromCharCode(65 + at)}) ${standard.citation}\n     ${standard.text.split(" ").slice(0, 4).join(" ")}`);
    });
    expect(afterAnswer).not.toContain(situation.standard.text.split(" ").slice(0, 8).join(" "));
  });

  it.each([
    ["control characters", "\x1b]0;pwned\x07\u202e", "␛]0;pwned␇<U+202E>"],
    ["a C1 control and a tag character", "\u009b2J\udb40\udc41", "<U+009B>2J<U+E0041>"],
    // Cut to 40 columns, the "…" one of them (src/core/shorten.ts).
    ["a long line", "x".repeat(3_000_000), "x".repeat(39) + "…"],
    ["pictures that fill the columns", "\u202e".repeat(9), "<U+202E>".repeat(4) + "…"],
    // One grapheme of 501 code points: never split, so not shown at all.
    ["combining marks, which take no column", "e" + "\u0301".repeat(500), "…"],
    // A family is one picture, two columns (src/core/text-width.ts): nineteen and the "…".
    ["an emoji family joined with ZWJ, never split", "👨‍👩‍👧".repeat(30), "👨‍👩‍👧".repeat(19) + "…"],
  ])("scripted: %s in an answer are shown made visible and cut short", async (_what, answer, shown) => {
    const { output } = await take([answer], false);
    const echoed = output.split("\n").find((line) => line.startsWith("Your answer"))!;
    // the first question's choices, A to its last letter
    const last = String.fromCharCode("A".charCodeAt(0) + quiz.questions[0]!.choices.length - 1);
    expect(echoed).toBe(`Your answer (A–${last}): ${shown}`);
    expect(output.replace(/\s+/g, " ")).toContain(`'${shown}' is not one of the choices: counted wrong`);
    expect(output.length).toBeLessThan(20_000);
    expect(output).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f\u202e\udb40]/);
  });

  it("on a terminal: a bad answer is said back made visible and cut short", async () => {
    const { output } = await take(["\x1b[2J" + "y".repeat(100), ...right], true);
    expect(output.replace(/\s+/g, " ")).toContain(`'␛[2J${"y".repeat(35)}…' is not one of the choices: answer with`);
  });

  it("keeps every line within 80 columns", async () => {
    const { output } = await take(["z", ...wrong], false);
    for (const line of output.split("\n")) expect(visibleLength(line)).toBeLessThanOrEqual(80);
  });
});

describe("asking again the questions missed, at a terminal", () => {
  // Two missed (the first and the fourth), the rest right.
  const twoMissed = right.map((letter, at) => (at === 0 || at === 3 ? wrong[at]! : letter));
  const missedQuestions = [quiz.questions[0]!, quiz.questions[3]!];
  /** The right choice's words: an answer whatever order the choices are asked again in. */
  const rightWords = (question: (typeof quiz.questions)[number]) => question.choices[question.answer]!;
  const prompt = "You missed 2 questions.\nAsk them again? (y/N): ";

  it("asks, and on yes asks each again, its choices in another order, with a score of the round", async () => {
    const { outcome, output } = await take([...twoMissed, "y", ...missedQuestions.map(rightWords)], true);
    expect(outcome).toEqual({ right: 6, asked: 8, completed: true });
    const again = output.slice(output.indexOf(prompt) + prompt.length);
    expect(output.indexOf("Score: 6/8")).toBeLessThan(output.indexOf(prompt));
    expect(again.match(/Again: question \d of 2/g)).toEqual(["Again: question 1 of 2", "Again: question 2 of 2"]);
    for (const question of missedQuestions) expect(again).toContain(question.ask.slice(0, 20));
    expect(again.trimEnd().split("\n").at(-1)).toBe("Asked again: 2/2, all right now");
    // The letters say other choices than the first time (a strength question's keep the scale's order).
    const lettered = (text: string) => [...text.matchAll(/^ {2}([A-D])\) (.+)$/gm)].map((match) => `${match[1]}) ${match[2]}`);
    const firstTime = lettered(output.slice(0, output.indexOf(prompt)));
    const reordered = missedQuestions.filter((question) => question.kind !== "strength");
    expect(reordered.length).toBeGreaterThan(0);
    expect(lettered(again).filter((line) => !firstTime.includes(line)).length).toBeGreaterThan(0);
  });

  it("asks again, round after round, what is still missed", async () => {
    const wrongWords = (question: (typeof quiz.questions)[number]) => question.choices.find((_, at) => at !== question.answer)!;
    const [first, second] = missedQuestions as [(typeof quiz.questions)[number], (typeof quiz.questions)[number]];
    const { output } = await take([...twoMissed, "yes", rightWords(first), wrongWords(second), "y", rightWords(second)], true);
    expect(output).toContain("Asked again: 1/2\n");
    expect(output).toContain("You missed 1 question.\nAsk it again? (y/N): ");
    expect(output.trimEnd().split("\n").at(-1)).toBe("Asked again: 1/1, all right now");
  });

  it.each([["n"], [""], ["no"]])("on %j stops there", async (answer) => {
    const { output } = await take([...twoMissed, answer, ...missedQuestions.map(rightWords)], true);
    expect(output).not.toContain("Again: question");
    expect(output.endsWith(prompt)).toBe(true);
  });

  it("with all right, or from a script, never asks", async () => {
    expect((await take(right, true)).output).not.toMatch(/again\? \(y\/N\)/);
    const scripted = await take([...twoMissed, "y", ...missedQuestions.map(rightWords)], false);
    expect(scripted.output).not.toMatch(/again\? \(y\/N\)/);
    expect(scripted.output.trimEnd().split("\n").at(-1)).toBe("Score: 6/8");
  });
});
