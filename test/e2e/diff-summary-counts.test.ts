// `ethics diff california medi-cal` said "13 new", and `--only added` listed 13, but --json gave
// `summary.added: 2` (the other 11 were counted as relatedB alone). --only's help defines added
// as "in B with no counterpart by wording": 13. The summary now counts added and removed so, and
// onlyA/onlyB (what a report of codes written apart calls "only in") and relatedA/relatedB apart.
import { describe, expect, it } from "vitest";
import { ethicsAsync } from "./run.js";

/** The number before `words` in the report's summary (its first paragraph), 0 where it says none. */
function counted(summary: string, words: string): number {
  const found = new RegExp(`(\\d+) ${words}\\b`).exec(summary);
  return found ? Number(found[1]) : 0;
}

async function report(args: string[]) {
  const [text, json] = await Promise.all([ethicsAsync(["diff", ...args]), ethicsAsync(["diff", ...args, "--json"])]);
  return { summary: text.stdout.split("\n\n")[0]!.replace(/\n +/g, " "), json: JSON.parse(json.stdout) };
}

async function json(args: string[]) {
  return JSON.parse((await ethicsAsync(["diff", ...args, "--json"])).stdout);
}

describe.concurrent("diff's summary says the same numbers in text and in JSON", () => {
  it.each([
    [["california", "medi-cal"], { added: 13, removed: 0 }],
    [["medi-cal", "california"], { added: 0, removed: 13 }],
    [["california", "medi-cal", "--section", "integrity"], { added: 5, removed: 0 }],
  ])("a revision, diff %j: new is added, left out is removed", async (args, expected) => {
    const { summary, json } = await report(args);
    expect({ added: json.summary.added, removed: json.summary.removed }).toEqual(expected);
    expect({ added: counted(summary, "new"), removed: counted(summary, "left out") }).toEqual(expected);
    expect([counted(summary, "same"), counted(summary, "changed")]).toEqual([json.summary.same, json.summary.changed]);
    expect([counted(summary, "merges?"), counted(summary, "splits?")]).toEqual([json.summary.merges, json.summary.splits]);
  });

  it.each([[["alaska", "medi-cal"]], [["medi-cal", "alaska"]], [["north-carolina", "wisconsin"]]])("codes written apart, diff %j: only in is onlyA and onlyB", async (args) => {
    const { summary, json } = await report(args);
    const [a, b] = [json.a.shortName, json.b.shortName];
    expect([counted(summary, `only in ${a}`), counted(summary, `only in ${b}`)]).toEqual([json.summary.onlyA, json.summary.onlyB]);
    expect(counted(summary, "pairs? by wording")).toBe(json.summary.same + json.summary.changed);
  });

  it.each([[["california", "medi-cal"]], [["medi-cal", "california"]], [["alaska", "medi-cal"]]])("diff %j --json: added and removed are what --only lists", async (args) => {
    const [whole, added, removed] = await Promise.all([json(args), json([...args, "--only", "added"]), json([...args, "--only", "removed"])]);
    const { summary } = whole;
    expect([summary.onlyA, summary.onlyB, summary.relatedA, summary.relatedB]).toEqual([whole.onlyA.length, whole.onlyB.length, whole.relatedA.length, whole.relatedB.length]);
    expect(summary.added).toBe(added.onlyB.length + added.relatedB.length);
    expect(summary.removed).toBe(removed.onlyA.length + removed.relatedA.length);
  });

  it("diff california medi-cal --only added lists as many as the summary calls new", async () => {
    const text = (await ethicsAsync(["diff", "california", "medi-cal", "--only", "added"])).stdout;
    const listed = text
      .split("\n\n")
      .filter((block) => block.startsWith("New in Medi-Cal"))
      .flatMap((block) => block.split("\n").slice(1).filter((line) => /^ {2}\S/.test(line)));
    expect(listed).toHaveLength(13);
    expect(text).toContain(" 13 new ");
  });
});
