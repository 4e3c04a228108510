// Numbers given to options (--seed, --count, --limit) are read as references read them: digits
// of any script (Arabic-Indic ٣, Persian ۳, fullwidth ３) are those digits. `--seed ٣` was
// refused while `show medi-cal integrity ١٢` was taken.
import { describe, expect, it } from "vitest";
import { ethics, expectShortFailure } from "./run.js";

describe("an option's number in another script's digits", () => {
  it.each([
    [["random", "--seed", "٣"], ["random", "--seed", "3"]],
    [["random", "--seed", "۰۰۳"], ["random", "--seed", "3"]],
    [["quiz", "--seed", "٤٢", "--count", "٢", "--json"], ["quiz", "--seed", "42", "--count", "2", "--json"]],
    [["search", "gifts", "-n", "３"], ["search", "gifts", "-n", "3"]],
  ])("%j is %j", (typed, ascii) => {
    const [result, expected] = [ethics(typed), ethics(ascii)];
    expect(expected.code).toBe(0);
    expect(expected.stdout).not.toBe("");
    expect(result).toEqual(expected);
  });

  it.each([
    [["random", "--seed", "٣.٥"], "ethics: --seed takes a whole number from 0 to 4294967295, not '٣.٥'"],
    [["random", "--seed", "٤٢٩٤٩٦٧٢٩٦"], "ethics: --seed takes a whole number from 0 to 4294967295, not '٤٢٩٤٩٦٧٢٩٦'"],
    [["quiz", "--count", "٠", "--json"], "ethics: --count takes a whole number ≥ 1, not '٠'"],
  ])("%j is refused, as its ASCII digits would be", (args, message) => {
    expectShortFailure(ethics(args), 2, message);
  });
});
