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
