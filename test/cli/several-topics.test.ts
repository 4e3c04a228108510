import { describe, expect, it } from "vitest";
import { oneOfSeveral } from "../../src/cli/several-topics.js";
import { UsageError } from "../../src/core/errors.js";

/** Topics by name, each its own place, read without parentheses as slugs read them; a name outside them is not found. */
const NAMES = new Map([
  ["gifts", ["gifts"]],
  ["money", ["money"]],
  ["dual relationships", ["relationships", "dual"]],
  ["relationships", ["relationships"]],
]);

function resolve(name: string): readonly string[] {
  const found = NAMES.get(name.toLowerCase().replace(/[()]/g, ""));
  if (found === undefined) throw new Error(`no topic '${name}'`);
  return found;
}

const one = (input: string) => oneOfSeveral(input, resolve, { taker: "`ethics concepts`", what: "topic or concept", askFor: (part) => `ethics concepts ${part}`, placeOf: (found) => found });

function refusal(input: string): UsageError {
  try {
    one(input);
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error(`expected '${input}' to be refused`);
}

describe("names written apart with spaces", () => {
  it.each([
    ["gifts money", "one at a time: ethics concepts gifts, then ethics concepts money"],
    ["dual relationships money", "one at a time: ethics concepts dual relationships, then ethics concepts money"],
    ["gifts money, dual relationships", "one at a time: ethics concepts gifts, then ethics concepts money, then ethics concepts dual relationships"],
  ])("%j: one at a time, as the comma form says", (input, hint) => {
    const error = refusal(input);
    expect(error.message).toBe(`\`ethics concepts\` takes one topic or concept, not ${hint.split(", then").length}: '${input}'`);
    expect(error.hint).toBe(hint);
  });

  it("a name of several words is read whole first", () => {
    expect(one("dual relationships")).toEqual(["relationships", "dual"]);
  });

  it("words that name one matter are that matter", () => {
    expect(one("gifts gifts")).toEqual(["gifts"]);
    expect(one("dual relationships relationships")).toEqual(["relationships"]);
  });

  it("a word that names nothing leaves the not-found as it was", () => {
    expect(() => one("gifts xyzzy")).toThrow("no topic 'gifts xyzzy'");
  });

  it("a word that is no name's word (a pasted heading's id) is not split off", () => {
    expect(() => one("gifts (money)")).toThrow("no topic 'gifts (money)'");
  });
});

describe("a long list pasted", () => {
  // `topic gifts and xx and xx …` (10,000 words) took minutes: every part was resolved, each a
  // fuzzy match against every name, twice, after the first that named nothing.
  it.each([
    ["a part that names nothing ends the reading", `gifts${" and xx".repeat(2000)}`, 10],
    ["a name given again is resolved once", `gifts${" and money".repeat(2000)}`, 10],
  ])("%s", (_what, input, most) => {
    let calls = 0;
    const counted = (name: string) => {
      calls++;
      return resolve(name);
    };
    expect(() => oneOfSeveral(input, counted, { taker: "`ethics concepts`", what: "topic or concept", askFor: (part) => `ethics concepts ${part}`, placeOf: (found) => found })).toThrow();
    expect(calls).toBeLessThanOrEqual(most);
  });
});
