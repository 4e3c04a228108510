// The most words a code's name has bounds how many words every reference parser tries as a code
// name. It is worked out once a library (by its codes), not at every reference parsed; a library
// of other codes gets its own.
import { describe, expect, it } from "vitest";
import { mostCodeNameParts } from "../../../src/core/codes/resolve.js";
import type { Code, Library } from "../../../src/model.js";
import { makeCode } from "../make-code.js";

const libraryOf = (codes: Code[]): Library => ({ codes, topics: [], concepts: [] });

describe("mostCodeNameParts", () => {
  it.each([
    ["no codes", [], 0],
    ["an id of one word", [makeCode({ id: "alaska", shortName: "Alaska", title: "Alaska" })], 1],
    ["an id of two", [makeCode({ id: "north-carolina", shortName: "NC", title: "NC" })], 2],
    ["an alias longest", [makeCode({ id: "wi", shortName: "WI", title: "WI", aliases: ["wisconsin-peer-code"] })], 3],
    ["a title longest", [makeCode({ id: "ca", shortName: "WWT", title: "Working Well Together Code of Ethics" })], 6],
    ["a short name's & read as its word", [makeCode({ id: "sp", shortName: "Safety & Protection", title: "SP" })], 3],
    [
      "the longest of several codes",
      [makeCode({ id: "alaska", shortName: "Alaska", title: "Alaska" }), makeCode({ id: "riverside", shortName: "Riverside Peer Services", title: "RPS" })],
      3,
    ],
  ])("%s: %i", (_, codes, most) => {
    expect(mostCodeNameParts(libraryOf(codes))).toBe(most);
  });

  it("is worked out once for a library's codes, not at each reference parsed", () => {
    let aliasesRead = 0;
    const code = makeCode({ id: "riverside", shortName: "Riverside", title: "Riverside Peer Services Code" });
    Object.defineProperty(code, "aliases", { get: () => (aliasesRead++, ["rps"]) });
    const library = libraryOf([code]);
    expect(mostCodeNameParts(library)).toBe(4);
    const read = aliasesRead;
    expect(read).toBeGreaterThan(0);
    for (let reference = 0; reference < 5; reference++) mostCodeNameParts(library);
    // A copy of the library with the same codes (as a command makes with its code at hand) shares it.
    mostCodeNameParts({ ...library });
    expect(aliasesRead).toBe(read);
  });

  it("a library of other codes, the same code among them, is worked out for its own", () => {
    const alaska = makeCode({ id: "alaska", shortName: "Alaska", title: "Alaska" });
    expect(mostCodeNameParts(libraryOf([alaska]))).toBe(1);
    expect(mostCodeNameParts(libraryOf([alaska, makeCode({ id: "nc", shortName: "North Carolina", title: "NC" })]))).toBe(2);
    expect(mostCodeNameParts(libraryOf([alaska]))).toBe(1);
  });
});
