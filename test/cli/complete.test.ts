// What `ethics __complete` offers after the words typed so far (one case a line).
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { completeWords, DIRECTORIES, FILES, typedDataDirectories, typedLine, typedPath } from "../../src/cli/complete.js";
import { buildProgram } from "../../src/cli/program.js";
import { readCodeDir } from "../../src/core/codes/load.js";
import { readTopicsFile } from "../../src/core/concepts/load-topics.js";
import type { Library } from "../../src/model.js";

const root = join(import.meta.dirname, "../..");
const codes = readCodeDir(join(root, "data"), "builtin");
const library = { codes, topics: readTopicsFile(join(root, "data", "topics.yaml"), codes), concepts: [] };
const program = buildProgram(["node", "ethics", "__complete"]);
const ids = ["alaska", "california", "medi-cal", "north-carolina", "wisconsin"];
const exportOptions = ["--format", "-f", "--code", "-c", "--id", "--topic", "-t", "--bom", "--json"];

describe("completeWords", () => {
  it.each([
    [[], expect.arrayContaining(["list", "show", "validate", "--data", "--no-color"])],
    [["--data"], [DIRECTORIES]],
    [["--data", "my-codes"], expect.arrayContaining(["list", "show"])],
    [["--data", "my-codes", "show"], expect.arrayContaining([...ids, "--json"])],
    [["show", "--data"], [DIRECTORIES]],
    [["validate"], [FILES, "--json"]],
    [["validate", "a.yaml"], [FILES, "--json"]],
    [["--data", "dir", "validate"], [FILES, "--json"]],
    [["search", "gifts", "--code"], ids],
    [["search", "gifts", "-c"], ids],
    [["search", "gifts", "--code", "alaska"], expect.not.arrayContaining(["alaska"])],
    [["export", "--code"], ids],
    [["export", "--code"], ids],
    // export takes codes as arguments too: those not named yet, either way.
    [["export"], [...ids, ...exportOptions]],
    [["export", "--code", "alaska"], [...ids.filter((id) => id !== "alaska"), ...exportOptions]],
    [["export", "ak", "--format", "md", "north", "carolina", "-c", "wi,mc"], ["california", ...exportOptions]],
    [["export", "--format"], ["json", "yaml", "md", "csv", "anki", "anki-cloze", "anki-situations", "html"]],
    [["topic", "gifts", "--codes"], ids],
    [["diff", "--section"], expect.arrayContaining(["integrity", "conflicts-of-interest"])],
    [["show", "alaska"], ["relationship-with-clients", "conflicts-of-interest", "conduct", "values", "preamble", "--json", "--strength"]],
    // show takes several references: after one's numbers (or an item's letters, or an `and`)
    // the next starts with its code, and after that code come its sections.
    [["show", "medi-cal", "integrity", "12"], [...ids, "--json", "--strength"]],
    [["show", "medi-cal", "integrity", "5-7"], [...ids, "--json", "--strength"]],
    [["show", "medi-cal", "integrity", "12", "a"], [...ids, "--json", "--strength"]],
    [["show", "wi", "1", "and"], [...ids, "--json", "--strength"]],
    [["show", "medi-cal:integrity:12"], [...ids, "--json", "--strength"]],
    [["show", "Alaska · Conduct 4"], [...ids, "--json", "--strength"]],
    [["show", "medi-cal", "integrity", "12", "alaska"], ["relationship-with-clients", "conflicts-of-interest", "conduct", "values", "preamble", "--json", "--strength"]],
    [["show", "wi", "1", "north"], expect.arrayContaining(["carolina"])],
    // The parts of a code's file show names after it, where its file holds them (Wisconsin's holds none).
    [["show", "medi-cal"], expect.arrayContaining(["integrity", "preamble", "definitions"])],
    [["show", "wisconsin"], expect.not.arrayContaining(["preamble"])],
    // diff's codes may be names of several words, and joined by "and", as it reads them.
    [["diff", "north"], expect.arrayContaining(["carolina", ...ids])],
    [["diff", "alaska", "north"], expect.arrayContaining(["carolina"])],
    [["diff", "alaska", "north"], expect.not.arrayContaining(["alaska"])],
    [["diff", "north", "carolina"], expect.arrayContaining(ids)],
    [["diff", "alaska", "and"], expect.arrayContaining(ids)],
    [["diff", "alaska", "wi"], expect.not.arrayContaining(["alaska"])],
    // Before any number, a section's words are no code: nothing but the options.
    [["show", "medi-cal", "integrity"], ["--json", "--strength"]],
    [["completion"], ["bash", "zsh", "fish", "--json"]],
    [["completion", "bash"], ["--json"]],
    // Each option's values, by what it takes.
    [["search", "x", "--strength"], ["prohibits", "requires", "defers", "aspires", "describes"]],
    [["diff", "a", "b", "--only"], ["same", "changed", "added", "removed"]],
    [["quiz", "--topic"], library.topics.map((topic) => topic.id)],
    [["random", "-t"], expect.arrayContaining(["gifts", "supervision"])],
    [["diff", "alaska", "wi", "--section"], ["relationship-with-clients", "conflicts-of-interest", "conduct"]],
    // Its first word alone ("code") begins two titles: the name whole is Wisconsin's.
    [["diff", "code", "of", "conduct", "for", "peer", "specialists", "alaska", "--section"], ["code-of-conduct"]],
    [["search", "x", "-c", "ak", "--code", "wi", "-s"], ["relationship-with-clients", "conflicts-of-interest", "conduct", "code-of-conduct"]],
    [["quiz", "--count"], []],
    // A value that may be left out: its choices, or the next option.
    [["quiz", "--worksheet"], ["md", "html", "gift", "--code", "-c", "--all-codes", "--topic", "-t", "--count", "-n", "--seed", "--review", "-r", "--kind", "-k", "--worksheet", "--json"]],
    [["quiz", "--worksheet", "--count"], []],
    [["quiz", "--worksheet", "--topic"], library.topics.map((topic) => topic.id)],
    [["quiz", "--kind"], ["which-code", "situation", "strength", "cloze"]],
  ])("after %j: %j", (before, expected) => {
    expect(completeWords(program, library, before)).toEqual(expected);
  });

  it("topic and concepts offer the topics, then the concepts", () => {
    const concepts = [{ id: "accepting-gifts" }, { id: "physical-contact" }] as Library["concepts"];
    const withConcepts = { ...library, concepts };
    const topics = library.topics.map((topic) => topic.id);
    expect(completeWords(program, withConcepts, ["topic"])).toEqual([...topics, "accepting-gifts", "physical-contact", "--code", "-c", "--codes", "--json"]);
    expect(completeWords(program, withConcepts, ["concepts"])).toEqual([...topics, "accepting-gifts", "physical-contact", "--json"]);
  });

  it.each([
    [["search", "x", "--code"], "alaska,", ids.filter((id) => id !== "alaska").map((id) => `alaska,${id}`)],
    [["export", "-c"], "AK,mc,n", ["AK,mc,california", "AK,mc,north-carolina", "AK,mc,wisconsin"]],
    [["topic", "gifts", "--codes"], "wi,", ["wi,alaska", "wi,california", "wi,medi-cal", "wi,north-carolina"]],
    [["search", "x", "--code"], "ala", ids],
    [["export", "--format"], "json,", ["json", "yaml", "md", "csv", "anki", "anki-cloze", "anki-situations", "html"]],
    [["show", "alaska"], "a,", expect.arrayContaining(["conduct"])],
    [["diff", "a", "b", "--only"], "added,", ["added,same", "added,changed", "added,removed"]],
    [["quiz", "--kind"], "situation,", ["situation,which-code", "situation,strength", "situation,cloze"]],
  ])("after %j, completing %j: %j", (before, current, expected) => {
    expect(completeWords(program, library, before, current)).toEqual(expected);
  });

  it("reads the directories typed after --data, ~ as the home directory", () => {
    expect(typedDataDirectories(program, ["--data", "a", "show", "--data", "~/b", "x"])).toEqual(["a", `${process.env.HOME}/b`]);
    expect(typedDataDirectories(program, ["--data"])).toEqual([]);
  });
});

