import { describe, expect, it } from "vitest";
import { threadPlan } from "../../src/cli/cache/parallel-parse.js";
import { MOST_THREADS_ASKED, threadsAsked } from "../../src/cli/threads-asked.js";

describe("ETHICS_THREADS", () => {
  it.each([
    ["unset", undefined, 2, null],
    ["empty", "", 2, null],
    ["0: none", "0", 2, 0],
    ["2", "2", 2, 2],
    ["8 on two cores", "8", 2, 8],
    ["99 on two cores: capped at 8", "99", 2, MOST_THREADS_ASKED],
    ["99 on sixteen cores: capped at the cores", "99", 16, 16],
    ["12 on sixteen cores", "12", 16, 12],
    ["-1", "-1", 2, null],
    ["abc", "abc", 2, null],
    ["1.5", "1.5", 2, null],
    ["1e3", "1e3", 2, null],
    ["a number of three digits", "100", 2, null],
  ])("%s", (_what, value, cores, workers) => {
    expect(threadsAsked(value === undefined ? {} : { ETHICS_THREADS: value }, cores)).toBe(workers);
  });

  it("a parse of a thousand files asked for 99 threads starts 8 on two cores", () => {
    expect(threadPlan(1000, { ETHICS_THREADS: "99" }, 2)).toEqual({ workers: MOST_THREADS_ASKED, mainTakesJobs: false });
  });
});
