// `ethics quiz --kind`: only the kinds of question asked for — situations alone for a candidate
// practising which rule governs, or a worksheet of missing words — reproducible with its seed.
import { describe, expect, it } from "vitest";
import { ethics, expectShortFailure } from "./run.js";

const kindsOf = (args: string[]) => (JSON.parse(ethics(["quiz", ...args, "--json"]).stdout).questions as { kind: string }[]).map((question) => question.kind);

describe("ethics quiz --kind", () => {
  it.each([
    [["--kind", "situation"], ["situation"]],
    [["-k", "strength,cloze"], ["strength", "cloze"]],
    [["--kind", "which-code", "--kind", "CLOZE"], ["which-code", "cloze"]],
  ])("%j asks only %j", (args, kinds) => {
    const asked = kindsOf([...args, "--count", "8", "--seed", "3"]);
    expect(asked).toHaveLength(8);
    for (const kind of asked) expect(kinds).toContain(kind);
  });

  // Asked alongside a kind the scope can make, one it cannot was left out without a word.
  it("says so where a kind asked for makes no question, the others asked", () => {
    // A user's code whose concepts are only inferred has no situation's answer to teach.
    const quiz = JSON.parse(ethics(["--data", "test/fixtures/user-codes", "quiz", "--kind", "situation,strength", "--code", "riverside", "--count", "2", "--seed", "2", "--json"]).stdout) as { questions: { kind: string }[]; notes: string[] };
    expect(quiz.questions.map((question) => question.kind)).toEqual(["strength", "strength"]);
    expect(quiz.notes).toEqual([
      "No “which standard governs this situation” questions could be made from these standards: none of Riverside's 3 standards are tagged with concepts in its file (`concepts:`); 3 have concepts only inferred from their wording.",
    ]);
  });

  // A code of one list was left out of situations, when a choice was its citation alone ("Wisconsin
  // 12"): a choice shows its standard's words now, and a Wisconsin candidate got no situation at all.
  it.each(["wisconsin", "north-carolina"])("asks situations of %s, whose standards are one list", (code) => {
    const quiz = JSON.parse(ethics(["quiz", "--kind", "situation", "--code", code, "--count", "3", "--seed", "2", "--json"]).stdout) as { questions: { kind: string; citation: string; choiceStandards: { text: string }[] }[]; notes: string[] };
    expect(quiz.notes).toEqual([]);
    expect(quiz.questions).toHaveLength(3);
    for (const question of quiz.questions) {
      expect(question.kind).toBe("situation");
      expect(question.choiceStandards.every((standard) => standard.text.length > 0)).toBe(true);
    }
  });

  it("names --kind in the command a worksheet gives, which asks the same", () => {
    const sheet = ethics(["quiz", "--kind", "situation", "--count", "3", "--seed", "9", "--worksheet"]);
    const command = /`(ethics quiz [^`]+)`/.exec(sheet.stdout.replace(/\n/g, " "))![1]!;
    expect(command).toBe("ethics quiz --count 3 --kind situation --seed 9");
    expect(ethics([...command.split(" ").slice(1), "--json"]).stdout).toBe(ethics(["quiz", "--kind", "situation", "--count", "3", "--seed", "9", "--json"]).stdout);
  });

  it.each([
    [["quiz", "--kind", "essay"], 2, "--kind takes which-code, situation, strength, cloze, not 'essay'"],
    // a stray comma was "not ''", naming nothing typed
    [["quiz", "--kind", "situation,"], 2, "--kind 'situation,' has an empty name (a stray comma?): it takes kinds of question separated by commas"],
    [["quiz", "--kind", ""], 2, "--kind '' is empty: it takes which-code, situation, strength, cloze, or several separated by commas"],
    // a name near a kind's, a word of one, or the start of one, is said to be it
    [["quiz", "--kind", "situations"], 2, "--kind takes which-code, situation, strength, cloze, not 'situations' — did you mean situation?"],
    [["quiz", "--kind", "cloze,Code"], 2, "--kind takes which-code, situation, strength, cloze, not 'Code' — did you mean which-code?"],
    [["quiz", "--kind", "sit"], 2, "--kind takes which-code, situation, strength, cloze, not 'sit' — did you mean situation?"],
    [["--data", "test/fixtures/user-codes", "quiz", "--kind", "situation", "--code", "riverside"], 1, "no question of the kind asked for (situation) can be made from these standards"],
  ])("%j fails: %s", (args, status, message) => {
    expectShortFailure(ethics(args), status, message);
  });
});
