// A peer specialist with dyslexia, typing fast or dictating, named themes with slips: `topic
// lones` answered Natural supports ("lones" read by its stem as the entry term "lonely"), `topic
// huging` offered dual-relationships, and `duel relationships`, `romantic relashionships`, `gift
// crads` offered nothing. A word with a slip is now read as the names' word it is a slip of, or
// sounds as (name-slips.ts), and the name so mended is offered.
import { describe, expect, it } from "vitest";
import { ethics, expectShortFailure } from "./run.js";

const LISTS = "hint: `ethics topics` lists the topics, `ethics concepts` the concepts\n";

describe("a theme typed with slips", () => {
  it.each([
    [["topic", "lones"], "'lones' — did you mean loans?"],
    [["topic", "huging"], "'huging' — did you mean hugging?"],
    [["concepts", "huging"], "'huging' — did you mean hugging?"],
    [["topic", "duel", "relationships"], "'duel relationships' — did you mean dual relationships?"],
    [["topic", "romantic", "relashionships"], "'romantic relashionships' — did you mean romantic relationships?"],
    [["topic", "gift", "crads"], "'gift crads' — did you mean gift cards?"],
    // one name with a slip, not two names: it was "takes one topic or concept, not 2"
    [["topic", "sexual", "misconduc"], "'sexual misconduc' — did you mean sexual misconduct?"],
    [["concepts", "child", "abus"], "'child abus' — did you mean limits-of-confidentiality?"],
  ])("%j offers the name meant", (args, said) => {
    const run = ethics(args);
    expectShortFailure(run, 1, `ethics: no topic or concept ${said}\n${LISTS}`);
  });

  it.each([
    // as before: a name, and the start of one, typed in part
    [["topic", "loan"], "Money and loans\n"],
    [["topic", "empath"], "Empathy and understanding\n"],
  ])("%j is what it names", (args, heading) => {
    const run = ethics(args);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(run.stdout.startsWith(heading)).toBe(true);
  });

  // `topic datin` answered the narrow "Dating a family member of someone you support", a name it
  // starts; `topic mandated reportin` was two topics, "mandated" and a name "reportin" starts.
  it.each([
    [["topic", "datin"], "Romantic and sexual relationships\n"],
    [["topic", "mandated", "reportin"], "Limits of confidentiality and duty to report harm\n"],
  ])("%j, the g of -ing dropped, is what the word with it names", (args, heading) => {
    const run = ethics(args);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(run.stdout.startsWith(heading)).toBe(true);
  });

  it("where only a topic is taken, a slip is offered mended too", () => {
    expectShortFailure(ethics(["random", "--topic", "duel relationships"]), 1, "ethics: no topic 'duel relationships' — did you mean dual relationships?\nhint: `ethics topics` lists them\n");
  });
});
