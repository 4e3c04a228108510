// `ethics search ''` (or "$Q" with Q unset) exited 1, "nothing to search for", as a search that
// found nothing does, while `search` with no words and `show ''` are usage errors (exit 2). An
// empty or blank query asks nothing: a usage error now, its message and hint as helpful as before.
import { describe, expect, it } from "vitest";
import { ethics, expectShortFailure } from "./run.js";

describe("an empty search", () => {
  it.each([[[""]], [["   "]], [["", ""]], [["", "--json"]]])("%j is a usage error", (args) => {
    const result = ethics(["search", ...args]);
    expectShortFailure(result, 2, "ethics: nothing to search for\n");
    expect(result.stderr).toContain('hint: give words or a situation, e.g. `ethics search "a gift from a peer"`\n');
  });

  it("a query of common words alone is still a search that found nothing (exit 1)", () => {
    const result = ethics(["search", "the"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("no standard matches 'the': it has no words to search for");
  });
});
