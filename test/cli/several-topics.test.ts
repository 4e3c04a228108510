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
