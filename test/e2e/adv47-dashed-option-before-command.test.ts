// `ethics —json list`: the dash check said "did you mean --json?", and `ethics --json list`, typed
// as told, was the next usage error ("options of list go after it"). An option of the command
// typed with a dash before the command now gets both corrections in one hint; the program's own
// options (--no-pager, --help) are right where they are.
import { describe, expect, it } from "vitest";
import { ethics, expectShortFailure, unwrapped } from "./run.js";

describe("an option typed with a dash before its command", () => {
  it.each([
    [["—json", "list"], "'—json' starts with an em dash, not '--' — did you mean --json?\nhint: options are typed with plain hyphens (-), and those of list go after it: `ethics list --json`"],
    [["–limit=3", "search", "gifts"], "'–limit=3' starts with an en dash, not '--' — did you mean --limit=3?\nhint: options are typed with plain hyphens (-), and those of search go after it: `ethics search --limit=3`"],
  ])("`ethics %j: one hint with both corrections`", (args, said) => {
    expectShortFailure(ethics(args), 2, said);
  });

  it("the corrected command runs", () => {
    const result = ethics(["list", "--json"]);
    expect(result.code).toBe(0);
    expect(() => JSON.parse(result.stdout)).not.toThrow();
  });

  it("a program option before the command gets no word about moving it", () => {
    const result = ethics(["—no-pager", "list"]);
    expect(result.code).toBe(2);
    expect(unwrapped(result.stderr)).toContain("did you mean --no-pager?\nhint: options are typed with plain hyphens (-); after -- no word is an option");
  });
});
