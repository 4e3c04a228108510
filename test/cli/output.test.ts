import { describe, expect, it } from "vitest";
import { decideColor, decidePager, decideWidth } from "../../src/cli/output.js";

describe("colour", () => {
  it.each([
    [{}, {}, true, true],
    [{}, {}, false, false],
    [{ color: false }, {}, true, false],
    [{ color: false }, { FORCE_COLOR: "1" }, true, false],
    [{}, { NO_COLOR: "1" }, true, false],
    [{}, { NO_COLOR: "" }, true, true],
    [{}, { FORCE_COLOR: "1" }, false, true],
    [{}, { FORCE_COLOR: "0" }, true, false],
    [{}, { FORCE_COLOR: "1", NO_COLOR: "1" }, false, true],
  ])("flags %j, env %j, tty %s → %s", (flags, env, tty, expected) => {
    expect(decideColor(flags, env, tty)).toBe(expected);
  });
});

describe("pager", () => {
  it.each([
    [{}, {}, true, "less"],
    [{}, { PAGER: "more" }, true, "more"],
    [{}, { PAGER: "more", ETHICS_PAGER: "most" }, true, "most"],
    [{}, { PAGER: "" }, true, null],
    [{}, { PAGER: "cat" }, true, null],
    [{ pager: false }, {}, true, null],
    [{}, {}, false, null],
  ])("flags %j, env %j, tty %s → %s", (flags, env, tty, expected) => {
    expect(decidePager(flags, env, tty)).toBe(expected);
  });
});

describe("width", () => {
  it.each([
    [{}, { isTTY: true, columns: 100 }, 100],
    [{}, { isTTY: false }, Infinity],
    [{ COLUMNS: "72" }, { isTTY: false }, 72],
    [{ COLUMNS: "nonsense" }, { isTTY: false }, Infinity],
  ])("env %j, stream %j → %s", (env, stream, expected) => {
    expect(decideWidth(env, stream)).toBe(expected);
  });
});
