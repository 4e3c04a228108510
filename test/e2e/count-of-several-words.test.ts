// `ethics quiz --count a hundred and two`, unquoted, said "--count takes a whole number ≥ 1, not
// 'a'": the shell gives the option "a" alone, which says no number, and it was refused before
// the words after it were read as part of it (`--count twenty five` worked: "twenty" says one).
// Counts of several words, and dozens, are now read whole wherever a count is taken.
import { describe, expect, it } from "vitest";
import { ethics, expectShortFailure } from "./run.js";

describe("a count of several words, unquoted", () => {
  it.each([
    [["quiz", "--count", "a", "hundred", "and", "two", "--json", "--seed", "7"], ["quiz", "--count", "102", "--json", "--seed", "7"]],
    [["quiz", "--count", "one", "hundred", "and", "two", "--json", "--seed", "7"], ["quiz", "--count", "102", "--json", "--seed", "7"]],
    [["quiz", "--count", "a", "dozen", "--json", "--seed", "7"], ["quiz", "--count", "12", "--json", "--seed", "7"]],
    [["random", "-n", "a", "dozen", "--json", "--seed", "3"], ["random", "-n", "12", "--json", "--seed", "3"]],
    [["random", "--count", "half", "a", "dozen", "--json", "--seed", "3"], ["random", "--count", "6", "--json", "--seed", "3"]],
    [["random", "--count", "two", "dozen", "--json", "--seed", "3"], ["random", "--count", "24", "--json", "--seed", "3"]],
    [["search", "gifts", "--limit", "a", "dozen", "--json"], ["search", "gifts", "--limit", "12", "--json"]],
    [["search", "--limit", "a", "dozen", "gifts", "--json"], ["search", "gifts", "--limit", "12", "--json"]],
  ])("ethics %j is ethics %j", (words, digits) => {
    const said = ethics(words);
    expect(said.stderr).toBe("");
    expect(said.code).toBe(0);
    expect(said.stdout).toBe(ethics(digits).stdout);
  });

  it("quoted, the same", () => {
    const quoted = ethics(["random", "--count", "a dozen", "--json", "--seed", "3"]);
    expect(quoted.code).toBe(0);
    expect(JSON.parse(quoted.stdout).standards).toHaveLength(12);
  });

  it.each([
    [["quiz", "--count", "a"], "ethics: --count takes a whole number ≥ 1, not 'a'"],
    [["random", "--count", "a", "few"], "ethics: --count takes a whole number ≥ 1, not 'a'"],
    [["search", "gifts", "--limit", "a"], "ethics: --limit takes a whole number ≥ 1, not 'a'"],
  ])("ethics %j, saying no count, keeps its message", (words, message) => {
    expectShortFailure(ethics(words), 2, message);
  });
});
