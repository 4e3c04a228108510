// ETHICS_CODE: the code a person works under, searched, drawn from, quizzed on and read section
// references in when a command names none; --code says otherwise, --all-codes asks every code.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

const withCode = (code: string, args: string[]) => ethics(args, { env: { ETHICS_CODE: code } });
const citations = (stdout: string) => stdout.split("\n").filter((line) => / · |^Wisconsin \d|^North Carolina \d/.test(line));
const codesOf = (json: string) => new Set((JSON.parse(json) as { hits: { code: string }[] }).hits.map((hit) => hit.code));

describe("ETHICS_CODE", () => {
  it("narrows a search to the code it names, whatever the code's name is typed as", () => {
    for (const name of ["medi-cal", "Medi-Cal", " medical "]) {
      const run = withCode(name, ["search", "gifts", "--json"]);
      expect(run.code).toBe(0);
      expect(codesOf(run.stdout)).toEqual(new Set(["medi-cal"]));
    }
    expect(codesOf(withCode("alaska,wi", ["search", "gifts", "--json"]).stdout)).toEqual(new Set(["alaska", "wisconsin"]));
  });

  it("gives way to --code, to --all-codes and to a code the question names", () => {
    expect(codesOf(withCode("medi-cal", ["search", "gifts", "--code", "alaska", "--json"]).stdout)).toEqual(new Set(["alaska"]));
    expect(codesOf(withCode("medi-cal", ["search", "gifts", "--all-codes", "--json"]).stdout).size).toBe(5);
    // Asked about Alaska, the search is Alaska's first, as without the variable.
    const named = withCode("medi-cal", ["search", "what does alaska say about gifts", "--json"]);
    expect(JSON.parse(named.stdout).hits[0].code).toBe("alaska");
    const both = withCode("medi-cal", ["search", "gifts", "--code", "alaska", "--all-codes"]);
    expect([both.code, both.stderr]).toEqual([2, "ethics: --all-codes and --code cannot be used together\nhint: give one of them\n"]);
  });

  it("is left out when blank", () => {
    expect(codesOf(withCode(" , ", ["search", "gifts", "--json"]).stdout).size).toBe(5);
  });

  it("says a code it names is none, as ETHICS_CODE's, with the nearest", () => {
    const run = withCode("medcal", ["search", "gifts"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr.replace(/\s+/g, " ")).toBe(
      "ethics: ETHICS_CODE: no code 'medcal' — did you mean medi-cal? hint: expected one of: alaska, california, medi-cal, north-carolina, wisconsin (ETHICS_CODE names the codes used when a command is given no --code) ",
    );
    // Codes listed as people list them: the variable's own commas in the hint.
    const listed = withCode("wi and nc", ["random"]);
    expect(listed.stderr.replace(/\s+/g, " ")).toBe(
      "ethics: ETHICS_CODE: no code 'wi and nc' hint: codes are separated by commas: ETHICS_CODE=wisconsin,north-carolina (ETHICS_CODE names the codes used when a command is given no --code) ",
    );
    // list, where a person looks to see the codes, says so and lists them.
    const listed2 = withCode("medcal", ["list"]);
    expect(listed2.code).toBe(0);
    expect(listed2.stderr.replace(/\s+/g, " ")).toBe("hint: ETHICS_CODE: no code 'medcal' — did you mean medi-cal? (search, random and quiz refuse it until it names one) ");
    // A command that chooses no codes does not read it.
    expect(withCode("medcal", ["topics"]).stderr).toBe("");
  });

  it("is said under the list of codes", () => {
    const run = withCode("ak,wi", ["list"]);
    expect(run.stdout.trimEnd().split("\n").at(-1)).toBe("ETHICS_CODE: Alaska, Wisconsin. search, random and quiz use them when given no --code; --all-codes asks every code.");
    expect(ethics(["list"]).stdout).not.toContain("ETHICS_CODE");
    expect(JSON.parse(withCode("ak", ["list", "--json"]).stdout).codes).toHaveLength(5);
  });

  it("is given to a script by list --json, as ids, and only where it names codes", () => {
    expect(JSON.parse(withCode("wi,medical", ["list", "--json"]).stdout).defaultCodes).toEqual(["wisconsin", "medi-cal"]);
    expect(JSON.parse(ethics(["list", "--json"]).stdout)).not.toHaveProperty("defaultCodes");
    expect(JSON.parse(withCode("medcal", ["list", "--json"]).stdout)).not.toHaveProperty("defaultCodes");
  });

  it("tells what it kept out, and how to search every code", () => {
    // "BHIN" is a word of Medi-Cal's alone.
    const run = withCode("alaska", ["search", "BHIN"]);
    expect([run.code, run.stderr]).toEqual([1, "ethics: no standard of Alaska matches 'BHIN'\nhint: it matches standards of other codes: search with --all-codes\n"]);
    const typed = ethics(["search", "BHIN", "--code", "alaska"]);
    expect(typed.stderr).toContain("hint: it matches standards of other codes: search without --code\n");
  });

  it("draws random standards and quizzes from the code it names", () => {
    const drawn = JSON.parse(withCode("alaska", ["random", "--count", "5", "--seed", "3", "--json"]).stdout) as { standards: { code: string }[] };
    expect(new Set(drawn.standards.map((standard) => standard.code))).toEqual(new Set(["alaska"]));
    const quiz = JSON.parse(withCode("wi", ["quiz", "--count", "4", "--seed", "3", "--json"]).stdout) as { questions: { citation: string }[] };
    expect(quiz.questions.every((question) => question.citation.startsWith("Wisconsin"))).toBe(true);
    const everyCode = JSON.parse(withCode("alaska", ["random", "--count", "20", "--seed", "3", "--all-codes", "--json"]).stdout) as { standards: { code: string }[] };
    expect(new Set(everyCode.standards.map((standard) => standard.code)).size).toBeGreaterThan(1);
  });

  it("narrows a review, and says how to ask about all of it", () => {
    const state = mkdtempSync(join(tmpdir(), "ethics-default-code-"));
    const missed = { code: "alaska", section: "conduct", number: 2, missed: 1, lastMissed: "2026-12-01T08:00:00.000Z", rightSince: 0 };
    writeFileSync(join(state, "quiz-review.json"), JSON.stringify({ standards: [missed] }));
    const narrowed = ethics(["quiz", "--review"], { env: { ETHICS_CODE: "medi-cal", ETHICS_STATE_DIR: state } });
    expect([narrowed.code, narrowed.stderr]).toEqual([1, "ethics: none of the standards to review is in medi-cal\nhint: `ethics quiz --review --all-codes` asks about all of them\n"]);
    const all = ethics(["quiz", "--review", "--all-codes", "--json"], { env: { ETHICS_CODE: "medi-cal", ETHICS_STATE_DIR: state } });
    expect(JSON.parse(all.stdout).questions.map((question: { citation: string }) => question.citation)).toEqual(["Alaska · Conduct 2"]);
  });

  it("reads a reference that names no code in the one code it names, never over a reading of the words' own", () => {
    expect(citations(withCode("medi-cal", ["show", "integrity", "12"]).stdout)).toEqual(["Medi-Cal · Integrity 12"]);
    expect(citations(withCode("wisconsin", ["show", "12"]).stdout)).toEqual(["Wisconsin 12"]);
    expect(citations(withCode("medi-cal", ["show", "alaska", "conduct", "2"]).stdout)).toEqual(["Alaska · Conduct 2"]);
    // Two codes named: which one's Integrity is not for ethics to guess.
    const two = withCode("medi-cal,california", ["show", "integrity", "12"]);
    expect(two.code).toBe(1);
    expect(two.stderr).toContain("no code 'integrity': it is a section of");
    // Read in the code, still no standard: the code's message, as with the code typed.
    expect(withCode("medi-cal", ["show", "integrity", "99"]).stderr).toBe("ethics: Medi-Cal Integrity has no 99\nhint: Medi-Cal Integrity has 1–14\n");
  });
});
