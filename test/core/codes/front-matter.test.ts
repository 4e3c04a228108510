// A code's preamble and definitions are named after it (`show medi-cal preamble`), as its
// sections are; where its file holds none, that is said with what it holds and its source.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCodeDir } from "../../../src/core/codes/load.js";
import { resolveArguments } from "../../../src/core/codes/target.js";
import type { Library, Section } from "../../../src/model.js";
import { makeCode } from "../make-code.js";
import { citedTargets, resolveFailure } from "./resolved.js";

const library: Library = { codes: readCodeDir(join(import.meta.dirname, "../../../data"), "builtin"), topics: [], concepts: [] };

describe("a code's preamble and definitions", () => {
  it.each<[string[], string[]]>([
    [["medi-cal", "preamble"], ["preamble medi-cal"]],
    [["medi-cal", "Purpose"], ["preamble medi-cal"]],
    [["north", "carolina", "introduction"], ["preamble north-carolina"]],
    [["alaska", "intro"], ["preamble alaska"]],
    [["medi-cal", "definitions"], ["definitions medi-cal"]],
    [["mc", "glossary"], ["definitions medi-cal"]],
    [["Medi-Cal · Definitions"], ["definitions medi-cal"]],
    [["medi-cal:preamble"], ["preamble medi-cal"]],
    [["medi-cal", "preamble;", "alaska", "conduct", "4"], ["preamble medi-cal", "Alaska · Conduct 4"]],
  ])("%j → %j", (argv, expected) => {
    expect(citedTargets(resolveArguments(library, argv))).toEqual(expected);
  });

  it.each<[string[], string, string]>([
    [["wisconsin", "preamble"], "no preamble in wisconsin's file, only its scope and numbered standards", "`ethics list wisconsin` shows its sections; its source: Code Of Conduct (peer specialist committee of the Wisconsin Recovery Implementation Task Force)"],
    [["wi", "purpose"], "no preamble in wisconsin's file, only its scope and numbered standards", "`ethics list wisconsin` shows its sections;"],
    [["alaska", "definitions"], "no definitions in alaska's file, only its scope, a preamble, value statements and numbered standards", "its source: Code of Ethics for Alaska Peer Support Professionals (Peer Support Advisory Board)"],
    [["preamble"], "no code 'preamble': a preamble belongs to a code", "say whose (Alaska, Working Well Together, Medi-Cal or North Carolina): `ethics show alaska preamble`"],
    [["definitions"], "no code 'definitions': definitions belong to a code", "say whose (Medi-Cal): `ethics show medi-cal definitions`"],
  ])("%j fails: %s", (argv, message, hint) => {
    const error = resolveFailure(library, argv);
    expect(error.message).toBe(message);
    expect(error.hint).toContain(hint);
    expect(error.exitCode).toBe(1);
  });

  it("a file's URL is its source's address in the hint", () => {
    const code = makeCode({ id: "riverton", shortName: "Riverton", title: "Riverton Code", source: { document: "Riverton Code", url: "https://example.org/riverton.pdf" } });
    const error = resolveFailure({ codes: [code], topics: [], concepts: [] }, ["riverton", "preamble"]);
    expect(error.hint).toBe("`ethics list riverton` shows its sections; its source: Riverton Code, https://example.org/riverton.pdf");
  });

  it("a section of that name is the section: a user's code may title one so", () => {
    const section: Section = { id: "definitions", title: "Definitions", intro: null, standards: [], editorial: {} };
    const code = makeCode({ id: "riverton", shortName: "Riverton", title: "Riverton Code", sections: [section], definitions: [{ term: "Peer", text: "Someone who has been there." }] });
    expect(citedTargets(resolveArguments({ codes: [code], topics: [], concepts: [] }, ["riverton", "definitions"]))).toEqual(["section Definitions"]);
  });
});