describe("the words as the shells give them", () => {
  it.each([
    // bash splits at "=": the value after it completes, the "=" dropped.
    [["export", "--format", "="], "m", { before: ["export", "--format"], current: "m", prefix: "" }],
    [["export", "--format"], "=", { before: ["export", "--format"], current: "", prefix: "" }],
    // zsh and fish give the word whole: the candidates go after "--format=".
    [["export"], "--format=m", { before: ["export", "--format"], current: "m", prefix: "--format=" }],
    [["search", "--code=wi", "x"], "", { before: ["search", "--code", "wi", "x"], current: "", prefix: "" }],
    // A lone "=" that follows no option is a word of its own.
    [["search", "="], "", { before: ["search", "="], current: "", prefix: "" }],
  ])("%j, completing %j", (words, current, expected) => {
    expect(typedLine(words, current)).toEqual(expected);
  });

  it.each([
    ["'my codes'", "my codes"],
    ['"my codes"', "my codes"],
    ["my\\ codes", "my codes"],
    ['"a \\"b\\" \\\\c"', 'a "b" \\c'],
    ["'it'\\''s'", "it's"],
    ["~/codes", "/home/me/codes"],
    ["~", "/home/me"],
    ["'~/codes'", "~/codes"],
    ["plain", "plain"],
    ["'unclosed", "unclosed"],
  ])("%j is the path %j", (word, path) => {
    expect(typedPath(word, "/home/me")).toBe(path);
  });
});
