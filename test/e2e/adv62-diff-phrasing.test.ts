// `diff alaska wisconsin on gifts` was "no code 'on'", `diff alaska to wisconsin` "no code 'to'",
// and `diff alaska wisconsin --topic socail media` "no code 'media' — did you mean medi-cal?",
// blaming a word of the theme. The theme after "on" or "about" is --topic's; "to", "with",
// "against" and "from … to" join the codes as "vs" does; and a theme with slips after --topic
// is read whole, its name offered mended.
import { describe, expect, it } from "vitest";
import { ethics, expectShortFailure } from "./run.js";

describe("diff as people ask it", () => {
  const onGifts = ethics(["diff", "alaska", "wisconsin", "--topic", "gifts"]);
  const whole = ethics(["diff", "alaska", "wisconsin"]);

  it.each([
    [["alaska", "wisconsin", "on", "gifts"]],
    [["alaska", "and", "wisconsin", "about", "gifts"]],
    [["alaska", "wisconsin on gifts"]],
  ])("%j compares them on the theme, as --topic does", (args) => {
    const run = ethics(["diff", ...args]);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(run.stdout).toBe(onGifts.stdout);
  });

  it.each([[["alaska", "to", "wisconsin"]], [["alaska", "with", "wisconsin"]], [["alaska", "against", "wisconsin"]], [["from", "alaska", "to", "wisconsin"]]])("%j compares them, as `vs` does", (args) => {
    const run = ethics(["diff", ...args]);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(run.stdout).toBe(whole.stdout);
  });

  it.each([
    [["--topic", "socail", "media"], "no topic or concept 'socail media' — did you mean social media?"],
    [["--topic", "dual", "relationshps"], "no topic or concept 'dual relationshps' — did you mean dual relationships?"],
    [["on", "socail", "media"], "no topic or concept 'socail media' — did you mean social media?"],
  ])("a theme with slips, %j, is said to be the theme, not a code", (args, message) => {
    expectShortFailure(ethics(["diff", "alaska", "wisconsin", ...args]), 1, `ethics: ${message}\nhint: \`ethics topics\` lists the topics, \`ethics concepts\` the concepts\n`);
  });

  it("random --topic reads a theme with slips whole too", () => {
    expectShortFailure(ethics(["random", "--topic", "duel", "relationships"]), 1, "ethics: no topic 'duel relationships' — did you mean dual relationships?\nhint: `ethics topics` lists them\n");
  });

  it("a theme in words and by --topic both is a usage error", () => {
    expectShortFailure(
      ethics(["diff", "alaska", "wisconsin", "on", "gifts", "--topic", "money"]),
      2,
      "ethics: diff compares on one theme, not 'gifts' and --topic money\nhint: one of them: `ethics diff alaska wisconsin --topic gifts`\n",
    );
  });
});
