// How users name things, end to end: references as people paste them, numbers of any size or
// script, several references in one call, --code alike in every command, names two codes share.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, expectShortFailure, root, unwrapped } from "./run.js";

/** The citation lines of `show`'s text: each standard starts at the left margin. */
function citations(stdout: string): string[] {
  return stdout.split("\n").filter((line) => /^\S/.test(line));
}

describe("ethics show: references as people paste them", () => {
  it.each([
    ["the tool's own citation", ["show", "Alaska · Conflicts of Interest 3"], ["Alaska · Conflicts of Interest 3"]],
    ["one quoted argument", ["show", "medi-cal integrity 12"], ["Medi-Cal · Integrity 12"]],
    ["a code name of several words", ["show", "north", "carolina", "15"], ["North Carolina 15"]],
    ["two pasted citations", ["show", "Medi-Cal · Integrity 12", "Alaska · Conduct 4"], ["Medi-Cal · Integrity 12", "Alaska · Conduct 4"]],
    [
      "references in a row: an open range, several words, digits of other scripts",
      ["show", "medi-cal", "integrity", "12-", "alaska", "conduct", "4", "Working Well Together · Integrity 5", "medi-cal", "integrity", "١٢", "mc", "hope", "１-２"],
      ["Medi-Cal · Integrity 12", "Medi-Cal · Integrity 13", "Medi-Cal · Integrity 14", "Alaska · Conduct 4", "Working Well Together · Integrity 5", "Medi-Cal · Integrity 12", "Medi-Cal · Hope 1", "Medi-Cal · Hope 2"],
    ],
  ])("%s", (_name, args, expected) => {
    const { stdout, stderr, code } = ethics(args, { env: { COLUMNS: "200" } });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(citations(stdout)).toEqual(expected);
  });

  it("sections and codes without numbers, with ;", () => {
    const { stdout, code } = ethics(["show", "alaska conduct; north carolina"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Alaska · Conduct\n/);
    expect(stdout).toContain("\n\nThe North Carolina Certified Peer Support Specialist Code of Ethics\n");
    expect(stdout).toContain("21. PSS do not make medical diagnoses.");
  });

  it("--json: one reference as before, several as an array of them", () => {
    const one = JSON.parse(ethics(["show", "Medi-Cal · Integrity 12", "--json"]).stdout);
    expect(one.citation).toBe("Medi-Cal · Integrity 12");
    const several = JSON.parse(ethics(["show", "medi-cal", "integrity", "12", "alaska", "conduct", "3-4", "alaska", "values", "--json"]).stdout);
    expect(several[0].citation).toBe("Medi-Cal · Integrity 12");
    expect(several[1].map((standard: { citation: string }) => standard.citation)).toEqual(["Alaska · Conduct 3", "Alaska · Conduct 4"]);
    expect(several[2]).toHaveLength(7);
  });

  it.each([
    [["show", "medi-cal", "integrity", "99999999999999999999"], 1, "ethics: Medi-Cal Integrity has no 99999999999999999999\nhint: Medi-Cal Integrity has 1–14\n"],
    [["show", "medi-cal:integrity:9007199254740993-"], 1, "ethics: Medi-Cal Integrity has no 9007199254740993\nhint: Medi-Cal Integrity has 1–14\n"],
    [["show", "medi-cal", "integrity", "xii"], 2, "ethics: 'xii' is not a standard number; Medi-Cal Integrity has 1–14\nhint: in digits: `ethics show medi-cal integrity 12`\n"],
    [["show", "medi-cal", "integrity", "12.0"], 2, "ethics: '12.0' is not a standard number; Medi-Cal Integrity has 1–14\nhint: e.g. `ethics show medi-cal integrity 12`\n"],
    [["show", "medi-cal", "integrity", "十二"], 2, "ethics: '十二' is not a standard number; Medi-Cal Integrity has 1–14\n"],
    [["show", "medi-cal", "12"], 2, "ethics: medi-cal has 16 sections; say which one\nhint: e.g. `ethics show medi-cal respect 12`; also integrity 12\n"],
    [["show", "medi-cal", "integrity", "5;", "7"], 2, "ethics: '7' has no code before it\nhint: a list is 5,7 and a range 5-7; a reference starts with its code\n"],
  ])("%j fails with a short message (exit %i)", (args, exitCode, message) => {
    const result = ethics(args);
    expectShortFailure(result, exitCode, message);
  });

  it("--help lists the grammar", () => {
    const { stdout } = ethics(["show", "--help"]);
    for (const line of ["<code> <section> <a>-", "<code> · <section> <n>", "ethics show medi-cal integrity 12 alaska conduct 4", "Quoting changes nothing"]) {
      expect(stdout).toContain(line);
    }
  });
});

describe("every citation the tool prints is taken back by show", () => {
  it("search's, topic's and diff's, all in one call", () => {
    const searched = JSON.parse(ethics(["search", "respect dignity", "--limit", "30", "--json"]).stdout).hits.map((hit: { citation: string }) => hit.citation);
    const topic = JSON.parse(ethics(["topic", "confidentiality", "--json"]).stdout).codes.flatMap((entry: { standards: { citation: string }[] }) =>
      entry.standards.map((standard) => standard.citation),
    );
    // diff's own lines, arrows and all: "Alaska · Relationship with Clients 4 → Medi-Cal · Cultural Responsiveness & Humility 4"
    const diffLines = ethics(["diff", "alaska", "medi-cal", "--full"], { env: { COLUMNS: "200" } })
      .stdout.split("\n")
      .filter((line) => /^  (?:Alaska|Medi-Cal) · .*(?:\(similarity [\d.]+\)|\d)$/.test(line))
      .map((line) => line.trim().replace(/ \(similarity [\d.]+\)$/, ""));
    expect(searched.length).toBeGreaterThan(20);
    expect(topic.length).toBeGreaterThan(10);
    expect(diffLines.length).toBeGreaterThan(30);
    // Each once, where first named: a standard named again is shown once (fix65-named-again.test.ts).
    const expected = [...new Set([...searched, ...topic, ...diffLines.flatMap((line) => line.split(/ [→+] /))])];
    const { stdout, stderr, code } = ethics(["show", ...searched, ...topic, ...diffLines], { env: { COLUMNS: "200" } });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(citations(stdout)).toEqual(expected);
  });
});

describe("--code means the same everywhere", () => {
  const ids = (args: string[], pick: (json: any) => string[]) => {
    const { stdout, stderr, code } = ethics(args);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    return pick(JSON.parse(stdout));
  };
  const topicCodes = (json: any) => json.codes.map((entry: { code: string }) => entry.code);
  // With --code, export --json prints code files: one object, or a list of them.
  const exportCodes = (json: any) => (Array.isArray(json) ? json : [json]).map((entry: { id: string }) => entry.id);
  const searchCodes = (json: any) => [...new Set(json.hits.map((hit: { code: string }) => hit.code))] as string[];

  it.each([
    [["topic", "gifts", "--codes", "ak", "--codes", "nc", "--json"], topicCodes, ["alaska", "north-carolina"]],
    [["topic", "gifts", "--code", "ak", "-c", "nc,wi", "--json"], topicCodes, ["alaska", "north-carolina", "wisconsin"]],
    [["export", "-c", "ak,wi"], exportCodes, ["alaska", "wisconsin"]],
    [["export", "--code", "wi", "--code", "north carolina,wi"], exportCodes, ["wisconsin", "north-carolina"]],
    [["search", "gifts", "-c", "ak,wi", "--json"], searchCodes, ["alaska", "wisconsin"]],
  ])("%j", (args, pick, expected) => {
    expect(ids(args, pick).sort()).toEqual([...expected].sort());
  });

  it.each([
    [["search", "gifts", "--code", ""], 2, "ethics: --code '' is empty: it takes a code's id, alias or name, or several separated by commas"],
    [["export", "--code", " "], 2, "ethics: --code ' ' is empty"],
    [["topic", "gifts", "--codes", "ak,"], 2, "ethics: --codes 'ak,' has an empty name (a stray comma?): it takes code names separated by commas"],
    [["export", "-c", "alsaka"], 1, "ethics: no code 'alsaka' — did you mean alaska?"],
    [["search", "gifts", "-c", "ak,madical"], 1, "ethics: no code 'madical' — did you mean medi-cal?"],
  ])("%j fails (exit %i)", (args, exitCode, message) => {
    expectShortFailure(ethics(args), exitCode, message);
  });

  // `--codes ''` said "--code needs a code name": another flag than the one typed, and not
  // what was wrong with it (an empty list) or where to find the names.
  it.each([
    [["topic", "gifts", "--codes", ""], "--codes '' is empty"],
    [["topic", "gifts", "-c", ""], "--code '' is empty"],
    [["search", "gifts", "--code", "ak,,wi"], "--code 'ak,,wi' has an empty name (a stray comma?)"],
  ])("%j: what was wrong, what is taken, and a hint naming the flag typed", (args, said) => {
    const flag = said.split(" ")[0]!;
    const result = ethics(args);
    expect(result.stdout).toBe("");
    expect(unwrapped(result.stderr)).toBe(
      `ethics: ${said}: it takes ${said.includes("stray") ? "code names separated by commas" : "a code's id, alias or name, or several separated by commas"}\n` +
        `hint: e.g. ${flag} alaska,medi-cal; \`ethics list\` names every code; leave ${flag} out to use them all\n`,
    );
    expect(result.code).toBe(2);
  });

  it("is one option in every command's help, --codes no longer shown", () => {
    for (const command of ["topic", "export", "search"]) {
      const { stdout } = ethics([command, "--help"]);
      expect(stdout, command).toMatch(/-c, --code <code>\s+only th\w+ codes?/);
      expect(stdout, command).not.toContain("--codes");
    }
  });
});

describe("names two codes answer to", () => {
  const nameClash = join(root, "test/fixtures/name-clash");

  it("validate reports a short name that is another code's id", () => {
    const { stdout, code } = ethics(["validate", nameClash]);
    expect(code).toBe(1);
    expect(stdout).toBe(
      `${nameClash}/riverside-peers.yaml:5:1 shortName: 'Riverside' clashes with 'riverside' in ${nameClash}/riverside.yaml: both answer to 'riverside'; change it (e.g. 'Riverside (local)')\n` +
        "1 problem in 1 of 2 files\n",
    );
  });

  it.each([["show", "riverside", "boundaries", "1"], ["search", "gifts", "--code", "riverside"], ["diff", "riverside", "alaska"]])("--data refuses them before %s", (...args) => {
    expectShortFailure(
      ethics(["--data", nameClash, ...args]),
      1,
      `riverside-peers.yaml: short name 'Riverside' ('riverside') clashes with the user code 'riverside' in ${nameClash}/riverside.yaml\nhint: change the short name in ${nameClash}/riverside-peers.yaml, e.g. shortName: Riverside (local)`,
    );
  });

  it("a user's code is shown from its printed citation", () => {
    const { stdout, code } = ethics(["--data", join(root, "test/fixtures/user-codes"), "show", "Riverside · Boundaries 2", "Riverside Peer Services Code of Conduct privacy 1"]);
    expect(code).toBe(0);
    expect(citations(stdout)).toEqual(["Riverside · Boundaries 2", "Riverside · Privacy 1"]);
  });
});
