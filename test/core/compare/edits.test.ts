import { describe, expect, it } from "vitest";
import { hunksOf, isPunctuationOnly, readEdits } from "../../../src/core/compare/edits.js";
import { wordChanges } from "../../../src/core/compare/redline.js";

describe("hunks", () => {
  it.each([
    { before: "a b c", after: "a b c", hunks: [] },
    { before: "those served, colleagues and", after: "those supported, colleagues, and", hunks: [{ from: "served", to: "supported" }, { from: "", to: "," }] },
    { before: "promote conflict resolution.", after: "promote hope and compassion.", hunks: [{ from: "conflict resolution", to: "hope and compassion" }] },
    { before: "grow from dependence toward", after: "grow toward", hunks: [{ from: "from dependence", to: "" }] },
  ])("$before → $after", ({ before, after, hunks }) => {
    expect(hunksOf(wordChanges(before, after))).toEqual(hunks);
  });
});

describe("punctuation only", () => {
  it.each([
    [{ from: "", to: "," }, true],
    [{ from: " ", to: "" }, true],
    [{ from: "Recovery", to: "recovery" }, true],
    [{ from: "Resiliency.", to: "resiliency" }, true],
    [{ from: "Strengths based", to: "Strengths-based" }, true],
    [{ from: "served", to: "supported" }, false],
    [{ from: "", to: "or" }, false],
    [{ from: "person", to: "persons" }, false],
  ] as const)("%j: %s", (hunk, expected) => {
    expect(isPunctuationOnly(hunk)).toBe(expected);
  });
});

describe("edits across pairs", () => {
  const pairs = [
    ["Welcome persons served.", "Welcome persons engaging in services."],
    ["Respect persons served, always.", "Respect persons engaging in services always."],
    ["Be honest with persons served and peers.", "Be candid with persons engaging in services and peers."],
    ["Learn from each other", "Learn from each other."],
    ["Keep records.", "Keep records."],
    ["Share power.", "Share the power."],
  ].map(([before, after]) => (before === after ? [] : wordChanges(before!, after!)));

  it("says a substitution made in two or more pairs once, with how often and where", () => {
    const { substitutions } = readEdits(pairs);
    expect(substitutions).toEqual([{ from: "served", to: "engaging in services", count: 3, pairs: [0, 1, 2] }]);
  });

  it("reads each pair's edit: none, punctuation, only the substitutions made throughout, or a rewording", () => {
    expect(readEdits(pairs).edits).toEqual(["substitutions", "substitutions", "wording", "punctuation", "none", "wording"]);
  });

  it("finds no substitution made throughout between codes written apart", () => {
    const { substitutions, edits } = readEdits(pairs, false);
    expect(substitutions).toEqual([]);
    expect(edits).toEqual(["wording", "wording", "wording", "punctuation", "none", "wording"]);
  });
});
