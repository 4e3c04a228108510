// `ethics show nc $(seq 10000)`: a script's runaway list of numbers is read as a short one is,
// the numbers the code lacks named and counted. It was an internal error (exit 3: "Maximum
// call stack size exceeded"). The work is counted in test/core/codes/many-numbers.test.ts.
import { describe, expect, it } from "vitest";
import { ethicsAll, STACK_TRACE } from "./run.js";

const numbers = (mark: string) => Array.from({ length: 10_000 }, (_, at) => `${mark}${at + 1}`);

describe("10,000 numbers after a code", () => {
  it("names the numbers the code lacks, plain or marked (#12)", async () => {
    const results = await ethicsAll([[["show", "nc", ...numbers("")]], [["show", "nc", ...numbers("#")]]]);
    for (const result of results) {
      expect(result.stderr).not.toMatch(STACK_TRACE);
      expect(result.stderr).toBe("ethics: North Carolina has no 22, 23, 24, 25, 26, 27, 28, 29, 30 and 9970 more\nhint: North Carolina has 1–21\n");
      expect(result.code).toBe(1);
    }
  });
});
