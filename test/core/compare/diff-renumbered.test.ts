// A revision that renumbers a standard, or moves it to another section, changes how it is cited,
// whether or not it changes a word. `diff wi my-wi`, where my-wi numbered Wisconsin 12 as 99,
// said "15 same · 0 changed" and, with --only changed, "Nothing to list": only --full showed
// "12 → 99". Now --only changed lists such a pair too, in a revision; the counts stay by wording.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { diffCodes, type DiffStatus } from "../../../src/core/compare/diff.js";
import { readDataDirectory } from "../../../src/core/library/read-data.js";
import type { Library } from "../../../src/model.js";
import { numbered, revisionCode } from "./revision-codes.js";

const builtIn: Library = readDataDirectory(join(import.meta.dirname, "../../../data"));

const agency = revisionCode("agency", { Conduct: numbered(5), Gifts: numbered(3, 5) });
/** Conduct 2 numbered 99; not a word changed. */
const conductRenumbered = [[1, 0], [99, 1], [3, 2], [4, 3], [5, 4]] as const;
const renumbered = revisionCode("agency-renumbered", { Conduct: conductRenumbered, Gifts: numbered(3, 5) }, "agency");
/** Gifts 3 moved to the end of Conduct, as 6. */
const moved = revisionCode("agency-moved", { Conduct: [...numbered(5), [6, 7]], Gifts: numbered(2, 5) }, "agency");
/** The same standards under the same numbers, written apart from agency: no lineage. */
const apart = {
  "agency-renumbered": revisionCode("apart-renumbered", { Conduct: conductRenumbered, Gifts: numbered(3, 5) }),
  "agency-moved": revisionCode("apart-moved", { Conduct: [...numbered(5), [6, 7]], Gifts: numbered(2, 5) }),
};

const library: Library = { ...builtIn, codes: [...builtIn.codes, agency, renumbered, moved, ...Object.values(apart)] };
const cited = (pairs: readonly { a: { citation: string }; b: { citation: string } }[]) => pairs.map((pair) => `${pair.a.citation} → ${pair.b.citation}`);

describe("a revision that cites a standard anew, worded the same", () => {
  it.each<["agency-renumbered" | "agency-moved", DiffStatus[], string]>([
    ["agency-renumbered", ["changed"], "agency · Conduct 2 → agency-renumbered · Conduct 99"],
    ["agency-renumbered", ["changed", "added"], "agency · Conduct 2 → agency-renumbered · Conduct 99"],
    ["agency-moved", ["changed"], "agency · Gifts 3 → agency-moved · Conduct 6"],
  ])("%s --only %j lists it with the changed; the counts stay by wording", (b, only, expected) => {
    const diff = diffCodes(library, "agency", b, { only });
    expect(diff.kind).toBe("revision");
    expect(cited(diff.pairs)).toEqual([expected]);
    expect(diff.pairs[0]!.status).toBe("same");
    // The counts are of everything compared, by wording, as they were: 8 or 7 the same, none changed.
    const whole = diffCodes(library, "agency", b);
    expect(diff.summary).toEqual(whole.summary);
    expect([whole.summary.changed, whole.summary.renumbered + whole.summary.moved]).toEqual([0, 1]);
    // --only same lists it among the same, once, as its status says.
    expect(cited(diffCodes(library, "agency", b, { only: ["same", ...only] }).pairs.filter((pair) => pair.status === "same"))).toContain(expected);
    // Between codes written apart, two numbers are not one citation: a pair is changed by its words alone.
    const other = diffCodes(library, "agency", apart[b].id, { only });
    expect(other.kind).toBe("apart");
    expect(other.pairs.filter((pair) => pair.renumbered || pair.moved)).toEqual([]);
    expect(diffCodes(library, "agency", apart[b].id).pairs.filter((pair) => pair.renumbered || pair.moved)).toHaveLength(1);
  });
});
