// A range written high to low is told apart, and written the other way round for an example.
import { describe, expect, it } from "vitest";
import { rangesForward, runsBackwards } from "../../../src/core/codes/backwards-ranges.js";

describe("ranges that run backwards", () => {
  it.each<[string, boolean, string]>([
    ["12-5", true, "5-12"],
    ["5-12", false, "5-12"],
    ["12-5,7", true, "5-12,7"],
    ["1,9-3,20-30", true, "1,3-9,20-30"],
    ["12", false, "12"],
    ["12-", false, "12-"],
    ["5-5", false, "5-5"],
    ["10-9", true, "9-10"],
  ])("%j: backwards %s, forward %j", (selection, backwards, forward) => {
    expect(runsBackwards(selection)).toBe(backwards);
    expect(rangesForward(selection)).toBe(forward);
  });
});
