// A name of several words typed unquoted after an option that takes one (`random --topic dual
// relationships`, `topics --code north carolina`): the shell gave the option the first word and
// the rest were arguments, refused ("too many arguments", "no code 'relationships'", "takes one
// topic") or read as something else (the theme "gifts carolina"). Words that join the value into
// a whole name are read as part of it: the run is the run with the name quoted.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, unwrapped } from "./run.js";

/** `args` with the words at `from` up to `to` (not included) one word, as if quoted. */
const quoted = (args: readonly string[], from: number, to: number) => [...args.slice(0, from), args.slice(from, to).join(" "), ...args.slice(to)];

describe("a name of several words after an option", () => {
  it.each([
    [["random", "--topic", "dual", "relationships", "--seed", "3"], 2, 4],
    [["random", "--code", "ak", "--topic", "social", "media", "--seed", "1"], 4, 6],
    [["random", "-tdual", "relationships", "--count", "2", "--seed", "5"], 1, 3],
    [["quiz", "--topic", "limits", "of", "confidentiality", "--seed", "1", "--json"], 2, 5],
    [["export", "--format", "html", "--topic", "dual", "relationships"], 4, 6],
    [["diff", "alaska", "medi-cal", "--topic", "dual", "relationships"], 4, 6],
    [["diff", "alaska", "--topic=dual", "relationships", "medi-cal"], 2, 4],
    [["topics", "--code", "north", "carolina"], 2, 4],
    [["random", "--code", "north", "carolina", "--seed", "2"], 2, 4],
    [["quiz", "--code", "north", "carolina", "--seed", "2", "--json"], 2, 4],
    [["topics", "--code", "ak,north", "carolina", "--json"], 2, 4],
    [["topic", "gifts", "--code", "north", "carolina"], 3, 5],
    [["topic", "--code", "north", "carolina", "gifts"], 2, 4],
    [["export", "--format", "md", "--code", "north", "carolina", "alaska"], 4, 6],
    [["diff", "alaska", "wi", "--section", "relationship", "with", "clients"], 4, 7],
    [["search", "gifts", "--code", "alaska", "--section", "conflicts", "of", "interest", "--json"], 5, 8],
    [["search", "--code", "north", "carolina", "gifts", "--json"], 2, 4],
    [["search", "-cnorth", "carolina", "gifts", "--json"], 1, 3],
  ])("ethics %j runs as with the name quoted", (args, from, to) => {
    const run = ethics(args);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(run.stdout).toBe(ethics(quoted(args, from, to)).stdout);
  });

  it("gives the name back quoted in a hint's command", () => {
    const run = ethics(["random", "--topic", "dual", "relationships", "wi"]);
    expect([run.code, run.stdout]).toEqual([2, ""]);
    expect(unwrapped(run.stderr)).toBe("ethics: random takes a code with --code, not as an argument\nhint: `ethics random --topic 'dual relationships' --code wisconsin`\n");
  });

  it("leaves a command the arguments it requires: `topic --code medi-cal peer support` is on peer support", () => {
    const run = ethics(["topic", "--code", "medi-cal", "peer", "support"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(ethics(["topic", "peer support", "--code", "medi-cal"]).stdout);
  });

  it("leaves search's query the words that join no name", () => {
    const run = ethics(["search", "gifts", "--section", "conflicts", "of", "money", "--code", "alaska", "--json"]);
    expect(JSON.parse(run.stdout).query).toBe("gifts of money");
  });

  it("joins only a whole name: `--topic boundaries gifts` is still two topics", () => {
    const run = ethics(["random", "--topic", "boundaries", "gifts"]);
    expect(run.code).toBe(2);
    expect(unwrapped(run.stderr)).toContain("random takes one topic, with --topic: 'boundaries' is given there, and 'gifts' beside it");
  });
});

// `search --code north carolina` searched North Carolina for "carolina" ("no standard matches
// 'carolina'", exit 1): the words after --code name the code whole, and no query is left. Said
// as a search of no words is (`search --code alaska`), with the search to type.
describe("search with every word after --code or --section its name: no query", () => {
  const NC = "ethics: search needs <query...>: 'north carolina' after --code names North Carolina, which leaves no words to search for\nhint: e.g. `ethics search --code north-carolina gifts`; more examples: `ethics help search`\n";

  it.each([
    [["search", "--code", "north", "carolina"], NC],
    [["search", "-cnorth", "carolina"], NC],
    [["search", "--code=north", "carolina", "--json"], NC],
    [["search", "--code", "alaska,north", "carolina"], NC.replace("--code north-carolina", "--code alaska,north-carolina")],
    [
      ["search", "--code", "alaska", "--section", "conflicts", "of", "interest"],
      "ethics: search needs <query...>: 'conflicts of interest' after --section names a section, which leaves no words to search for\nhint: e.g. `ethics search --code alaska --section 'conflicts of interest' gifts`; more examples: `ethics help search`\n",
    ],
  ])("ethics %j: a usage error, the name read whole", (args, said) => {
    const run = ethics(args);
    expect([run.stdout, unwrapped(run.stderr), run.code]).toEqual(["", said, 2]);
  });

  it("topic likewise: `topic --code north carolina` is no theme 'carolina'", () => {
    const run = ethics(["topic", "--code", "north", "carolina"]);
    expect([run.stdout, unwrapped(run.stderr), run.code]).toEqual([
      "",
      "ethics: topic needs <topic...>: 'north carolina' after --code names North Carolina, which leaves no topic or concept\nhint: e.g. `ethics topic --code north-carolina gifts`; more examples: `ethics help topic`\n",
      2,
    ]);
    expect(ethics(["topic", "--code", "north", "carolina", "gifts"]).stdout).toBe(ethics(["topic", "--code", "north-carolina", "gifts"]).stdout);
  });

  it("as a search of no words is told", () => {
    const run = ethics(["search", "--code", "alaska"]);
    expect([run.stdout, run.code]).toEqual(["", 2]);
    expect(unwrapped(run.stderr)).toMatch(/^ethics: search needs <query\.\.\.>: .*\nhint: e\.g\. `ethics search gifts`; more examples: `ethics help search`\n$/);
  });

  it("a code named whole by the word after --code leaves the query its words, though a longer name takes them", () => {
    // A user's code "Riverside Gifts" (alias riverside): `--code riverside gifts` is a search of gifts in it.
    const folder = mkdtempSync(join(tmpdir(), "ethics-riverside-gifts-"));
    writeFileSync(
      join(folder, "riverside.yaml"),
      ["id: riverside-gifts", "aliases: [riverside]", "title: Riverside Gifts Policy", "shortName: Riverside Gifts", "jurisdiction: A county", "source:", "  document: Riverside Gifts Policy", "sections:", "  - id: limits", "    title: Limits", "    standards:", "      - number: 1", "        text: Will not accept gifts of more than token value from people they support.", ""].join("\n"),
    );
    const run = ethics(["--data", folder, "search", "--code", "riverside", "gifts"]);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(run.stdout).toMatch(/^Riverside Gifts 1 \(user code\)\n {2}Will not accept gifts/);
  });

  it("the hint's search runs, and with words the name is still read whole", () => {
    const hinted = ethics(["search", "--code", "north-carolina", "gifts"]);
    expect([hinted.code, hinted.stderr]).toEqual([0, ""]);
    expect(ethics(["search", "--code", "north", "carolina", "gifts"]).stdout).toBe(hinted.stdout);
  });
});

describe("diff's two codes with a word between them", () => {
  const apart = ethics(["diff", "alaska", "medi-cal"]).stdout;
  it.each([["vs"], ["versus"], ["v."], ["VS."]])("`diff alaska %s medi-cal` compares them, as `and` does", (word) => {
    const run = ethics(["diff", "alaska", word, "medi-cal"]);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(run.stdout).toBe(apart);
  });
});
