// `diff alaska wisconsin --topic socail media` was "no code 'media' — did you mean medi-cal?",
// blaming a word of the theme: a theme of several words unquoted is read whole after --topic
// only where it is a name, and one with slips was not. Now one with slips is read whole too, and
// its name is offered mended. `diff alaska to wisconsin` was "no code 'to'": "to", "with",
// "against" and "from … to" join the codes as "vs" does.
import { describe, expect, it } from "vitest";
import { ethics, expectShortFailure } from "./run.js";

const LISTS = "hint: `ethics topics` lists the topics, `ethics concepts` the concepts\n";

describe("diff as people ask it", () => {
  const whole = ethics(["diff", "alaska", "wisconsin"]);

  it.each([[["alaska", "to", "wisconsin"]], [["alaska", "with", "wisconsin"]], [["alaska", "against", "wisconsin"]], [["from", "alaska", "to", "wisconsin"]]])("%j compares them, as `vs` does", (args) => {
    const run = ethics(["diff", ...args]);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(run.stdout).toBe(whole.stdout);
  });

  it.each([
    [["--topic", "socail", "media"], "no topic or concept 'socail media' — did you mean social media?"],
    [["--topic", "dual", "relationshps"], "no topic or concept 'dual relationshps' — did you mean dual relationships?"],
  ])("a theme with slips, %j, is said to be the theme, not a code", (args, message) => {
    expectShortFailure(ethics(["diff", "alaska", "wisconsin", ...args]), 1, `ethics: ${message}\n${LISTS}`);
  });

  it("random --topic reads it so too", () => {
    expectShortFailure(ethics(["random", "--topic", "duel", "relationships"]), 1, "ethics: no topic 'duel relationships' — did you mean dual relationships?\nhint: `ethics topics` lists them\n");
  });
});
