import { describe, expect, it } from "vitest";
import { isKnownPlain, rememberPlain, rememberPlainTest } from "../../../src/core/codes/known-plain.js";

describe("known-plain codes", () => {
  it.each([
    ["a code never marked", () => ({}), false],
    ["a code remembered plain", () => { const code = {}; rememberPlain(code); return code; }, true],
    ["a lazy code whose code behind is plain", () => { const code = {}; rememberPlainTest(code, () => true); return code; }, true],
    ["a lazy code whose code behind is not", () => { const code = {}; rememberPlainTest(code, () => false); return code; }, false],
    ["a copy of a plain code (spread, JSON)", () => { const code = { id: "x" }; rememberPlain(code); return { ...code }; }, false],
  ])("%s: %s", (_, make, expected) => {
    expect(isKnownPlain(make())).toBe(expected);
  });

  it("leaves nothing a spread, Object.keys or JSON of the code would show", () => {
    const code = { id: "x" };
    rememberPlain(code);
    expect(Object.keys(code)).toEqual(["id"]);
    expect(JSON.stringify(code)).toBe('{"id":"x"}');
  });
});
