// `ethics quiz --worksheet`: a quiz for a class on paper, the same questions the same seed asks
// at a terminal, and the answer key after them. Nothing is asked: it reads no answers.
import { describe, expect, it } from "vitest";
import { ethics, expectShortFailure } from "./run.js";

interface JsonQuestion {
  prompt: string;
  choices: string[];
  answer: number;
  explanation: string;
}

describe("ethics quiz --worksheet", () => {
  const args = ["quiz", "--code", "medi-cal", "--topic", "confidentiality", "--count", "3", "--seed", "11"];
  const sheet = ethics([...args, "--worksheet"], { input: "" });
  const questions: JsonQuestion[] = JSON.parse(ethics([...args, "--json"]).stdout).questions;

  it("prints the questions, then the answers, without asking, and fits 80 columns", () => {
    expect([sheet.code, sheet.stderr]).toEqual([0, ""]);
    expect(sheet.stdout).toMatch(/^# Quiz: 3 questions\n/);
    expect(sheet.stdout.indexOf("## Questions")).toBeLessThan(sheet.stdout.indexOf("## Answers"));
    expect(sheet.stdout).not.toContain("Your answer");
    for (const line of sheet.stdout.split("\n")) expect([...line].length).toBeLessThanOrEqual(80);
  });

  it("holds the questions the same seed asks, and their right answers in the key", () => {
    const flat = sheet.stdout.replace(/\n\s*(?:> ?)?/g, " ");
    const [asked, key] = flat.split("## Answers") as [string, string];
    questions.forEach((question, at) => {
      for (const choice of question.choices) expect(asked).toContain(choice);
      const letter = String.fromCharCode(65 + question.answer);
      expect(key).toContain(`${at + 1}. **${letter}) ${question.choices[question.answer]}** — ${question.explanation}`);
    });
  });

  it("names the command that asks the same quiz at a terminal, which does", () => {
    const command = /`(ethics quiz [^`]+)`/.exec(sheet.stdout.replace(/\n/g, " "))![1]!;
    expect(command).toBe("ethics quiz --code medi-cal --topic confidentiality --count 3 --seed 11");
    const again = ethics([...command.split(" ").slice(1), "--json"]);
    expect(JSON.parse(again.stdout).questions).toEqual(questions);
  });

  // Where the choices differ in having editor's notes, none shows one (a note under the right one
  // alone gave it away): the notes are checked of questions whose choices all have some.
  it("gives each standard a situation offers whole, with the editor's notes the terminal's quiz shows", () => {
    const editorial = new Map<string, string[]>();
    const model: { codes: { sections: { standards: { citation: string; editorial: string[] }[] }[] }[] } = JSON.parse(ethics(["export", "--json"]).stdout);
    for (const code of model.codes) for (const section of code.sections) for (const standard of section.standards) editorial.set(standard.citation, standard.editorial);
    const asked = ethics(["quiz", "--worksheet", "--count", "300", "--seed", "3"]).stdout.split("## Answers")[0]!;
    // Each question's choices, its lines joined: a situation's quotes the standard it cites, up to the next choice.
    // Markdown's escapes read back ("families\\_and" is "families_and" rendered).
    const questions = asked.split(/\n(?=\d+\. )/).map((question) => question.split(/\n\s*- (?=[A-D]\) )/).slice(1).map((choice) => choice.replace(/\n\s*/g, " ").replace(/\\(.)/g, "$1")));
    const citationOf = (choice: string) => /^[A-D]\) (.+?) > /.exec(choice)?.[1];
    const allNoted = questions.filter((choices) => choices.length > 0 && choices.every((choice) => (editorial.get(citationOf(choice) ?? "") ?? []).length > 0));
    const choices = allNoted.flat();
    for (const some of questions.filter((choices) => !allNoted.includes(choices))) for (const choice of some) expect(choice).not.toContain("Editor's note:");
    const noted = choices.filter((choice) => /^[A-D]\) .+? > /.test(choice)).flatMap((choice) => {
      const citation = /^[A-D]\) (.+?) > /.exec(choice)![1]!;
      return (editorial.get(citation) ?? []).map((remark) => [choice, remark] as const);
    });
    for (const [choice, remark] of noted) expect(choice).toContain(`Editor's note: ${remark}`);
  });

  it("refuses --json beside it: one output at a time", () => {
    expectShortFailure(ethics(["quiz", "--worksheet", "--json"]), 2, "--worksheet");
  });
});
