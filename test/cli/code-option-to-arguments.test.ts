// `ethics diff --code alaska,medi-cal --topic gifts`: the hint that gives the codes as diff's
// arguments was lost with an option that takes a value (its value read as a third name, or the
// option as a word it could not place). The command's own options, valued or not, are given back
// in the order typed.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildProgram } from "../../src/cli/program.js";
import { commanderMessage } from "../../src/cli/usage-messages.js";
import { hintCodesOf } from "../../src/core/codes/code-named-back.js";
import { readCodeDir } from "../../src/core/codes/load.js";
import type { Library } from "../../src/model.js";

const library: Library = { codes: readCodeDir(join(import.meta.dirname, "../../data"), "builtin"), topics: [], concepts: [] };

describe("--code given to list, show or diff, beside their other options", () => {
  it.each([
    [["diff", "--code", "alaska,medi-cal", "--topic", "gifts"], "diff takes the two codes as its arguments: `ethics diff alaska medi-cal --topic gifts`"],
    [["diff", "--topic", "gifts", "--code", "alaska,medi-cal"], "diff takes the two codes as its arguments: `ethics diff alaska medi-cal --topic gifts`"],
    [["diff", "-t", "dual relationships", "--code", "ak", "--full", "-c", "wi"], "diff takes the two codes as its arguments: `ethics diff ak wi -t 'dual relationships' --full`"],
    [["diff", "--code", "alaska", "--section=conduct", "--code", "nc", "--only", "added,removed"], "diff takes the two codes as its arguments: `ethics diff alaska nc --section=conduct --only added,removed`"],
    [["show", "--code", "medi-cal", "integrity", "12", "--strength", "prohibits"], "show takes the code first in its reference: `ethics show medi-cal integrity 12 --strength prohibits`"],
    [["list", "--json", "--code", "alaska"], "list takes the code as its argument: `ethics list alaska --json`"],
    // As before: flags alone, and no command where an option is not the command's.
    [["diff", "--code", "alaska,wisconsin", "--full"], "diff takes the two codes as its arguments: `ethics diff alaska wisconsin --full`"],
    [["diff", "--code", "alaska,wisconsin", "--bogus"], "`ethics diff --help` lists its options"],
    [["diff", "--code", "alaska,wisconsin", "--topic"], "`ethics diff --help` lists its options"],
  ])("%j", (typed, hint) => {
    const command = buildProgram(["node", "ethics", ...typed]).commands[0]!;
    const message = commanderMessage(command, "error: unknown option '--code'", typed, hintCodesOf(library));
    expect(message).toBe(`ethics: unknown option '--code'\nhint: ${hint}\n`);
  });
});
