import { describe, expect, it } from "vitest";
import { plainAsked } from "../../src/cli/plain-asked.js";

describe("plainAsked", () => {
  it.each([
    [undefined, {}, false],
    [true, {}, true],
    [true, { ETHICS_PLAIN: "0" }, true],
    [undefined, { ETHICS_PLAIN: "1" }, true],
    [undefined, { ETHICS_PLAIN: "yes" }, true],
    [undefined, { ETHICS_PLAIN: "" }, false],
    [undefined, { ETHICS_PLAIN: " 0 " }, false],
    [undefined, { ETHICS_PLAIN: "False" }, false],
  ])("--plain %j with %j is %j", (flag, env, expected) => {
    expect(plainAsked(flag, env)).toBe(expected);
  });
});
