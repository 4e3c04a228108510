// `quiz --count five` was refused ("--count takes a whole number ≥ 1, not 'five'"), though
// show reads numbers said in words (`show twelve five`). The counts of quiz, random and search
// take English number words; what says no number keeps its message.
import { describe, expect, it } from "vitest";
import { ethics, expectShortFailure } from "./run.js";

describe("a count in English words", () => {
  it.each([
    [["quiz", "--count", "five", "--json", "--seed", "7"], ["quiz", "--count", "5", "--json", "--seed", "7"]],
    [["quiz", "--count", "Twenty-five", "--json", "--seed", "7"], ["quiz", "--count", "25", "--json", "--seed", "7"]],
    [["quiz", "-n", "twenty five", "--json", "--seed", "7"], ["quiz", "-n", "25", "--json", "--seed", "7"]],
    [["random", "--count", "two", "--json", "--seed", "3"], ["random", "--count", "2", "--json", "--seed", "3"]],
    [["search", "gifts", "--limit", "three", "--json"], ["search", "gifts", "--limit", "3", "--json"]],
  ])("ethics %j is ethics %j", (words, digits) => {
    const said = ethics(words);
    expect(said.stderr).toBe("");
    expect(said.code).toBe(0);
    expect(said.stdout).toBe(ethics(digits).stdout);
  });

  // Unquoted, the shell gives the option "twenty" alone: the words the number goes on in are its.
  it.each([
    [["quiz", "--count", "twenty", "five", "--json", "--seed", "7"], ["quiz", "--count", "25", "--json", "--seed", "7"]],
    [["random", "-n", "twenty", "two", "--json", "--seed", "3"], ["random", "-n", "22", "--json", "--seed", "3"]],
    [["search", "gifts", "--limit", "twenty", "one", "--json"], ["search", "gifts", "--limit", "21", "--json"]],
  ])("ethics %j, unquoted, is ethics %j", (words, digits) => {
    const said = ethics(words);
    expect(said.stderr).toBe("");
    expect(said.stdout).toBe(ethics(digits).stdout);
  });

  it("a word after the count that goes on no number stays the command's", () => {
    expectShortFailure(ethics(["quiz", "--count", "twenty", "gifts"]), 2, "hint: `ethics quiz --count twenty --topic gifts`");
    expect(JSON.parse(ethics(["search", "--limit", "three", "five", "gifts", "--json"]).stdout).query).toBe("five gifts");
  });

  // `search --limit twenty five` was a limit of 25 and a search for "five": the word read twice.
  // A count takes all its words, as `search --code north carolina` takes its name's, and the
  // search is told that no words are left.
  it("a count that takes every word after it leaves search no query, and says so", () => {
    expectShortFailure(
      ethics(["search", "--limit", "twenty", "five", "--json"]),
      2,
      "ethics: search needs <query...>: the words after --limit say its count (25), which leaves no words to search for\nhint: e.g. `ethics search gifts --limit 25`\n",
    );
    const run = ethics(["search", "--limit", "twenty", "five", "peer", "--json"]);
    expect(JSON.parse(run.stdout).query).toBe("peer");
    expect(JSON.parse(run.stdout).hits).toHaveLength(25);
  });

  it("the count is the one given", () => {
    expect(JSON.parse(ethics(["search", "gifts", "--limit", "three", "--json"]).stdout).hits).toHaveLength(3);
  });

  it("the same count in words and in digits is one request", () => {
    expect(ethics(["search", "gifts", "--limit", "three", "--limit", "3"]).code).toBe(0);
  });

  it.each([
    [["quiz", "--count", "fiv"], "ethics: --count takes a whole number ≥ 1, not 'fiv'"],
    [["quiz", "--count", "zero"], "ethics: --count takes a whole number ≥ 1, not 'zero'"],
    [["quiz", "--count", "five more"], "ethics: --count takes a whole number ≥ 1, not 'five more'"],
    [["search", "gifts", "--limit", "lots"], "ethics: --limit takes a whole number ≥ 1, not 'lots'"],
    // a seed is no count: digits only
    [["quiz", "--seed", "five"], "ethics: --seed takes a whole number from 0 to"],
  ])("ethics %j keeps its message", (words, message) => {
    expectShortFailure(ethics(words), 2, message);
  });
});
