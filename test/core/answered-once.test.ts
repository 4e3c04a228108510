// A lookup asked the same name again gives what it gave, or throws what it threw, without
// working it out again.
import { describe, expect, it } from "vitest";
import { answeredOnce } from "../../src/core/answered-once.js";
import { EthicsError } from "../../src/core/errors.js";

describe("answeredOnce", () => {
  it.each([
    ["an answer", ["gifts", "gifts", "gifts"], 1],
    ["names apart", ["gifts", "money", "gifts", "money"], 2],
    ["an error", ["nonsenseword", "nonsenseword"], 1],
    ["an answer and an error", ["gifts", "nonsenseword", "gifts", "nonsenseword"], 2],
  ])("%s: each name worked out once", (_what, names, worked) => {
    let calls = 0;
    const failure = new EthicsError("no topic 'nonsenseword'");
    const lookUp = answeredOnce((name: string) => {
      calls++;
      if (name === "nonsenseword") throw failure;
      return { name };
    });
    const answers = names.map((name) => {
      try {
        return lookUp(name);
      } catch (error) {
        return error;
      }
    });
    expect(calls).toBe(worked);
    // The same answer, the same error, each time.
    names.forEach((name, at) => expect(answers[at]).toBe(answers[names.indexOf(name)]));
    if (names.includes("nonsenseword")) expect(answers[names.indexOf("nonsenseword")]).toBe(failure);
  });
});
