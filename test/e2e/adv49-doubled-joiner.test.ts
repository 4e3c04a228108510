// `ethics show wi and and nc` said "'and and nc' is not a standard number": the code's name
// took the words after it for a number, and the message named neither the doubled 'and' nor
// what to write. Two joining words in a row are now a usage error naming the word twice, with
// the reference written with it once.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

const unwrap = (text: string) => text.replace(/\n +/g, " ");

describe("a joining word written twice", () => {
  it.each([
    [["wi", "and", "and", "nc"], "'and' twice in 'wi and and nc': expected one 'and' between two references or numbers", "say it once: wi and nc"],
    [["wi and AND nc"], "'and' twice in 'wi and AND nc': expected one 'and' between two references or numbers", "say it once: wi and nc"],
    [["wi", "&", "&", "nc"], "'&' twice in 'wi & & nc': expected one '&' between two references or numbers", "say it once: wi & nc"],
    [["wi", "1", "and", "and", "2"], "'and' twice in 'wi 1 and and 2': expected one 'and' between two references or numbers", "say it once: wi 1 and 2"],
    [["alaska conduct and and nc 2"], "'and' twice in 'alaska conduct and and nc 2': expected one 'and' between two references or numbers", "say it once: alaska conduct and nc 2"],
    [["alaska conduct 1;", "wi and and nc"], "'and' twice in 'wi and and nc': expected one 'and' between two references or numbers", "say it once: wi and nc"],
    [["wi", "and", "&", "nc"], "'and' and '&' in a row in 'wi and & nc': expected one word between two references or numbers", "e.g. wi and nc"],
  ])("show %j: a usage error naming it, nothing shown, exit 2", (words, message, hint) => {
    const result = ethics(["show", ...words]);
    expect(result.stdout).toBe("");
    expect(unwrap(result.stderr)).toBe(`ethics: ${message}\nhint: ${hint}\n`);
    expect(result.code).toBe(2);
  });

  it("at the end, what is missing is what comes after it", () => {
    const result = ethics(["show", "wi", "and", "and"]);
    expect(unwrap(result.stderr)).toMatch(/^ethics: nothing after 'and' in 'wi and and'/);
    expect(result.code).toBe(2);
  });

  it("once, it joins as before", () => {
    const result = ethics(["show", "wi", "1", "and", "nc", "2"]);
    expect(result.stdout.split("\n").filter((line) => /^[A-Z][A-Za-z ]+ \d+$/.test(line))).toEqual(["Wisconsin 1", "North Carolina 2"]);
    expect(result.code).toBe(0);
  });
});
