// A backtick inside a word typed split the command said back: `ethics topic gifts 'al`aska'` was
// printed between backticks, so the command ended at the word's own backtick, and what was
// copied from it was half a command (pasted bare, a shell runs what follows the backtick).
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { ethicsAll, unwrapped } from "./run.js";

describe("a backtick in a word said back in a command", () => {
  it.each([
    [["topics", "gifts", "al`aska"], "hint: `ethics topic gifts $'al\\140aska'`\n", "al`aska"],
    [["random", "--code", "al`aska", "and", "wi"], "hint: `ethics random --code $'al\\140aska,wi'`\n", "al`aska,wi"],
    [["search", "--code", "al`aska,", "gifts"], "hint: a space after the comma ends the value: --code $'al\\140aska,gifts'\n", "al`aska,gifts"],
  ])("%j: escaped, one word the shell reads back", async (args, hint, word) => {
    const [result] = await ethicsAll([[args]]);
    const stderr = unwrapped(result!.stderr);
    expect(stderr.endsWith(hint), stderr).toBe(true);
    // One command between two backticks at most: none inside it.
    expect((stderr.split("\n").at(-2)!.match(/`/g) ?? []).length).toBeLessThanOrEqual(2);
    const quoted = /\$'[^']*'/.exec(hint)![0];
    expect(spawnSync("bash", ["-c", `printf %s ${quoted}`], { encoding: "utf8" }).stdout).toBe(word);
  });
});
