import { describe, expect, it } from "vitest";
import { quoteClosedEarly } from "../../../src/core/codes/early-quote.js";


describe("quoteClosedEarly", () => {
  it.each<[string, string, string | null, string | null]>([
    ["an apostrophe closes single quotes", "  text: 'the county's policy'\n", "'the county", `text: "the county's policy"`],
    ["inner double quotes close double quotes", '  text: "their "clinical" supervisor"\n', '"their ', `text: 'their "clinical" supervisor'`],
    ["words after a closed quote", '- "Shall not" lend money.\n', '"Shall not', `- '"Shall not" lend money.'`],
    ["…an apostrophe among them written twice", "- \"Won't\" lend a peer's money.\n", "\"Won't", `- '"Won''t" lend a peer''s money.'`],
    ["'' inside single quotes is an apostrophe", "  text: 'the county''s policy'\n", null, null],
    ['\\" inside double quotes is a quote', '  text: "their \\"clinical\\" supervisor"\n', null, null],
    ["a comment after the value", "  text: 'policy' # ok\n", null, null],
    ["a value with no quote", "  text: the county's policy\n", null, null],
  ])("%s", (_title, text, closedAfter, fix) => {
    // js-yaml stops past the quote that closed the value, on its line
    const quoteAt = closedAfter === null ? null : text.indexOf(closedAfter) + closedAfter.length;
    const offset = quoteAt === null ? text.length - 1 : quoteAt + 2;
    const early = quoteClosedEarly(text, offset);
    if (quoteAt === null) {
      expect(early).toBeNull();
      return;
    }
    expect(early?.at).toBe(quoteAt);
    expect(early?.message.endsWith(`quote the whole text once: ${fix}`)).toBe(true);
  });
});
