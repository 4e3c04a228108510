// A citation typed where a code is asked for: "no code 'Medi-Cal · Integrity 12'" said nothing of
// the code it names, and export's arguments, read as names one by one, "no code '15'". What show
// reads in it is named, with the code, what the place takes, and the show command that prints it.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCodeDir } from "../../../src/core/codes/load.js";
import { citedAsCode, type CodePlace } from "../../../src/core/codes/cited-as-code.js";
import { EXIT_USAGE } from "../../../src/core/errors.js";
import type { Library } from "../../../src/model.js";

const library: Library = { codes: readCodeDir(join(import.meta.dirname, "../../../data"), "builtin"), topics: [], concepts: [] };

const CODE: CodePlace = { takes: "--code takes whole codes" };
const SEARCH: CodePlace = { ...CODE, section: true };
const EXPORT: CodePlace = { takes: "export takes whole codes" };

describe("a citation where codes are asked for", () => {
  it.each([
    [["Medi-Cal · Integrity 12"], SEARCH, "'Medi-Cal · Integrity 12' names a standard of medi-cal, not a code", "--code takes whole codes, --section a section; `ethics show medi-cal integrity 12` shows it, as data with --json"],
    [["North Carolina 15"], CODE, "'North Carolina 15' names a standard of north-carolina, not a code", "--code takes whole codes; `ethics show north-carolina 15` shows it, as data with --json"],
    [["medi-cal:integrity:12"], CODE, "'medi-cal:integrity:12' names a standard of medi-cal, not a code", "--code takes whole codes; `ethics show medi-cal integrity 12` shows it, as data with --json"],
    [["North", "Carolina", "15"], EXPORT, "'North Carolina 15' names a standard of north-carolina, not a code", "export takes whole codes; `ethics show north-carolina 15` shows it, as data with --json"],
    [["alaska", "conflicts", "of", "interest", "3"], EXPORT, "'alaska conflicts of interest 3' names a standard of alaska, not a code", "export takes whole codes; `ethics show alaska conflicts-of-interest 3` shows it, as data with --json"],
    [["medi-cal integrity"], SEARCH, "'medi-cal integrity' names a section of medi-cal, not a code", "--code takes whole codes, --section a section; `ethics show medi-cal integrity` shows it, as data with --json"],
    // Not Alaska and the code with "Conduct" in its title: show's reading.
    [["alaska conduct"], CODE, "'alaska conduct' names a section of alaska, not a code", "--code takes whole codes; `ethics show alaska conduct` shows it, as data with --json"],
    [["medi-cal integrity 5-7"], CODE, "'medi-cal integrity 5-7' names standards of medi-cal, not a code", "--code takes whole codes; `ethics show medi-cal integrity 5-7` shows them, as data with --json"],
    [["alaska values 2"], CODE, "'alaska values 2' names a value statement of alaska, not a code", "--code takes whole codes; `ethics show alaska values 2` shows it, as data with --json"],
    [["wi 3", "nc 15"], EXPORT, "'wi 3 nc 15' names standards of wisconsin and north-carolina, not a code", "export takes whole codes; `ethics show wisconsin 3 north-carolina 15` shows them, as data with --json"],
    // Whole codes beside it: only what is less than one is shown.
    [["alaska", "North Carolina 15"], EXPORT, "'alaska North Carolina 15' names a standard of north-carolina, not only codes", "export takes whole codes; `ethics show north-carolina 15` shows it, as data with --json"],
  ])("%j", (words, place, message, hint) => {
    const error = citedAsCode(library, words, place);
    expect(error && { message: error.message, hint: error.hint, exitCode: error.exitCode }).toEqual({ message, hint, exitCode: EXIT_USAGE });
  });

  it.each([
    [["alaska"]],
    [["wi nc"]],
    [["alaska", "and", "wi"]],
    [["nope 12"]],
    [["gifts"]],
    [["medi-cal 12"]],
    [[`alaska conduct ${"1,".repeat(100)}2`]],
  ])("%j cites nothing less than a code that show reads", (words) => {
    expect(citedAsCode(library, words, CODE)).toBeUndefined();
  });
});
