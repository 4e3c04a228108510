// The command a code-last hint gives: whole where it fits three lines, to run as printed;
// else cut in the middle, as a long typed word is, and quoted, since it runs no more.
import { describe, expect, it } from "vitest";
import { commandShown } from "../../../src/core/codes/target/code-last.js";

describe("commandShown", () => {
  it.each<[string, string]>([
    ["`ethics show medi-cal integrity 12`", "`ethics show medi-cal integrity 12`"],
    [`\`ethics show ${"x".repeat(228)}\``, `\`ethics show ${"x".repeat(228)}\``],
    [`\`ethics show ${"x".repeat(229)}\``, `'ethics show xxxxxxxx…${"x".repeat(19)}'`],
    [`\`ethics show ${"漢".repeat(120)}\``, `'ethics show 漢漢漢漢…${"漢".repeat(9)}'`],
  ])("%s", (command, shown) => {
    expect(commandShown(command)).toBe(shown);
  });
});
