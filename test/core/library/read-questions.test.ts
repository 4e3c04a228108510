// The questions of data/questions/ (what people type when a standard is what they need), read
// and checked as the build reads them: each file named after a built-in code, each entry one
// standard of it with a list of questions; every problem located, all files' together.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DataError } from "../../../src/core/errors.js";
import { readCodeDir } from "../../../src/core/codes/load.js";
import { readQuestionsDir } from "../../../src/core/library/read-questions.js";
import { readDataDirectory } from "../../../src/core/library/read-data.js";
import { standardKeyOf } from "../../../src/core/codes/standard-text.js";
import { allStandards } from "../../../src/model.js";

const root = join(import.meta.dirname, "../../..");
const codes = readCodeDir(join(root, "data"), "builtin");
const fixtures = join(root, "test/fixtures/questions");

function problems(): string[] {
  try {
    readQuestionsDir(fixtures, codes, "questions");
  } catch (error) {
    if (error instanceof DataError) return error.problems.map((problem) => `${problem.file}:${problem.line} ${problem.message}`);
    throw error;
  }
  return [];
}

describe("reading the questions of the built-in codes' standards", () => {
  it.each([
    ["a file named after no code", /^questions\/nowhere\.yaml:0 no code 'nowhere': a file of questions is named after the code it is for/],
    ["a number past the code's end", /^questions\/wisconsin\.yaml:2 .*99/],
    ["a range of standards", /^questions\/wisconsin\.yaml:4 '1-2' names 2 standards: give the questions of one/],
    ["a standard with no questions", /^questions\/north-carolina\.yaml:2 expected at least one question/],
    ["a question that is no text", /^questions\/north-carolina\.yaml:4 expected question as text, got 42/],
  ])("locates %s", (_name, pattern) => {
    expect(problems()).toEqual(expect.arrayContaining([expect.stringMatching(pattern)]));
  });

  it("reports every problem of every file at once, and nothing of a good file", () => {
    const found = problems();
    expect(found).toHaveLength(5);
    expect(found.some((problem) => problem.startsWith("questions/alaska.yaml"))).toBe(false);
  });

  it("gives every standard of every built-in code eight questions", () => {
    const asked = readDataDirectory(join(root, "data")).asked!;
    const standards = codes.flatMap(allStandards);
    expect(standards.length).toBeGreaterThan(250);
    for (const standard of standards) expect(asked.get(standardKeyOf(standard))?.length, standard.citation).toBe(8);
    expect(asked.size).toBe(standards.length);
  });
});
