// Which codes a question names: by id, alias, short name or title, in the question's order, or
// by the place they are for (every code of it); a one-word name that is an everyday word
// ("medical", "peer") or an alias too short to tell ("ak") names none.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCodeDir } from "../../../src/core/codes/load.js";
import { namesIn, withoutNames } from "../../../src/core/codes/named-codes.js";
import type { Library } from "../../../src/model.js";
import { makeCode } from "../make-code.js";

const builtin: Library = { codes: readCodeDir(join(import.meta.dirname, "../../../data"), "builtin"), topics: [], concepts: [] };
const everyday = new Set(["medical", "ca", "wi", "peer", "agency", "policy", "harbour"]);
// A user's code whose id is an everyday word, beside one whose id is not, and two for one place.
const withUsers: Library = {
  ...builtin,
  codes: [
    ...builtin.codes,
    makeCode({ id: "peer", shortName: "Peer", title: "Peer Code" }),
    makeCode({ id: "riverside", shortName: "Riverside", title: "Riverside Code" }),
    makeCode({ id: "oregon-state", shortName: "Oregon State", title: "Oregon State Code", jurisdiction: "Oregon" }),
    makeCode({ id: "oregon-medicaid", shortName: "Oregon Medicaid", title: "Oregon Medicaid Code", jurisdiction: "Oregon (Medicaid)" }),
    makeCode({ id: "house-rules", shortName: "House Rules", title: "House Rules", jurisdiction: "Agency policy" }),
    makeCode({ id: "harbor", shortName: "Harbor", title: "Harbor Code" }),
  ],
};

describe("namesIn: the codes", () => {
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
    // A place names every code for it: "California (Medi-Cal)" is for California too.
    ["it's legal here in California", ["california", "medi-cal"]],
    ["medi-cal on gifts", ["medi-cal"]],
    ["an oregon peer asked about gifts", ["oregon-state", "oregon-medicaid"]],
    ["oregon medicaid and alaska", ["oregon-medicaid", "alaska"]],
    ["the oregon trail", ["oregon-state", "oregon-medicaid"]],
    // A place of everyday words only names no code.
    ["what is the agency policy on gifts", []],
    // A name with a slip in it, as --code reads "alaksa" ("did you mean alaska?").
    ["what does alaksa say about relapse", ["alaska"]],
    ["wisconson on gifts", ["wisconsin"]],
    ["what does north carolia say about dating", ["north-carolina"]],
    ["riversdie and alaska", ["riverside", "alaska"]],
    // Not: the name with letters after it ("alaskan"), a first letter changed, a short name.
    ["alaskan clients", []],
    ["south carolina", []],
    ["balaska", []],
    ["wit on gifts", []],
    // A word spelt right is meant as typed, unless asked as a code is.
    ["harbour staff on gifts", []],
    ["what does harbour say about gifts", ["harbor"]],
    // A place of everyday words names none, with a slip in it or not.
    ["what is the agncy policy on gifts", []],
  ])("%s → %j", (query, expected) => {
    expect(namesIn(withUsers, query, (word) => everyday.has(word)).codes.map((code) => code.id)).toEqual(expected);
  });
});

describe("namesIn: what it asks of the English word list", () => {
  // The list is read from a file the first time it is asked (cli/english-words.ts): a search
  // whose words are near no name must not pay for it.
  it("asks nothing of a question whose words are near no code's name", () => {
    const asked: string[] = [];
    namesIn(withUsers, "can I accept gifts from clients and their families", (word) => (asked.push(word), everyday.has(word)));
    expect(asked).toEqual([]);
  });

  it("asks of a word near a name only", () => {
    const asked: string[] = [];
    namesIn(withUsers, "alaksa on gifts", (word) => (asked.push(word), everyday.has(word)));
    expect(asked).toEqual(["alaska", "alaksa"]);
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
    ["what does alaksa say about gifts", "what does   say about gifts"],
  ])("%s → %j", (query, expected) => {
    expect(withoutNames(query, namesIn(withUsers, query, (word) => everyday.has(word)).names)).toBe(expected);
  });
});
