// A failed `ethics topic` lookup took 35–100 ms more than a found one: the words were looked up
// whole three times (as typed, as a name of several, as that one part), each comparing them
// with some 10,000 entry terms, slugged and stemmed anew, and building the sound of every word
// the names use. Each name is now looked up once, terms are passed over on their first letter,
// and the sounds and whole names are made only where asked. What a failed lookup says is as
// it was.
import { describe, expect, it } from "vitest";
import { ethics, STACK_TRACE, unwrapped } from "./run.js";

const LISTS = "hint: `ethics topics` lists the topics, `ethics concepts` the concepts\n";

describe("a topic or concept not found", () => {
  it.each<[string[], string, string, number]>([
    [["nonsenseword"], "no topic or concept 'nonsenseword'", LISTS, 1],
    [["boundary", "stuff"], "no topic or concept 'boundary stuff'", LISTS, 1],
    // a slip near a name, near an entry term, a word spelt by ear
    [["giftz"], "no topic or concept 'giftz' — did you mean gifts?", LISTS, 1],
    [["huging"], "no topic or concept 'huging' — did you mean hugging?", LISTS, 1],
    [["hugg"], "no topic or concept 'hugg' — did you mean hug?", LISTS, 1],
    [["duel", "relationships"], "no topic or concept 'duel relationships' — did you mean dual relationships?", LISTS, 1],
    // names of several things, each found once
    [["gifts", "money"], "`ethics topic` takes one topic or concept, not 2: 'gifts money'", "hint: one at a time: `ethics topic gifts`, then `ethics topic money`\n", 2],
  ])("topic %j: says so as it did", (words, message, hint, code) => {
    const run = ethics(["topic", ...words], { env: { COLUMNS: "80" } });
    expect(run.stdout).toBe("");
    expect(unwrapped(run.stderr)).toBe(`ethics: ${message}\n${hint}`);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.code).toBe(code);
  });

  it("a name found is found as before", () => {
    const run = ethics(["topic", "hugs", "--json"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ kind: "concept", id: "physical-contact" });
  });
});
