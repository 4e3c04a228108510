// `ethics topics --code mine,alaska`: the crosswalk of the codes asked for, not of every code
// loaded (a hundred users' codes made it 26 tables, 1,500 lines).
import { describe, expect, it } from "vitest";
import { ethics, STACK_TRACE, unwrapped } from "./run.js";

interface Matrix {
  topics: { id: string; counts: Record<string, number> }[];
  inferred: string[];
}
const matrixOf = (args: string[]) => {
  const result = ethics(["topics", ...args, "--json"]);
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Matrix;
};

describe("topics --code", () => {
  it("keeps the columns of the codes asked for, with every code's counts as they are", () => {
    const every = matrixOf([]);
    const some = matrixOf(["--code", "wi,ak"]);
    expect(some.topics.map((topic) => topic.id)).toEqual(every.topics.map((topic) => topic.id));
    for (const [at, topic] of some.topics.entries()) {
      // In the library's order, as every column is.
      expect(Object.keys(topic.counts)).toEqual(["alaska", "wisconsin"]);
      expect(topic.counts).toEqual({ alaska: every.topics[at]!.counts.alaska, wisconsin: every.topics[at]!.counts.wisconsin });
    }
  });

  it("prints only those columns", () => {
    const { stdout, code } = ethics(["topics", "--code", "medi-cal"], { env: { COLUMNS: "80" } });
    expect(code).toBe(0);
    const header = stdout.split("\n")[1]!;
    expect(header).toMatch(/│ topic +│ medi-cal │$/);
  });

  it("says which name is no code", () => {
    const result = ethics(["topics", "--code", "alsaka"]);
    expect(result.code).toBe(1);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    expect(unwrapped(result.stderr)).toContain("no code 'alsaka' — did you mean alaska?");
  });
});
