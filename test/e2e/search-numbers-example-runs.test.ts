// `ethics search 12 5` hinted "to show a standard by its number: `ethics show <code> <section>
// 12`": placeholders that cannot be run, and nothing said of the 5. The hint is now a command
// built from the codes loaded that runs, and says what it shows: each number a standard's.
import { describe, expect, it } from "vitest";
import { ethics, unwrapped } from "./run.js";

/** The first command a hint quotes, as the words after `ethics`. */
const commandIn = (hint: string) => /`ethics ([^`]+)`/.exec(hint)![1]!.split(" ");

describe("the hint of a search of numbers alone", () => {
  it.each<[string[], string, string[]]>([
    [["12", "5"], "to show standards by their numbers, name their code and section: e.g. `ethics show medi-cal integrity 12 5` shows Medi-Cal Integrity 12 and 5", ["Medi-Cal · Integrity 12", "Medi-Cal · Integrity 5"]],
    [["twelve", "five"], "to show standards by their numbers, name their code and section: e.g. `ethics show medi-cal integrity 12 5` shows Medi-Cal Integrity 12 and 5", ["Medi-Cal · Integrity 12", "Medi-Cal · Integrity 5"]],
    [["17"], "to show a standard by its number, name its code: e.g. `ethics show north-carolina 17` shows North Carolina 17", ["North Carolina 17"]],
    [["12", "30"], "to show a standard by its number, name its code and section: e.g. `ethics show medi-cal integrity 12` shows Medi-Cal Integrity 12; no standard is numbered 30", ["Medi-Cal · Integrity 12"]],
    [["99"], "no standard is numbered 99; a standard is shown by its number so: `ethics show medi-cal integrity 12`", ["Medi-Cal · Integrity 12"]],
    [["12", "--code", "alaska"], "Alaska has no 12: `ethics show alaska` prints them all", ["Relationship with Clients", "Conduct"]],
  ])("search %j: a command that runs", (args, hint, shown) => {
    const run = ethics(["search", ...args], { env: { COLUMNS: "80" } });
    expect(run.stdout).toBe("");
    expect(unwrapped(run.stderr)).toBe(`ethics: no standard matches '${args.filter((arg) => !arg.startsWith("-") && arg !== "alaska").join(" ")}'\nhint: ${hint}\n`);
    for (const line of run.stderr.split("\n")) expect(line.length).toBeLessThanOrEqual(80);
    expect(run.code).toBe(1);
    const shownRun = ethics(commandIn(hint));
    expect(shownRun.code).toBe(0);
    for (const part of shown) expect(shownRun.stdout).toContain(part);
    expect(shownRun.stdout).not.toContain("<");
  });

  it("under ETHICS_CODE, the example is its code's", () => {
    const run = ethics(["search", "5"], { env: { ETHICS_CODE: "alaska" } });
    expect(unwrapped(run.stderr)).toContain("hint: to show a standard by its number, name its code and section: e.g. `ethics show alaska relationship-with-clients 5` shows Alaska Relationship with Clients 5\n");
  });
});
