// A strength said in other words (`--strength forbids`, `must`, `should`), or with a slip, is
// offered as the strength it most likely means; words that say none, or several, get none.
import { describe, expect, it } from "vitest";
import { strengthMeant } from "../../../src/core/study/strength-meant.js";

describe("strengthMeant", () => {
  it.each([
    // by meaning
    ["forbids", "prohibits"],
    ["Forbidden", "prohibits"],
    ["banned", "prohibits"],
    ["never", "prohibits"],
    ["prohibit", "prohibits"],
    ["must", "requires"],
    ["shall", "requires"],
    ["mandatory", "requires"],
    ["required", "requires"],
    ["should", "requires"],
    ["recommended", "aspires"],
    ["ideally", "aspires"],
    ["optional", "aspires"],
    ["policy", "defers"],
    ["agency policy", "defers"],
    ["up to the agency", "defers"],
    ["descriptive", "describes"],
    // negated, a modal forbids and a duty is optional
    ["shall not", "prohibits"],
    ["must not", "prohibits"],
    ["should not", "prohibits"],
    ["not allowed", "prohibits"],
    ["don't", "prohibits"],
    ["don’t", "prohibits"],
    ["not required", "aspires"],
    // words that say no strength leave it to those that do
    ["must comply", "requires"],
    // by spelling: one slip, two in a long word
    ["forbiden", "prohibits"],
    ["mandatroy", "requires"],
    ["recomended", "aspires"],
    ["recomendatoin", "aspires"],
  ] as const)("'%s' → %s", (typed, strength) => {
    expect(strengthMeant(typed)).toBe(strength);
  });

  it.each([
    ["purple"],
    // short words are no slips: "mail" is not "will"
    ["mail"],
    ["bust"],
    // words of two strengths say neither
    ["must ought"],
    ["not recommended"],
    [""],
    ["  "],
  ])("'%s' → none", (typed) => {
    expect(strengthMeant(typed)).toBeUndefined();
  });
});
