// `quiz --topic gifts --seed 7 --count 10` explained a question on North Carolina 15 (gifts, if
// the agency allows them, related to the recovery process) with "Working Well Together ·
// Person-Driven 8 and Medi-Cal · Person-Driven 8 say much the same, so those codes are not among
// the choices": those support the person directing their own recovery process, and share that
// phrase only. A code says much the same only where its rule is on the same matter. (Its choices
// are the codes that write a rule as it is written, without "I" or "PSS": voice.ts.)
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, root } from "./run.js";

interface JsonQuiz {
  questions: { kind: string; choices: string[]; citation: string; explanation: string }[];
}

describe("which code says this: a code left out must say much the same", () => {
  it.each([1, 2, 3, 7])("--topic gifts --kind which-code --seed %i: North Carolina 15's question leaves out no code that writes as it does", (seed) => {
    const run = ethics(["quiz", "--topic", "gifts", "--kind", "which-code", "--count", "10", "--seed", String(seed), "--json"]);
    expect(run.code).toBe(0);
    const asked = (JSON.parse(run.stdout) as JsonQuiz).questions.find((question) => question.citation === "North Carolina 15");
    expect(asked).toBeDefined();
    expect(asked!.explanation).toBe("North Carolina 15 says this.");
    expect([...asked!.choices].sort()).toEqual(["Medi-Cal", "North Carolina", "Working Well Together"]);
  });

  it("a copy word for word is still left out and named", () => {
    // beside an agency's code written as Medi-Cal's is: with the copy left out, two codes write so
    const run = ethics(["--data", join(root, "test/fixtures/riverbend"), "quiz", "--topic", "gifts", "--kind", "which-code", "--count", "10", "--seed", "1", "--json"]);
    const asked = (JSON.parse(run.stdout) as JsonQuiz).questions.find((question) => question.citation.endsWith("Integrity 5"))!;
    const [own, copy] = asked.citation.startsWith("Medi-Cal") ? ["Medi-Cal", "Working Well Together"] : ["Working Well Together", "Medi-Cal"];
    expect(asked.explanation).toBe(`${own} · Integrity 5 says this. ${copy} · Integrity 5 says much the same, so that code is not among the choices.`);
    expect(asked.choices).not.toContain(copy);
  });
});
