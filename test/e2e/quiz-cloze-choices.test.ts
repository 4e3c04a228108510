// The choices of a missing word: each could stand in the blank, and none is ruled out by its tone.
// `quiz --kind cloze` offered "hurting" for "their _____ agency" (employing), "_____ arts"
// (healing), "stories of _____ resiliency" (building), and "insulting" for "Provide a _____
// environment" (welcoming).
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

interface Cloze {
  prompt: string;
  choices: string[];
  answer: number;
}

/** Words that name a harm done to a person, as a candidate reads them. */
const HARM = /^(?:hurt|insult|demean|harm|abus|exploit|threat|harass|coerc|intimid|manipul|discrimin|neglect|negligen|withh[eo]ld|imperson|fraud|derogat|misrepresent|decei|decept|incompeten|misconduct)/i;

describe("quiz --kind cloze: plausible choices", () => {
  it.each(["12", "14", "18", "26", "92", "105", "140", "245"])("--seed %s: “hurting” only as an answer, a harm only beside a harm", (seed) => {
    const run = ethics(["quiz", "--kind", "cloze", "--count", "10", "--seed", seed, "--json"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const { questions } = JSON.parse(run.stdout) as { questions: Cloze[] };
    expect(questions).toHaveLength(10);
    for (const question of questions) {
      const answer = question.choices[question.answer]!;
      const wrong = question.choices.filter((_, at) => at !== question.answer);
      if (answer !== "hurting") expect(wrong, question.prompt).not.toContain("hurting");
      for (const choice of wrong) expect(HARM.test(choice), `${choice} beside ${answer}`).toBe(HARM.test(answer));
    }
  });

  it("“Provide a _____ environment” is offered words the codes write before a noun, not a harm", () => {
    const offered = new Set<string>();
    for (const seed of ["92", "140", "143"]) {
      const { questions } = JSON.parse(ethics(["quiz", "--kind", "cloze", "--count", "10", "--seed", seed, "--json"]).stdout) as { questions: Cloze[] };
      for (const question of questions) if (question.prompt.includes("Provide a _____ environment")) question.choices.forEach((choice) => offered.add(choice));
    }
    expect(offered.size).toBeGreaterThan(0);
    for (const choice of offered) expect(["welcoming", "employing", "learning"]).toContain(choice);
  });
});
