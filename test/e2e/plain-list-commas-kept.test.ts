// `ethics topics --plain` says a topic's counts as a list read aloud, a comma between codes; where
// the list wrapped, the comma at the line's end was dropped ("north-carolina 1" then "wisconsin
// 1" on the next line), and a screen reader ran the two together. Each line that goes on now
// ends with its comma, and the lines still fit.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, root } from "./run.js";

/** Each topic's list of counts, as its lines: those under a "topic:" heading. */
function countLists(stdout: string): string[][] {
  const lists: string[][] = [];
  for (const line of stdout.split("\n")) {
    if (/^\S.*:$/.test(line)) lists.push([]);
    else if (line.startsWith("  ") && lists.length > 0) lists.at(-1)!.push(line.trim());
  }
  return lists;
}

describe("topics --plain, its lists wrapped", () => {
  it.each([
    ["80", ["--data", join(root, "test/fixtures/user-codes")]],
    ["60", []],
  ])("at %s columns, every line of a list that goes on ends with its comma", (columns, data) => {
    const run = ethics([...data, "topics", "--plain"], { env: { COLUMNS: columns, ETHICS_NO_CACHE: "1" } });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const lists = countLists(run.stdout);
    const wrapped = lists.filter((list) => list.length > 1);
    expect(wrapped.length).toBeGreaterThan(0);
    for (const list of wrapped) {
      for (const line of list.slice(0, -1)) expect(line).toMatch(/,$/);
      expect(list.at(-1)).not.toMatch(/,$/);
      // Read whole, the list has a comma between every two codes, and only there.
      expect(list.join(" ")).toMatch(/^[\w-]+ (?:\d+(?: inferred)?|none(?: found)?)(?:, [\w-]+ (?:\d+(?: inferred)?|none(?: found)?))+$/);
    }
    for (const line of run.stdout.split("\n")) expect(line.length).toBeLessThanOrEqual(Number(columns));
  });
});
