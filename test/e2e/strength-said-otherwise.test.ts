// `--strength forbids` (and must, shall, mandatory, should, never, recommended, optional) named
// the five strengths and suggested none: only a slip of a strength's own name was offered one.
// A word that says a strength, or a slip of such a word, is offered the strength it most likely
// means; it is still a usage error, the option taking the five names alone.
import { describe, expect, it } from "vitest";
import { ethics, STACK_TRACE, unwrapped } from "./run.js";

const NAMES = "--strength takes one of prohibits, requires, defers, aspires, describes";
const HINT = "hint: prohibits: shall not, never · requires: will, must · defers: to agency policy · aspires: strive · describes";

describe("--strength said in other words", () => {
  it.each([
    [["search", "gifts", "--strength", "forbids"], "forbids", "prohibits"],
    [["search", "gifts", "--strength", "never"], "never", "prohibits"],
    [["search", "gifts", "--strength", "shall not"], "shall not", "prohibits"],
    [["search", "gifts", "--strength", "must"], "must", "requires"],
    [["search", "gifts", "--strength", "mandatory"], "mandatory", "requires"],
    [["search", "gifts", "--strength", "should"], "should", "requires"],
    [["search", "gifts", "--strength", "recommended"], "recommended", "aspires"],
    [["search", "gifts", "--strength", "optional"], "optional", "aspires"],
    [["search", "gifts", "--strength", "policy"], "policy", "defers"],
    [["show", "wi", "--strength", "forbidden"], "forbidden", "prohibits"],
    // a slip of such a word, or of a strength's own name
    [["search", "gifts", "--strength", "forbiden"], "forbiden", "prohibits"],
    [["search", "gifts", "--strength", "prohibts"], "prohibts", "prohibits"],
  ])("ethics %j: did you mean %s's strength?", (args, typed, meant) => {
    const run = ethics(args, { env: { COLUMNS: "80" } });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(unwrapped(run.stderr)).toBe(`ethics: ${NAMES}, not '${typed}' — did you mean ${meant}?\n${HINT}\n`);
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });

  it("a word that says no strength is offered none", () => {
    const run = ethics(["search", "gifts", "--strength", "purple"], { env: { COLUMNS: "80" } });
    expect(run.code).toBe(2);
    expect(unwrapped(run.stderr)).toBe(`ethics: ${NAMES}, not 'purple'\n${HINT}\n`);
  });
});
