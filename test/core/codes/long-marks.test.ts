// A run of marks at a word's end was stripped by patterns tried from each of its marks again
// (`show ",,,…x"`: 58 s for 120 KB; `show medi-cal integrity "the???…x"`: 16 s). A run ten times
// as long as an argument can be, read here in-process, took hours so; it is read as quickly as
// a word, and refused with the same message as a short one.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCodeDir } from "../../../src/core/codes/load.js";
import type { Library } from "../../../src/model.js";
import { resolveFailure } from "./resolved.js";

const library: Library = { codes: readCodeDir(join(import.meta.dirname, "../../../data"), "builtin"), topics: [], concepts: [] };

/** A million marks: what the quadratic patterns took hours over. */
const MARKS = 1_000_000;

// Marks as words of their own (" , , , …x"): a name may have marks between its words, and every
// run of them, to the end, was tried as one at every length for each (40,000 commas: over a
// minute, then out of memory). A name takes no more marks than it has places for.
describe("a long run of marks as words", () => {
  it.each([
    ["commas where a code's name belongs", `${" ,".repeat(100_000)} x`, "no code ',': a name has letters or digits"],
    ["hyphens where a code's name belongs", `${" -".repeat(100_000)} x`, "no code '-': a name has letters or digits"],
    // The hyphens a name has no place for read as the section's words.
    ["hyphens after a code's name", `medi-cal${" -".repeat(100_000)} x`, "no section '- … - x' in medi-cal"],
  ])("%s: refused as a short one is", (_, words, message) => {
    // One argument, as a script's padding passes it; a run of marks drawn as "- … -".
    expect(resolveFailure(library, [words]).message.replace(/(?:- ){2,}/, "- … - ")).toBe(message);
  });
});

describe("a long run of marks inside a word", () => {
  it.each([
    ["commas where a code's name belongs", [`${",".repeat(MARKS)}x`], "no code '…x'"],
    ["commas after a section's name", [`integrity${",".repeat(MARKS)}x`], "no code 'integrity…x'"],
    ["question marks where a standard's number belongs", ["medi-cal", "integrity", `the${"?".repeat(MARKS)}x`], "'the…x' is not a standard number; Medi-Cal Integrity has 1–14"],
  ])("%s: refused as a short one is", (_, argv, message) => {
    // The run drawn as "…": the core quotes it whole (the CLI shortens it), too long to print.
    expect(resolveFailure(library, argv).message.replace(/[,;:?]{2,}/g, "…")).toBe(message);
  });
});
