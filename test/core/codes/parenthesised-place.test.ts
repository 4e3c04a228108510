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
    ["num 1- (3)", "num 1- (3)"],
    // A number alone in them, as a citation is pasted: "North Carolina (13)".
    ["nc (13)", "nc 13"],
    ["nc [13]", "nc 13"],
    ["nc ( 13 )", "nc 13"],
    ["nc (13, 14)", "nc 13, 14"],
    ["medi-cal ( 12)", "medi-cal 12"],
    ["nc ( 13 ), wi 2", "nc 13, wi 2"],
    // Around the whole reference, or as words of their own around names.
    ["(medi-cal integrity 12)", "medi-cal integrity 12"],
    ["[Medi-Cal · Integrity 12]", "Medi-Cal · Integrity 12"],
    ["medi-cal ( integrity 12 )", "medi-cal integrity 12"],
    ["( medi-cal integrity )", "medi-cal integrity"],
    ["wi 2; (nc 13)", "wi 2; nc 13"],
    // Not closed on a number, nor closed as opened, nor closed at all, or nothing inside.
    ["medi-cal (Integrity twelve)", "medi-cal (Integrity twelve)"],
    ["medi-cal (Integrity (12)", "medi-cal (Integrity (12)"],
    ["nc (13]", "nc (13]"],
    ["nc ((13))", "nc ((13))"],
    ["nc (13", "nc (13"],
    ["nc 13)", "nc 13)"],
    ["nc ( )", "nc ( )"],
    ["nc ( foo", "nc ( foo"],
  ])("%j", (typed, read) => {
    expect(texts(withPlacesUnbracketed(tokens(typed)))).toBe(read);
  });
});

describe("a bracket that was a word alone", () => {
  it("gives the start of a citation it marked to the word after it", () => {
    const read = withPlacesUnbracketed([
      { text: "(", opens: true },
      { text: "Medi-Cal", opens: false },
      { text: "·", opens: false },
      { text: "Integrity", opens: false },
      { text: "12", opens: false },
      { text: ")", opens: false },
    ]);
    expect(read).toEqual([
      { text: "Medi-Cal", opens: true },
      { text: "·", opens: false },
      { text: "Integrity", opens: false },
      { text: "12", opens: false },
    ]);
  });

  it("a citation that starts after a number may open with one", () => {
    const read = withPlacesUnbracketed([
      { text: "(nc", opens: false },
      { text: "13)", opens: false },
      { text: "[Medi-Cal", opens: true },
      { text: "·", opens: false },
      { text: "Integrity", opens: false },
      { text: "12]", opens: false },
    ]);
    expect(texts(read)).toBe("nc 13 Medi-Cal · Integrity 12");
    expect(read[2]!.opens).toBe(true);
  });
});
