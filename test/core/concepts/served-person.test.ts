// The names of the person served, read as the names the entry terms use ("client", "peer").
import { describe, expect, it } from "vitest";
import { namesServedPersonAt } from "../../../src/core/concepts/served-person.js";
import { planQuery } from "../../../src/core/search/query.js";
import { words } from "../../../src/core/text.js";
import { builtIndex, readBuiltinLibrary } from "../../eval/evaluate.js";

/** The words of `text` that name the person served. */
const served = (text: string) => {
  const sequence = words(text);
  return sequence.filter((_, at) => namesServedPersonAt(sequence, at));
};

describe("namesServedPersonAt", () => {
  it.each([
    ["ran into a participant at the store", ["participant"]],
    ["my coachee and her mentee", ["coachee", "mentee"]],
    ["a member posted about me", ["member"]],
    ["a family member called", []],
    ["a member of my team", []],
    ["a staff member yelled", []],
    ["the guy I coach relapsed", ["guy"]],
    ["someone that I support", ["someone"]],
    ["a woman I work with", ["woman"]],
    ["a woman I work for", []],
    ["someone on my caseload", ["someone"]],
    ["a kid from my caseload", ["kid"]],
    ["someone I know", []],
    ["a guy I'm seeing", []], // dating
    ["the guy I sponsor", []], // a sponsee
    ["the man I'm supporting", ["man"]],
    // The names the terms use are left to them: "client" and "peer" keep their own readings.
    ["my client and a peer", []],
  ])("%j: %j", (text, expected) => {
    expect(served(text)).toEqual(expected);
  });
});

describe("a question naming the person served otherwise than the terms do", () => {
  const index = builtIndex(readBuiltinLibrary(new URL("../../..", import.meta.url).pathname));
  const named = (query: string) => planQuery(index, query).matches.map((match) => match.concept.id);

  it.each(["ran into a participant at the store", "ran into my coachee at the store", "ran into someone from my caseload at the store", "ran into someone I support at the store"])(
    "%j names what the client's question names",
    (query) => {
      expect(named("ran into a client at the store")).toContain("keeping-confidences");
      expect(named(query)).toEqual(named("ran into a client at the store"));
    },
  );

  it("does not read a family member as the person served", () => {
    expect(named("ran into a family member at the store")).not.toContain("keeping-confidences");
  });
});
