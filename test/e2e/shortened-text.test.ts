// A long query quoted back in search's messages: cut to 40 columns with "…" (src/core/shorten.ts),
// never inside an emoji or a joined emoji, and on the message's first line. Cut in the middle,
// its start and end kept, as every message quotes a long query (queryShown).
import { describe, expect, it } from "vitest";
import { visibleLength } from "../../src/core/text-width.js";
import { ethics } from "./run.js";

const family = "👨‍👩‍👧";

describe("a long query in search's messages", () => {
  it.each([
    // readQuery: nothing but common words, its last word kept
    [`${"the ".repeat(30)}and`, `${"the ".repeat(5)}… ${"the ".repeat(3)}and`, "has no words to search for"],
    // no standard matches
    ["qqqqq ".repeat(20), `${"qqqqq ".repeat(3)}… ${"qqqqq ".repeat(3).trim()}`, ""],
    // The end of a query is kept as its start is: the word a message is about may be there.
    ["zzqqx florp blarg wibble wobble frobnicate quux zork plugh xyzzy gnusto rezrov frotz yomin", "zzqqx florp blarg … rezrov frotz yomin", ""],
    // refuseUnreadQuery: a script or emoji search does not read
    ["🎁".repeat(50), `${"🎁".repeat(10)}…${"🎁".repeat(9)}`, "search reads Latin letters only"],
    // A joined emoji is one picture, two columns, as 🎁 is.
    [`the ${family.repeat(30)}`, `${family.repeat(10)}…${family.repeat(9)}`, "search reads Latin letters only"],
  ])("%#: cut to 40 columns", (query, shown, rest) => {
    const { stderr, code } = ethics(["search", query], { env: { COLUMNS: "80" } });
    expect(code).toBe(1);
    const first = stderr.split("\n")[0]!;
    expect(first).toContain(`ethics: no standard matches '${shown}'`);
    expect(visibleLength(shown)).toBeLessThanOrEqual(40);
    expect(stderr.replace(/\s+/g, " ")).toContain(rest);
    expect(stderr).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    for (const line of stderr.split("\n")) expect(visibleLength(line)).toBeLessThanOrEqual(80);
  });
});
