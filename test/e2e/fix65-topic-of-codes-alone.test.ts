// `ethics topic alaska medi-cal`, as a new hire from Alaska asks what the two codes say: it was
// "no topic or concept 'alaska medi-cal'" and the list of topics, the words naming two codes and
// no theme. Said as codes, with the commands that answer: the crosswalk of their themes, one
// theme side by side, and, of two codes, their diff.
import { describe, expect, it } from "vitest";
import { ethics, STACK_TRACE, unwrapped } from "./run.js";

describe("topic given codes and no theme", () => {
  it.each([
    [["alaska", "medi-cal"], "'alaska medi-cal' are codes", "they", "alaska,medi-cal", "; compared: `ethics diff alaska medi-cal`"],
    [["wi and nc"], "'wi and nc' are codes", "they", "wisconsin,north-carolina", "; compared: `ethics diff wisconsin north-carolina`"],
    [["north", "carolina"], "'north carolina' is a code", "it", "north-carolina", ""],
  ])("topic %j: said as codes, with commands that answer", (words, said, who, ids, compared) => {
    const result = ethics(["topic", ...words], { env: { COLUMNS: "80" } });
    expect([result.code, result.stdout]).toEqual([2, ""]);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    expect(unwrapped(result.stderr)).toBe(
      `ethics: ${said}, not a topic or concept: topic takes a theme\n` +
        `hint: the themes ${who} address${who === "it" ? "es" : ""}: \`ethics topics --code ${ids}\`; one theme: \`ethics topic gifts --code ${ids}\`${compared}\n`,
    );
    for (const line of result.stderr.split("\n")) expect([...line].length).toBeLessThanOrEqual(80);
    for (const [, command] of unwrapped(result.stderr).matchAll(/`ethics ([^`]*)`/g)) expect(ethics(command!.split(" ")).code).toBe(0);
  });

  it.each([
    // A code's alias that names a theme too is the theme: the words whole are read first.
    [["medical"], 0, /^Scope of practice\n/],
    // A code beside words that name nothing is not codes alone.
    [["alaska", "frobnicate"], 1, /^$/],
  ])("topic %j: as before", (words, code, stdout) => {
    const result = ethics(["topic", ...words]);
    expect(result.code).toBe(code);
    expect(result.stdout).toMatch(stdout);
    if (code === 1) expect(result.stderr).toBe("ethics: no topic or concept 'alaska frobnicate'\nhint: `ethics topics` lists the topics, `ethics concepts` the concepts\n");
  });
});
