import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, root, STACK_TRACE } from "./run.js";

const citations = (stdout: string) => JSON.parse(stdout).hits.map((hit: { citation: string }) => hit.citation);

describe("ethics search", () => {
  it("gifts: the gift standards of all five codes come before 'skills, gifts, and talents'", () => {
    const hits = citations(ethics(["search", "gifts", "--json"]).stdout);
    const giftStandards = ["Alaska · Conflicts of Interest 3", "Wisconsin 12", "North Carolina 15", "Medi-Cal · Integrity 5", "Working Well Together · Integrity 5"];
    const talents = hits.findIndex((citation: string) => citation.includes("Strengths-"));
    for (const citation of giftStandards) {
      expect(hits).toContain(citation);
      if (talents >= 0) expect(hits.indexOf(citation)).toBeLessThan(talents);
    }
  });

  it("romantic relationship finds Wisconsin 8, which says 'sexual/intimate activities'", () => {
    const { stdout, code } = ethics(["search", "romantic", "relationship"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Wisconsin 8\n");
    const hits = citations(ethics(["search", "romantic relationship", "--json"]).stdout);
    expect(hits.slice(0, 10)).toEqual(expect.arrayContaining(["Wisconsin 8", "Alaska · Conflicts of Interest 2", "North Carolina 12", "Medi-Cal · Safety & Protection 1"]));
  });

  it("ranks by the questions each standard answers: a friendship asked about finds the dual-relationship rules first", () => {
    // Without data/questions/, Wisconsin 8 (sexual or intimate relationships) came first.
    const { stdout, code } = ethics(["search", "can i be friends with someone i support as their peer specialist", "--json"]);
    expect(code).toBe(0);
    const dualRelationships = ["Medi-Cal · Integrity 2", "Working Well Together · Integrity 2", "Alaska · Conflicts of Interest 1", "North Carolina 13"];
    expect(dualRelationships).toContain(citations(stdout)[0]);
  });

  it("a word copied with a soft hyphen or a zero-width space inside finds what the word finds", () => {
    const plain = citations(ethics(["search", "confidentiality", "--json"]).stdout);
    expect(citations(ethics(["search", "confi\u00addentiality", "--json"]).stdout)).toEqual(plain);
    expect(citations(ethics(["search", "confiden\u200btiality", "--json"]).stdout)).toEqual(plain);
  });

  it("confidentialty (a typo) finds the confidentiality standards", () => {
    const { stdout, code } = ethics(["search", "confidentialty", "--json"]);
    expect(code).toBe(0);
    const hits = JSON.parse(stdout).hits;
    expect(hits.length).toBeGreaterThan(3);
    expect(hits[0].text.toLowerCase()).toContain("confidential");
  });

  it("is huging a peer ok (a slip whose stem is another word, huge) finds the physical contact rules", () => {
    const { stdout, code } = ethics(["search", "is huging a peer ok", "--json"]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.concepts).toContain("physical-contact");
    expect(result.hits[0].loose).toBe(false);
    expect(result.hits[0].concepts).toContain("physical-contact");
  });

  it.each([
    { args: ["search", "what does alaska say about gifts"], hint: "hint: to search Alaska alone, add --code alaska\n" },
    {
      args: ["search", "how does medi-cal differ from wwt?"],
      hint: "hint: to search Medi-Cal and Working Well Together alone, add --code\n      medi-cal,california; to compare two codes,\n      `ethics diff medi-cal california`\n",
    },
    // A place names every code for it: Medi-Cal's is "California (Medi-Cal)".
    {
      args: ["search", "it's legal here in California, can I smoke weed before work?"],
      hint: "hint: to search Working Well Together and Medi-Cal alone, add --code\n      california,medi-cal; to compare two codes on this matter,\n      `ethics diff california medi-cal --topic cannabis-use`\n",
    },
    // The one matter the question names besides the codes: diff compares them on it.
    {
      args: ["search", "how does alaska differ from medi-cal on gifts?"],
      hint: "hint: to search Alaska and Medi-Cal alone, add --code alaska,medi-cal; to\n      compare two codes on this matter,\n      `ethics diff alaska medi-cal --topic gifts`\n",
    },
    // Two matters: none named for diff.
    {
      args: ["search", "alaska vs medi-cal on gifts and confidentiality"],
      hint: "hint: to search Alaska and Medi-Cal alone, add --code alaska,medi-cal; to\n      compare two codes, `ethics diff alaska medi-cal`\n",
    },
    // An alias that is an everyday word names no code; a chosen --code, or --json, needs no hint.
    { args: ["search", "medical records"], hint: "hint: 15 more standards answer this: --limit 25 shows them\n" },
    { args: ["search", "what does alaska say about gifts", "--code", "ak"], hint: "" },
    { args: ["search", "what does alaska say about gifts", "--json"], hint: "" },
  ])("a question naming codes: $args → the hint on stderr", ({ args, hint }) => {
    const { stdout, stderr, code } = ethics(args, { env: { COLUMNS: "80" } });
    expect(code).toBe(0);
    expect(stderr).toBe(hint);
    expect(stdout).not.toContain("hint:");
  });

  it("a place that names many codes: the hint counts them rather than listing every one", () => {
    const fixture = readFileSync(join(root, "test/fixtures/user-codes/riverside-agency.yaml"), "utf8");
    const dir = mkdtempSync(join(tmpdir(), "ethics-places-"));
    for (let at = 1; at <= 5; at++) {
      const text = fixture
        .replace(/^id: .*$/m, `id: oregon-${at}`)
        .replace(/^aliases: .*$/m, "aliases: []")
        .replace(/^title: .*$/m, `title: Oregon code ${at}`)
        .replace(/^shortName: .*$/m, `shortName: Oregon ${at}`)
        .replace(/^jurisdiction: .*$/m, "jurisdiction: Oregon");
      writeFileSync(join(dir, `oregon-${at}.yaml`), text);
    }
    const { stdout, stderr, code } = ethics(["--data", dir, "search", "gifts in oregon"], { env: { COLUMNS: "80" } });
    expect(code).toBe(0);
    // the codes are the --data folder's: the diff command carries it, to run as printed (after
    // the count of the answers past the limit, which the five copies make many)
    expect(stderr.replace(/^hint: \d+ more standards answer this: --limit \d+ shows them\n/, "").replace(/\n *(?=.)/g, " ")).toBe(`hint: the question names 5 codes (Oregon 1, Oregon 2 and 3 more); --code searches those you list alone; to compare two codes on this matter, \`ethics --data ${dir} diff oregon-1 oregon-2 --topic gifts\`\n`);
    // The named codes' answers come first.
    expect(stdout.split("\n")[0]).toMatch(/^Riverside|^Oregon 1/);
  });

  it.each([
    // The named code's rule first, the other codes' after; its name is not a word searched for.
    ["what does wisconsin say about gifts", ["Wisconsin 12"], "Alaska · Conflicts of Interest 3"],
    ["medi-cal gifts", ["Medi-Cal · Integrity 5", "Medi-Cal · Integrity 6"], "North Carolina 15"],
    // Wisconsin's rule first though "allow" makes others' agency-policy rules score twice it.
    ["does wisconsin allow gifts from peers", ["Wisconsin 12"], "North Carolina 15"],
  ])("%s: one of %j first, then the other codes' answers", (query, first, other) => {
    const { stdout, code } = ethics(["search", query, "--json"]);
    expect(code).toBe(0);
    const hits = citations(stdout);
    expect(first).toContain(hits[0]);
    expect(hits).toContain(other);
    expect(JSON.parse(stdout).query).toBe(query);
    expect(hits).not.toContain("Medi-Cal · Integrity 10");
  });

  // The rules against a worker's abuse, threats and force toward the people served.
  const RULES_ON_THE_WORKERS_CONDUCT = ["Alaska · Relationship with Clients 3", "Wisconsin 5", "Wisconsin 14", "Medi-Cal · Safety & Protection 6", "Working Well Together · Safety & Protection 6"];
  it.each([
    // The worker's conduct toward a client is what those rules govern; a client's conduct
    // toward the worker is not (concept files' `actor: worker`).
    ["i yelled at a client today", true],
    ["i just yelled at a client", true],
    ["a peer keeps yelling at me, is it ok if i yell back", true],
    ["a client yelled at me today what do i do", false],
    ["i got yelled at in group today by a participant", false],
    // Nor through the theme's words or the rules' own ("I will not ... threaten").
    ["my client threatened me, can i stop working with him", false],
    ["i threatened a client, what does my code say", true],
    // Matched apart, in the asker's passive; heard of, the deed is the rules' matter again.
    ["i got threatened by a peer's boyfriend, do i report", false],
    ["a peer described verbal abuse to me from her case manager", true],
  ])("%j: a rule on the worker's conduct toward clients first: %s", (query, first) => {
    const { stdout, code } = ethics(["search", query, "--json"]);
    expect(code).toBe(0);
    expect(RULES_ON_THE_WORKERS_CONDUCT.includes(citations(stdout)[0])).toBe(first);
  });

  it.each([
    // "a peer" after "as" is the asker's own role: the medication is the asker's.
    ["am i allowed to work as a peer while taking prescribed medication", "Medi-Cal · Integrity 12"],
  ])("%j: the rules on the worker's own condition, %s among them", (query, rule) => {
    const { stdout, code } = ethics(["search", query, "--json"]);
    expect(code).toBe(0);
    expect(citations(stdout)).toContain(rule);
  });

  it("an option after `--` is searched for as words, and the hint says so rather than guess a slip", () => {
    const { stdout, stderr, code } = ethics(["search", "--", "--json"], { env: { COLUMNS: "80" } });
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe("ethics: no standard matches '--json'\nhint: an option after `--` is searched for as words; without the `--`: e.g.\n      `ethics search gifts --json`\n");
  });

  it.each([["-5"], ["--", "-5"]])("%j: a dash before a number is no option, and the hint does not say one was given", (...args) => {
    const { stdout, stderr, code } = ethics(["search", ...args], { env: { COLUMNS: "80" } });
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe("ethics: no standard matches '-5'\nhint: to show a standard by its number, name its code and section: e.g.\n      `ethics show medi-cal integrity 5` shows Medi-Cal Integrity 5\n");
  });

  it("a situation pasted at length is searched for the question at its end", () => {
    const story =
      "I have been working with a young man for about eight months now at our drop-in center downtown. He came to us after losing his apartment and his job at the warehouse, and he has been doing really well lately, going to meetings, volunteering in the kitchen, and reconnecting with his sister and nephew. Last week he finished his housing paperwork and moved into his own place. Yesterday he brought me a handmade wooden box he carved himself.";
    const { stdout, stderr, code } = ethics(["search", `${story}\nCan I accept the gift?`, "--json"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const hits = JSON.parse(stdout).hits as { concepts: string[] }[];
    expect(hits[0]!.concepts).toContain("accepting-gifts");
  });

  it("a question works: stop words are ignored", () => {
    const hits = citations(ethics(["search", "can I accept a gift from someone I support?", "--json"]).stdout);
    expect(hits.slice(0, 5)).toEqual(expect.arrayContaining(["Alaska · Conflicts of Interest 3", "Wisconsin 12"]));
  });

  it("sets loosely related hits apart under a heading, as --json marks them", () => {
    const citations = (json: { hits: { citation: string; loose: boolean }[] }, loose: boolean) => json.hits.filter((hit) => hit.loose === loose).map((hit) => hit.citation);
    const some = ethics(["search", "can I hug a peer"]).stdout;
    const someJson = JSON.parse(ethics(["search", "can I hug a peer", "--json"]).stdout);
    const [answers, rest] = some.split("\n\nLoosely related: these share only part of the question.\n\n");
    expect(citations(someJson, false).length).toBeGreaterThan(0);
    expect(citations(someJson, true).length).toBeGreaterThan(0);
    for (const citation of citations(someJson, false)) expect(answers).toContain(citation);
    for (const citation of citations(someJson, true)) expect(rest).toContain(citation);
    const none = ethics(["search", "weather today"]);
    expect(none.code).toBe(0);
    expect(none.stdout.startsWith("No standard answers all of this. Loosely related:\n\n")).toBe(true);
    expect(citations(JSON.parse(ethics(["search", "weather today", "--json"]).stdout), false)).toEqual([]);
  });

  it("gives the room left under the limit to more on the first hits' matters, under a heading of its own, as --json marks them", () => {
    type Hit = { citation: string; loose: boolean; seeAlso?: true };
    const { stdout, code } = ethics(["search", "supervision hours"]);
    expect(code).toBe(0);
    const json: { hits: Hit[] } = JSON.parse(ethics(["search", "supervision hours", "--json"]).stdout);
    const seeAlso = json.hits.filter((hit) => hit.seeAlso).map((hit) => hit.citation);
    expect(seeAlso.length).toBeGreaterThan(0);
    expect(json.hits).toHaveLength(10);
    expect(json.hits.filter((hit) => hit.seeAlso).every((hit) => hit.loose)).toBe(true);
    // Last, after the loosely related ones.
    expect(json.hits.slice(-seeAlso.length).map((hit) => hit.citation)).toEqual(seeAlso);
    const [before, after] = stdout.split("\n\nSee also: more on the matters of the standards above.\n\n");
    expect(before).toContain("Loosely related: these share only part of the question.");
    for (const citation of seeAlso) {
      expect(after).toContain(citation);
      expect(before).not.toContain(`${citation}\n`);
    }
    // A limit the answers and loose hits fill leaves no room; --strength filters afterwards.
    const few: { hits: Hit[] } = JSON.parse(ethics(["search", "supervision hours", "--json", "--limit", String(10 - seeAlso.length)]).stdout);
    expect(few.hits.some((hit) => hit.seeAlso)).toBe(false);
    const binding: { hits: Hit[] } = JSON.parse(ethics(["search", "supervision hours", "--json", "--strength", "requires"]).stdout);
    expect(binding.hits.some((hit) => hit.seeAlso)).toBe(false);
  });

  it.each([
    // One word names a matter (records' "password", the gifts theme's "gift"); the rest is no
    // word of it, and nobody but the asker is in the question.
    ["whats the guest wifi password", "Alaska · Conduct 6"],
    ["gift wrap ideas for the office party", "Alaska · Conflicts of Interest 3"],
  ])("%s: no standard answers it; its hits are shown as loosely related", (query, shown) => {
    const { stdout, stderr, code } = ethics(["search", query]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout.startsWith("No standard answers all of this. Loosely related:\n\n")).toBe(true);
    const json = JSON.parse(ethics(["search", query, "--json"]).stdout);
    expect(json.hits.map((hit: { citation: string }) => hit.citation)).toContain(shown);
    expect(json.hits.every((hit: { loose: boolean }) => hit.loose)).toBe(true);
  });

  it.each([
    // The same kind of question about someone, or one the matter's own words answer, is answered.
    ["my client wants the wifi password", "Alaska · Conduct 6"],
    ["she knitted me a scarf for christmas, can i keep it", "Wisconsin 12"],
  ])("%s: answered, %s among the answers", (query, answer) => {
    const { stdout, code } = ethics(["search", query, "--json"]);
    expect(code).toBe(0);
    const answers = JSON.parse(stdout).hits.filter((hit: { loose: boolean }) => !hit.loose).map((hit: { citation: string }) => hit.citation);
    expect(answers).toContain(answer);
  });

  it("highlights the matched words on a terminal", () => {
    const { stdout } = ethics(["search", "gifts", "--code", "wi"], { env: { FORCE_COLOR: "1" } });
    expect(stdout).toContain("\u001b[1m\u001b[33mgifts\u001b[39m\u001b[22m");
  });

  it("--code and --section scope the search", () => {
    const hits = JSON.parse(ethics(["search", "supervision", "--code", "medi-cal", "--section", "integrity", "--json"]).stdout).hits;
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(hit).toMatchObject({ code: "medi-cal", section: "integrity" });
    const two = JSON.parse(ethics(["search", "gifts", "--code", "ak,nc", "--json"]).stdout).hits;
    expect(new Set(two.map((hit: { code: string }) => hit.code))).toEqual(new Set(["alaska", "north-carolina"]));
  });

  it("--json follows the contract, best first", () => {
    const result = JSON.parse(ethics(["search", "borrow money", "--limit", "3", "--json"]).stdout);
    expect(result.query).toBe("borrow money");
    expect(result.hits).toHaveLength(3);
    expect(Object.keys(result.hits[0])).toEqual(expect.arrayContaining(["code", "section", "sectionTitle", "number", "text", "citation", "score"]));
    const scores = result.hits.map((hit: { score: number }) => hit.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it("searches users' codes too, through the cache, with the same results as without it", () => {
    const data = join(root, "test/fixtures/user-codes");
    const cold = ethics(["--data", data, "search", "borrow money", "--json"], { env: { ETHICS_NO_CACHE: "1" } }).stdout;
    expect(citations(cold)).toContain("Riverside · Boundaries 2");
    const fill = ethics(["--data", data, "search", "borrow money", "--json"]).stdout;
    const warm = ethics(["--data", data, "search", "borrow money", "--json"]).stdout;
    expect(fill).toBe(cold);
    expect(warm).toBe(cold);
  });

  it.each([
    [["search", "weather", "forecast"], 1, "no standard matches 'weather forecast'\nhint: try other words"],
    [["search", "zzgifts"], 1, "did you mean gifts?"],
    // sense, sponsee and sponsor are all two edits away: the one that keeps the most of it.
    [["search", "spnser"], 1, "did you mean sponsor?"],
    [["search", "xyzzy"], 1, "no standard matches 'xyzzy'"],
    [["search", "giftz", "--code", "wi"], 0, ""],
    // Nothing but common words is a no-match, as any (exit 1), not a usage error.
    [["search", "the", "and", "of"], 1, "has no words to search for"],
    [["search", "shall", "not"], 1, "has no words to search for"],
    // A Latin letter alone names nothing: it matched only the "C" of "hep C" in what people ask.
    [["search", "c"], 1, "no standard matches 'c': a letter alone is not a word to search for"],
    [["search", "c", "b"], 1, "no standard matches 'c b': letters alone are not words to search for"],
    // A query in a script search does not read is not called common words.
    [["search", "礼物"], 1, "no standard matches '礼物': search reads Latin letters only (a–z), and"],
    [["search", "подарок", "the"], 1, "no standard matches 'подарок': search reads Latin letters only"],
    // (the quoted emoji, cut to 40 columns, fill the first line: the rest wraps after "search")
    [["search", "🎁".repeat(50)], 1, "reads Latin letters only (a–z), and"],
    // A query of characters that show nothing names them, not an empty ''.
    [["search", "\u200d"], 1, "no standard matches '<U+200D>': search reads Latin letters only"],
    [["search", "\u00ad"], 1, "no standard matches '<U+00AD>'"],
    [["search", ""], 2, "nothing to search for"],
    [["search", "gifts", "--limit", "zero"], 2, "--limit takes a whole number ≥ 1, not 'zero'"],
    [["search", "gifts", "--code", "nowhere"], 1, "no code 'nowhere'"],
    [["search"], 2, "search needs <query...>: words, a question or a situation"],
    [["search", "x".repeat(10_000)], 1, "no standard matches"],
    // Not "common words are left out": the run of letters is too long to be a word.
    [["search", "the", "a".repeat(41)], 1, 'a "word" over 40 letters is not looked up'],
    [["search", "gifts ".repeat(2_000)], 0, ""],
  ])("%#: bad or odd queries answer briefly (exit %s)", (args, exitCode, message) => {
    const { stderr, code } = ethics(args as string[]);
    expect(code).toBe(exitCode);
    expect(stderr).toContain(message);
    expect(stderr).not.toMatch(STACK_TRACE);
    expect(stderr.length).toBeLessThan(400);
  });
});
