import { describe, expect, it } from "vitest";
import { withPlacesUnbracketed } from "../../../src/core/codes/parenthesised-place.js";
import type { Token } from "../../../src/core/codes/ref.js";

const tokens = (text: string): Token[] => text.split(" ").map((word) => ({ text: word, opens: false }));
const texts = (read: readonly Token[]) => read.map((token) => token.text).join(" ");

describe("withPlacesUnbracketed", () => {
  it.each<[string, string]>([
    ["Working Well Together (Safety & Protection 7)", "Working Well Together Safety & Protection 7"],
    ["medi-cal (Integrity 12), nc 3", "medi-cal Integrity 12, nc 3"],
    ["medi-cal ( Integrity 5,6)", "medi-cal Integrity 5,6"],
    // After a number: an item's label or a remark, read elsewhere.
    ["medi-cal integrity 12 (nc 2)", "medi-cal integrity 12 (nc 2)"],
    ["nc 13 (when they are unavoidable)", "nc 13 (when they are unavoidable)"],
    // Not closed on a number, or nothing but the number inside.
    ["medi-cal (Integrity twelve)", "medi-cal (Integrity twelve)"],
    ["nc (13)", "nc (13)"],
    ["medi-cal ( 12)", "medi-cal ( 12)"],
    ["medi-cal (Integrity (12)", "medi-cal (Integrity (12)"],
  ])("%j", (typed, read) => {
    expect(texts(withPlacesUnbracketed(tokens(typed)))).toBe(read);
  });
});
