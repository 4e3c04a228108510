import { describe, expect, it } from "vitest";
import { oneOfSeveral } from "../../src/cli/several-topics.js";
import { NameOffered, UsageError } from "../../src/core/errors.js";

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

describe("a name with a slip beside a split into names", () => {
  // "mandated reportng": the whole is one name with a slip; "mandated" and "reportng" each found
  // something only as the start of a name, and were refused as two topics.
  const STARTS = new Map([
    ["mandated", ["limits"]],
    ["reportng", ["reporting"]],
    ["gifts", ["gifts"]],
    ["money", ["money"]],
  ]);
  const WHOLE = new Set(["gifts", "money"]);
  const offering = (name: string): readonly string[] => {
    const found = STARTS.get(name);
    if (found !== undefined) return found;
    throw new NameOffered(`no topic '${name}' — did you mean ${name.replace("reportng", "reporting")}?`);
  };
  const read = (input: string, namesWhole?: (found: readonly string[], part: string) => boolean) =>
    oneOfSeveral(input, offering, { taker: "`ethics topic`", what: "topic", askFor: (part) => `ethics topic ${part}`, placeOf: (found) => found, ...(namesWhole ? { namesWhole } : {}) });
  const whole = (_found: readonly string[], part: string) => WHOLE.has(part);

  it.each([
    ["mandated reportng", whole, /^no topic 'mandated reportng' — did you mean mandated reporting\?$/],
    // every part a whole name: several, as before
    ["gifts money", whole, /^`ethics topic` takes one topic, not 2/],
    // without a way to tell a whole name, parts are names, as before
    ["mandated reportng", undefined, /^`ethics topic` takes one topic, not 2/],
  ])("%j", (input, namesWhole, message) => {
    expect(() => read(input, namesWhole)).toThrow(message);
  });
});
