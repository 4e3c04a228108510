// `ethics search` gave --limit hits (10 unless said) and never said that more standards answer
// the question: a reader took the ten for all there is. Where more answers than the limit shows
// exist, a line on stderr says how many, and the --limit that shows them; --json carries the
// count as `more`, its hits as they were.
import { describe, expect, it } from "vitest";
import { ethics, STACK_TRACE } from "./run.js";

const answers = (stdout: string) => (JSON.parse(stdout) as { hits: { loose: boolean }[] }).hits.filter((hit) => !hit.loose).length;

describe("answers past the limit", () => {
  it.each<[string[], number, number]>([
    [["search", "confidentiality"], 10, 20],
    [["search", "gifts", "--limit", "3"], 6, 9],
    [["search", "gifts", "--limit", "8"], 1, 9],
    // Alaska Conduct 5 ("as required by my agency") reads as requires since the sixty-seventh session.
    [["search", "confidentiality", "--strength", "requires", "--limit", "2"], 14, 16],
  ])("ethics %j: says how many more, and the limit that shows them", (args, more, limit) => {
    const run = ethics(args, { env: { COLUMNS: "80" } });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain("more standard");
    const them = more === 1 ? "standard answers this: --limit " + limit + " shows it" : "standards answer this: --limit " + limit + " shows them";
    expect(run.stderr).toBe(`hint: ${more} more ${them}\n`);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    // --json: the count, the hits as the limit lets them
    const json = ethics([...args, "--json"]);
    expect(json.stderr).toBe("");
    expect(JSON.parse(json.stdout).more).toBe(more);
    // the limit said shows them all, and says no more
    const all = ethics([...args.filter((_, at) => args[at] !== "--limit" && args[at - 1] !== "--limit"), "--limit", String(limit), "--json"]);
    expect(answers(all.stdout)).toBe(limit);
    expect(JSON.parse(all.stdout).more).toBeUndefined();
  });

  it("where the answers do not fill the limit, nothing is said", () => {
    const run = ethics(["search", "gifts"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(JSON.parse(ethics(["search", "gifts", "--json"]).stdout)).not.toHaveProperty("more");
  });

  it("numbers alone count the standards that hold them", () => {
    const run = ethics(["search", "2", "--limit", "1"], { env: { COLUMNS: "80" } });
    expect(run.code).toBe(0);
    expect(run.stderr.split("\n")[0]).toBe("hint: 2 more standards answer this: --limit 3 shows them");
    expect(answers(ethics(["search", "2", "--json"]).stdout)).toBe(3);
  });
});
