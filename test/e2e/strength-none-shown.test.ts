// `ethics show nc wi --strength aspires` said "no standard of North Carolina; Wisconsin aspires"
// (read: Wisconsin aspires), and its hint "try another --strength: prohibits, requires, defers,
// aspires, describes" offered the strength just tried, and others no standard shown binds with.
import { describe, expect, it } from "vitest";
import { ethics, STACK_TRACE, unwrapped } from "./run.js";

/** The wording strengths some standard a show of `args` shows binds with, strongest first. */
function strengthsShown(args: string[]): string[] {
  return ["prohibits", "requires", "defers", "aspires", "describes"].filter((strength) => ethics(["show", ...args, "--strength", strength, "--json"]).code === 0);
}

describe("show --strength that none of the standards shown binds with", () => {
  it("names the places as one list, and the strengths they bind with, not the one tried", () => {
    const run = ethics(["show", "nc", "wi", "--strength", "aspires"]);
    expect([run.code, run.stdout]).toEqual([1, ""]);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    const others = strengthsShown(["nc", "wi"]);
    expect(others).not.toContain("aspires");
    const listed = others.length === 1 ? others[0] : `${others.slice(0, -1).join(", ")} or ${others.at(-1)}`;
    expect(unwrapped(run.stderr)).toBe(`ethics: no standard of North Carolina or Wisconsin aspires\nhint: they bind otherwise: --strength ${listed}, e.g. \`ethics show nc wi --strength ${others[0]}\`\n`);
    for (const line of run.stderr.split("\n")) expect(line.length).toBeLessThanOrEqual(80);
  });

  it("gives a command that shows them, the strength changed where it was typed", () => {
    const run = ethics(["show", "wisconsin", "12", "--strength=defers"]);
    expect(run.code).toBe(1);
    const [, command] = /`ethics ([^`]*)`/.exec(unwrapped(run.stderr))!;
    expect(unwrapped(run.stderr)).toContain("ethics: no standard of Wisconsin 12 defers\nhint: it binds otherwise: `ethics show wisconsin 12 --strength=");
    expect(ethics(command!.split(" ")).code).toBe(0);
  });

  it("keeps a place that holds a comma apart from the next", () => {
    const run = ethics(["show", "medi-cal", "integrity", "5,7,10", "nc", "15", "--strength", "aspires"]);
    expect(run.code).toBe(1);
    expect(unwrapped(run.stderr)).toContain("no standard of Medi-Cal · Integrity 5, 7, 10; or North Carolina 15 aspires");
  });
});
