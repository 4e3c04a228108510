// Which codes a question names: by id, alias, short name or title, in the question's order; a
// one-word name that is an everyday word ("medical", "peer") or an alias too short to tell
// ("ak") names none.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCodeDir } from "../../../src/core/codes/load.js";
import { codesNamedIn, namesIn, withoutNames } from "../../../src/core/codes/named-codes.js";
import type { Library } from "../../../src/model.js";
import { makeCode } from "../make-code.js";

const builtin: Library = { codes: readCodeDir(join(import.meta.dirname, "../../../data"), "builtin"), topics: [], concepts: [] };
const everyday = new Set(["medical", "ca", "wi", "peer"]);
// A user's code whose id is an everyday word, beside one whose id is not.
const withUsers: Library = { ...builtin, codes: [...builtin.codes, makeCode({ id: "peer", shortName: "Peer", title: "Peer Code" }), makeCode({ id: "riverside", shortName: "Riverside", title: "Riverside Code" })] };

describe("codesNamedIn", () => {
  it.each([
    ["what does alaska say about gifts", ["alaska"]],
    ["Alaska's rule on gifts", ["alaska"]],
    ["north carolina gifts", ["north-carolina"]],
    ["how does Medi-Cal differ from WWT?", ["medi-cal", "california"]],
    ["working well together and medi-cal on dating", ["california", "medi-cal"]],
    ["wisconsin, alaska and wisconsin again", ["wisconsin", "alaska"]],
    ["medical records", []],
    ["ak nc wi gifts", []],
    ["can I accept a gift from a peer?", []],
    ["north of the river", []],
    ["a peer at riverside asked for a loan", ["riverside"]],
    ["the peer code on loans", ["peer"]],
  ])("%s → %j", (query, expected) => {
    expect(codesNamedIn(withUsers, query, (word) => everyday.has(word)).map((code) => code.id)).toEqual(expected);
  });
});

describe("withoutNames", () => {
  it.each([
    ["what does alaska say about gifts", "what does   say about gifts"],
    ["Alaska's rule on gifts", "  rule on gifts"],
    ["how does Medi-Cal differ from WWT?", "how does   differ from  ?"],
    ["NORTH  Carolina, on dating", " , on dating"],
    // Only whole words: "alaskan" is not the name; an everyday word names nothing.
    ["alaska and alaskan clients", "  and alaskan clients"],
    ["medical records", "medical records"],
  ])("%s → %j", (query, expected) => {
    expect(withoutNames(query, namesIn(withUsers, query, (word) => everyday.has(word)).names)).toBe(expected);
  });
});
