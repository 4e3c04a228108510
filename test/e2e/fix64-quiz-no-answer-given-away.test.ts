// A trainer's quiz on gifts asked about the same text twice: `quiz --topic gifts --seed 7 --count
// 5` showed "Follow organizational policies and guidelines…" whole in question 1 (Medi-Cal
// Integrity 5) and asked for its missing word in question 3 (Working Well Together's copy); with
// --count 10, question 5 showed North Carolina 15 under its citation and question 8 asked which
// code says it. A quiz asks about each text once, copies counting as one, and never about a text
// another question shows; where the standards hold fewer texts than the questions asked, it says so.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

interface JsonQuestion {
  kind: string;
  prompt: string;
  choices: string[];
  answer: number;
  choiceStandards?: { text: string }[];
}

/** The text a question is about, its missing word put back. */
function askedText(question: JsonQuestion): string {
  if (question.choiceStandards) return question.choiceStandards[question.answer]!.text;
  const passage = question.prompt.split("\n\n")[1]!.split("\n")[0]!;
  return question.kind === "cloze" ? passage.replace("_____", question.choices[question.answer]!) : passage;
}

/** The texts a question shows: its passage (a blank and all), or its choices' standards. */
function shownTexts(question: JsonQuestion): string[] {
  if (question.choiceStandards) return question.choiceStandards.map((standard) => standard.text);
  return [askedText(question)];
}

describe("quiz: no question gives away another's answer", () => {
  it.each([
    [["--topic", "gifts", "--seed", "7", "--count", "5"]],
    [["--topic", "gifts", "--seed", "7", "--count", "10"]],
    [["--topic", "gifts", "--seed", "3", "--count", "10"]],
    [["--code", "medi-cal,california", "--seed", "7", "--count", "20"]],
    [["--seed", "7", "--count", "30"]],
  ])("%j: no text asked about is shown or asked in another question", (args) => {
    const run = ethics(["quiz", ...args, "--json"]);
    expect(run.code).toBe(0);
    const { questions } = JSON.parse(run.stdout) as { questions: JsonQuestion[] };
    questions.forEach((question, at) => {
      questions.forEach((other, otherAt) => {
        if (otherAt !== at) expect(shownTexts(other), `question ${at + 1} in question ${otherAt + 1}`).not.toContain(askedText(question));
      });
    });
  });

  it("on gifts, seven standards say five texts: five questions of ten, and the note says why", () => {
    const run = ethics(["quiz", "--topic", "gifts", "--seed", "7", "--count", "10"], { env: { COLUMNS: "80" }, input: "a\n".repeat(5) });
    expect(run.code).toBe(0);
    expect(run.stdout.replace(/\s+/g, " ")).toContain(
      "Only 5 of the 10 questions asked could be made: these standards hold 5 texts (standards that say the same count as one), and a quiz asks about each text once.",
    );
    expect(run.stdout).toMatch(/^Quiz: 5 questions/);
    expect(run.stdout.split("\n").every((line) => line.length <= 80)).toBe(true);
  });
});
