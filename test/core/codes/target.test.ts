// References resolved against the five built-in codes: what `ethics show` prints, the messages
// when it cannot, and every citation the tool prints taken back.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCodeDir } from "../../../src/core/codes/load.js";
import { notesOf, resolveArguments, type Target } from "../../../src/core/codes/target.js";
import { EthicsError, hintOnlyExample } from "../../../src/core/errors.js";
import type { Library } from "../../../src/model.js";

const library: Library = { codes: readCodeDir(join(import.meta.dirname, "../../../data"), "builtin"), topics: [], concepts: [] };

function show(argv: string[]): Target[] {
  return resolveArguments(library, argv);
}

/** What a target prints first: citations of standards and values, headings of sections and codes. */
function describeTarget(target: Target): string {
  switch (target.kind) {
    case "code":
      return `code ${target.code.id}`;
    case "section":
      return `section ${target.code.shortName} · ${target.section.title}`;
    case "standards":
      return target.standards.map((standard) => standard.citation).join(" | ");
    case "values":
      return target.values.map((value) => value.citation).join(" | ");
    case "preamble":
    case "definitions":
      return `${target.kind} ${target.code.shortName}`;
  }
}

function failure(argv: string[]): EthicsError {
  try {
    show(argv);
  } catch (error) {
    if (error instanceof EthicsError) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(argv)} to fail`);
}

describe("references that resolve", () => {
  it.each([
    [["alaska"], ["code alaska"]],
    [["medi-cal", "integrity"], ["section Medi-Cal · Integrity"]],
    [["medi-cal", "integrity", "12"], ["Medi-Cal · Integrity 12"]],
    [["medi-cal:integrity:12"], ["Medi-Cal · Integrity 12"]],
    [["medi-cal:cultural responsiveness:1"], ["Medi-Cal · Cultural Responsiveness & Humility 1"]],
    [["north carolina:1"], ["North Carolina 1"]],
    [["medi-cal", "integrity", "5-7"], ["Medi-Cal · Integrity 5 | Medi-Cal · Integrity 6 | Medi-Cal · Integrity 7"]],
    [["medi-cal", "integrity", "12-"], ["Medi-Cal · Integrity 12 | Medi-Cal · Integrity 13 | Medi-Cal · Integrity 14"]],
    [["medi-cal", "integrity", "14-"], ["Medi-Cal · Integrity 14"]],
    [["medi-cal", "hope", "2,1"], ["Medi-Cal · Hope 2 | Medi-Cal · Hope 1"]],
    [["wisconsin", "8"], ["Wisconsin 8"]],
    [["wisconsin", "14-"], ["Wisconsin 14 | Wisconsin 15"]],
    [["alaska", "values", "2"], ["Alaska · Values 2"]],
    [["alaska", "values"], ["Alaska · Values 1 | Alaska · Values 2 | Alaska · Values 3 | Alaska · Values 4 | Alaska · Values 5 | Alaska · Values 6 | Alaska · Values 7"]],
    [["alaska", "values", "6-"], ["Alaska · Values 6 | Alaska · Values 7"]],
    [["Alaska · Conflicts of Interest 3"], ["Alaska · Conflicts of Interest 3"]],
    [["medi-cal integrity 12"], ["Medi-Cal · Integrity 12"]],
    [["north", "carolina", "15"], ["North Carolina 15"]],
    [["North Carolina 15"], ["North Carolina 15"]],
    [["nort", "carolina", "15"], ["North Carolina 15"]],
    [["Working Well Together · Integrity 5"], ["Working Well Together · Integrity 5"]],
    [["working", "well", "together", "integrity", "5"], ["Working Well Together · Integrity 5"]],
    [["Code of Conduct for Peer Specialists 8"], ["Wisconsin 8"]],
    [["medi-cal", "integrity", "١٢"], ["Medi-Cal · Integrity 12"]],
    [["medi-cal", "integrity", "１２"], ["Medi-Cal · Integrity 12"]],
    [["Médi-Cal", "integrity", "3"], ["Medi-Cal · Integrity 3"]],
    [["medi-cal", "SAFETY", "&", "Protection", "6"], ["Medi-Cal · Safety & Protection 6"]],
    [["medi-cal", "integrity", "12", "alaska", "conduct", "4"], ["Medi-Cal · Integrity 12", "Alaska · Conduct 4"]],
    // A dash alone is punctuation between names, as pasted.
    [["Alaska – Conduct 4"], ["Alaska · Conduct 4"]],
    [["Medi-Cal · Integrity 12", "Alaska · Conduct 4"], ["Medi-Cal · Integrity 12", "Alaska · Conduct 4"]],
    [["Medi-Cal · Integrity", "Alaska · Conduct"], ["section Medi-Cal · Integrity", "section Alaska · Conduct"]],
    [["medi-cal integrity; alaska"], ["section Medi-Cal · Integrity", "code alaska"]],
    [["medi-cal", "Integrity", "12"], ["Medi-Cal · Integrity 12"]], // diff's citation of a standard it cannot find
  ])("%j → %j", (argv, expected) => {
    expect(show(argv).map(describeTarget)).toEqual(expected);
  });
});

describe("references that do not", () => {
  it.each([
    [["medi-cal", "integrity", "15"], 1, "Medi-Cal Integrity has no 15", "Medi-Cal Integrity has 1–14"],
    [["medi-cal", "integrity", "99999999999999999999"], 1, "Medi-Cal Integrity has no 99999999999999999999", "Medi-Cal Integrity has 1–14"],
    [["medi-cal", "integrity", "9007199254740993"], 1, "Medi-Cal Integrity has no 9007199254740993", "Medi-Cal Integrity has 1–14"],
    [["medi-cal", "integrity", "99999999999999999999-"], 1, "Medi-Cal Integrity has no 99999999999999999999", "Medi-Cal Integrity has 1–14"],
    [["medi-cal:integrity:99999999999999999999"], 1, "Medi-Cal Integrity has no 99999999999999999999", "Medi-Cal Integrity has 1–14"],
    [["wisconsin", "99999999999999999999"], 1, "Wisconsin has no 99999999999999999999", "Wisconsin has 1–15"],
    [["alaska", "values", "99999999999999999999"], 1, "Alaska Values has no 99999999999999999999", "Alaska Values has 1–7"],
    [["medi-cal", "integrity", "13,99"], 1, "Medi-Cal Integrity has no 99", "Medi-Cal Integrity has 1–14"],
    [["medi-cal", "integrity", "12-20,99"], 1, "Medi-Cal Integrity has no 99", "Medi-Cal Integrity has 1–14"],
    [["medi-cal", "integrity", "15-20"], 1, "Medi-Cal Integrity has no 15-20", "Medi-Cal Integrity has 1–14"],
    [["medi-cal", "integrity", "15-20,30"], 1, "Medi-Cal Integrity has no 15-20, 30", "Medi-Cal Integrity has 1–14"],
    [["medi-cal", "integrity", "15,16,17,18,19,20,21,22,23,24"], 1, "Medi-Cal Integrity has no 15, 16, 17, 18, 19, 20, 21, 22, 23, 24", "Medi-Cal Integrity has 1–14"],
    // A number in English words is that number (spoken-numbers.ts); a Roman numeral, read
    // only to say so, is told to be written in digits.
    [["medi-cal", "integrity", "xii"], 2, "'xii' is not a standard number; Medi-Cal Integrity has 1–14", "in digits: `ethics show medi-cal integrity 12`"],
    // The word where the number belongs is named, not the code's name typed after it.
    [["medi-cal", "integrity", "xyz", "alaska"], 2, "'xyz' is not a standard number; Medi-Cal Integrity has 1–14", "e.g. `ethics show medi-cal integrity 1`"],
    [["alaska:conduct xyz medi-cal integrity"], 2, "'xyz' is not a standard number; Alaska Conduct has 1–9", "e.g. `ethics show alaska conduct 1`"],
    [["wi", "foo", "bar"], 2, "'foo' is not a standard number; Wisconsin has 1–15", "e.g. `ethics show wisconsin 1`"],
    [["medi-cal", "integrity", "十二"], 2, "'十二' is not a standard number; Medi-Cal Integrity has 1–14", "e.g. `ethics show medi-cal integrity 1`"],
    [["medi-cal", "integrity", "12abc"], 2, "'12abc' is not a standard number; Medi-Cal Integrity has 1–14", "e.g. `ethics show medi-cal integrity 12`"],
    [["medi-cal", "integrity", "12.0"], 2, "'12.0' is not a standard number; Medi-Cal Integrity has 1–14", "e.g. `ethics show medi-cal integrity 12`"],
    [["medi-cal", "integrity", "0x10"], 2, "'0x10' is not a standard number; Medi-Cal Integrity has 1–14", "e.g. `ethics show medi-cal integrity 1`"],
    [["medi-cal", "integrity", "99999999999abc"], 2, "'99999999999abc' is not a standard number; Medi-Cal Integrity has 1–14", "e.g. `ethics show medi-cal integrity 1`"],
    [["wisconsin", "8th"], 2, "'8th' is not a standard number; Wisconsin has 1–15", "e.g. `ethics show wisconsin 8`"],
    [["medi-cal", "hope", "twelve"], 1, "Medi-Cal Hope has no 12", "Medi-Cal Hope has 1–3"],
    [["medi-cal", "hope", "xii"], 2, "'xii' is not a standard number; Medi-Cal Hope has 1–3", "e.g. `ethics show medi-cal hope 1`"],
    [["wisconsin", "viii"], 2, "'viii' is not a standard number; Wisconsin has 1–15", "in digits: `ethics show wisconsin 8`"],
    [["north", "carolina", "xv"], 2, "'xv' is not a standard number; North Carolina has 1–21", "in digits: `ethics show north-carolina 15`"],
    // value statements: none in a code that has none, no lettered items in one that has them
    [["wisconsin", "values"], 1, "Wisconsin has no value statements; it has standards 1–15", "e.g. `ethics show wisconsin 1`"],
    [["wi", "value", "statements", "2"], 1, "Wisconsin has no value statements; it has standards 1–15", "e.g. `ethics show wisconsin 1`"],
    [["medi-cal", "values", "2"], 1, "Medi-Cal has no value statements; it has 16 sections", "`ethics list medi-cal` shows them"],
    [["alaska", "values", "2a"], 2, "'a' is an item letter, but value statements have no lettered items", "Alaska Values has 1–7: `ethics show alaska values 2`"],
    [["alaska", "values", "3-4", "b"], 2, "'b' is an item letter, but value statements have no lettered items", "Alaska Values has 1–7: `ethics show alaska values 3,4`"],
    [["medi-cal", "12"], 2, "medi-cal has 16 sections; say which one", "e.g. `ethics show medi-cal respect 12`; also integrity 12"],
    // No section has it: said so, not asked which section (it was "medi-cal has 16 sections; say which one").
    [["medi-cal", "99999999999999999999"], 1, "no section of medi-cal has a standard 99999999999999999999", "the highest is integrity 14: see `ethics list medi-cal`"],
    [["alaska", "99"], 1, "no section of alaska has a standard 99", "the highest is relationship-with-clients 9: see `ethics list alaska`"],
    // the section meant, the command that shows it (words-near.ts: a misspelt word of its name)
    [["medi-cal", "integrty", "12"], 1, "no section 'integrty' in medi-cal — did you mean integrity?", "`ethics show medi-cal integrity 12`"],
    [["medi-cal", "safety", "&", "protectoin"], 1, "no section 'safety & protectoin' in medi-cal — did you mean safety-and-protection?", "`ethics show medi-cal safety-and-protection`"],
    [["madical"], 1, "no code 'madical' — did you mean medi-cal?", "expected one of: alaska,"],
    [["noth", "carolina", "15"], 1, "no code 'noth carolina' — did you mean north-carolina?", "expected one of:"],
    // A section's name where the code's goes: the codes that have one, each as a command.
    [["Integrity", "5"], 1, "no code 'Integrity': it is a section of Working Well Together and Medi-Cal", "say whose: `ethics show california Integrity 5`, `ethics show medi-cal Integrity 5`"],
    [["conflicts", "of", "interest", "3"], 1, "no code 'conflicts of interest': it is a section of Alaska", "say whose: `ethics show alaska conflicts of interest 3`"],
    // Only the codes whose section has the numbers: Working Well Together's Integrity stops at 9,
    // and its command failed; where none has them, each (whose error says what it has).
    [["integrity", "12"], 1, "no code 'integrity': it is a section of Working Well Together and Medi-Cal", "say whose: `ethics show medi-cal integrity 12`"],
    [["integrity", "12a", "13"], 1, "no code 'integrity': it is a section of Working Well Together and Medi-Cal", "say whose: `ethics show medi-cal integrity 12a 13`"],
    [["integrity", "9-12"], 1, "no code 'integrity': it is a section of Working Well Together and Medi-Cal", "say whose: `ethics show medi-cal integrity 9-12`"],
    // Where none has them all, those whose section runs from the first: the rest is cut (below).
    [["integrity", "10-20"], 1, "no code 'integrity': it is a section of Working Well Together and Medi-Cal", "say whose: `ethics show medi-cal integrity 10-20`"],
    [["integrity", "9-20"], 1, "no code 'integrity': it is a section of Working Well Together and Medi-Cal", "say whose: `ethics show california integrity 9-20`, `ethics show medi-cal integrity 9-20`"],
    // And the items written with their numbers: where none has them, the numbers without them
    // (each shown with its items), and why; `integrity 5a 6` gave two commands that both failed.
    [["integrity", "5a", "6"], 1, "no code 'integrity': it is a section of Working Well Together and Medi-Cal", "say whose: `ethics show california integrity 5 6`, `ethics show medi-cal integrity 5 6`; none of their Integrity 5 has an item a"],
    // None has the number: the sections whole, and the numbers each has.
    [["integrity", "99"], 1, "no code 'integrity': it is a section of Working Well Together and Medi-Cal", "say whose: `ethics show california integrity`, `ethics show medi-cal integrity`; none has Integrity 99 (Working Well Together's has 1–9, Medi-Cal's 1–14)"],
    [["conflicts", "of", "interest", "30"], 1, "no code 'conflicts of interest': it is a section of Alaska", "say whose: `ethics show alaska conflicts of interest`; it has no Conflicts of Interest 30 (Alaska's has 1–4)"],
    [["integrity", "12z"], 1, "no code 'integrity': it is a section of Working Well Together and Medi-Cal", "say whose: `ethics show medi-cal integrity 12`; Medi-Cal Integrity 12 has no item z"],
    [["integrity", "12(b)"], 1, "no code 'integrity': it is a section of Working Well Together and Medi-Cal", "say whose: `ethics show medi-cal 'integrity 12(b)'`"],
    // What shows nothing, drawn as <U+202E> in the hint, is not given back in its command.
    [["integrity\u202e", "12"], 1, "no code 'integrity\u202e': it is a section of Working Well Together and Medi-Cal", "say whose: `ethics show medi-cal integrity 12`"],
    [["inte\u200bgrity", "12"], 1, "no code 'inte\u200bgrity': it is a section of Working Well Together and Medi-Cal", "say whose: `ethics show medi-cal integrity 12`"],
    [["safety", "&", "protection", "7"], 1, "no code 'safety & protection': it is a section of Working Well Together and Medi-Cal", "say whose: `ethics show california 'safety & protection 7'`, `ethics show medi-cal 'safety & protection 7'`"],
    // Named as after its code, not exactly: a number written onto it, a prefix, a pasted
    // list's comma, a word before the number. Each was "no code '…'" and the list of codes.
    [["integrity12"], 1, "no code 'integrity': it is a section of Working Well Together and Medi-Cal", "say whose: `ethics show medi-cal integrity 12`"],
    [["integrity-12", "13"], 1, "no code 'integrity': it is a section of Working Well Together and Medi-Cal", "say whose: `ethics show medi-cal integrity 12,13`"],
    [["integrity-99"], 1, "no code 'integrity': it is a section of Working Well Together and Medi-Cal", "say whose: `ethics show california integrity`, `ethics show medi-cal integrity`; none has Integrity 99 (Working Well Together's has 1–9, Medi-Cal's 1–14)"],
    [["conflicts", "1"], 1, "no code 'conflicts': it is a section of Alaska", "say whose: `ethics show alaska conflicts 1`"],
    [["conflicts3"], 1, "no code 'conflicts': it is a section of Alaska", "say whose: `ethics show alaska conflicts 3`"],
    [["Integrity, 12"], 1, "no code 'Integrity': it is a section of Working Well Together and Medi-Cal", "say whose: `ethics show medi-cal Integrity 12`"],
    [["Integrity,", "12"], 1, "no code 'Integrity': it is a section of Working Well Together and Medi-Cal", "say whose: `ethics show medi-cal Integrity 12`"],
    [["integrity", "standard", "12"], 1, "no code 'integrity': it is a section of Working Well Together and Medi-Cal", "say whose: `ethics show medi-cal integrity 12`"],
    // Not where the words are a misspelt code's, or more than a section's name.
    [["alsaka", "conduct", "3"], 1, "no code 'alsaka' — did you mean alaska?", "expected one of:"],
    // A list of codes whose last is none: that one is named (it was "'nc and xyz' is not a
    // standard number"); after a section the words may be one title, and are read so.
    [["wi", "nc", "and", "xyz"], 1, "no code 'xyz'", "expected one of:"],
    [["wi,", "nc,", "and", "alsaka"], 1, "no code 'alsaka' — did you mean alaska?", "expected one of:"],
    [["medi-cal", "integrity", "and", "honesty", "12"], 1, "no section 'integrity and honesty' in medi-cal", "`ethics list medi-cal` shows its sections"],
    // Another code's section, named by a prefix as after its own code: said whose it is.
    [["medi-cal", "conflicts", "2"], 1, "no section 'conflicts' in medi-cal", "Conflicts of Interest is a section of Alaska: `ethics show alaska conflicts-of-interest 2`"],
    // A number in words alone names no code: it was "no code 'xii' — did you mean wisconsin?".
    [["xii"], 2, "'xii' is a number (12) with no code before it", "expected e.g. `ethics show medi-cal integrity 12`, the number in digits"],
    // English words are read after a code, so they are not told to be digits.
    [["twelve"], 2, "'twelve' is a number (12) with no code before it", "expected e.g. `ethics show medi-cal integrity twelve`"],
    // A word with no letter or digit names nothing: not dropped from the name it follows.
    // The example in the code typed, not Medi-Cal's whatever the code.
    [["alaska", "!!!"], 2, "'!!!' in 'alaska !!!' is neither a name nor a number", "a reference is a code, a section and numbers: e.g. `ethics show alaska relationship-with-clients 1`"],
    [["alaska", "conduct", "#"], 2, "'#' in 'alaska conduct #' is neither a name nor a number", "a reference is a code, a section and numbers: e.g. `ethics show alaska conduct 1`"],
    [["wi", "*", "3"], 2, "'*' in 'wi * 3' is neither a name nor a number", "a reference is a code and numbers: e.g. `ethics show wisconsin 1`"],
    [["medi-cal", "integrity", "*"], 2, "'*' in 'medi-cal integrity *' is neither a name nor a number", "e.g. `ethics show medi-cal integrity 12`"],
    [["medi-cal:*:12"], 2, "'*' in 'medi-cal:*:12' is neither a name nor a number", "e.g. `ethics show medi-cal integrity 12`"],
    [["*"], 2, "no code '*': a name has letters or digits", "expected one of: alaska,"],
    [["alaska", "conduct", "4", "?"], 2, "no code '?': a name has letters or digits", "expected one of: alaska,"],
  ])("%j fails (exit %i): %s", (argv, exitCode, message, hint) => {
    const error = failure(argv);
    expect(error.message).toBe(message);
    expect(error.hint).toContain(hint);
    expect(error.exitCode).toBe(exitCode);
  });

  it("one bad reference among several fails them all", () => {
    expect(failure(["medi-cal", "integrity", "12", "alaska", "conduct", "40"]).message).toBe("Alaska Conduct has no 40");
  });
});

describe("a range past the section's last standard", () => {
  // `integrity 10-15` was "Medi-Cal Integrity has no 15", and nothing was shown, though the
  // README said a range covers only the standards that exist. It runs to the last, as `10-` does,
  // and says where the section ends; a start or a list's number that is not there is an error still.
  it.each([
    [["medi-cal", "integrity", "10-15"], "Medi-Cal · Integrity 10 | Medi-Cal · Integrity 11 | Medi-Cal · Integrity 12 | Medi-Cal · Integrity 13 | Medi-Cal · Integrity 14", "Medi-Cal Integrity ends at 14, not 15"],
    [["medi-cal", "integrity", "12-20"], "Medi-Cal · Integrity 12 | Medi-Cal · Integrity 13 | Medi-Cal · Integrity 14", "Medi-Cal Integrity ends at 14, not 20"],
    [["medi-cal", "integrity", "13", "to", "20"], "Medi-Cal · Integrity 13 | Medi-Cal · Integrity 14", "Medi-Cal Integrity ends at 14, not 20"],
    [["wi", "14-20"], "Wisconsin 14 | Wisconsin 15", "Wisconsin ends at 15, not 20"],
    [["alaska", "values", "6-10"], "Alaska · Values 6 | Alaska · Values 7", "Alaska Values ends at 7, not 10"],
    [["medi-cal", "integrity", "5,13-20,12-30"], "Medi-Cal · Integrity 5 | Medi-Cal · Integrity 13 | Medi-Cal · Integrity 14 | Medi-Cal · Integrity 12", "Medi-Cal Integrity ends at 14, not 20, 30"],
    [["medi-cal", "integrity", "12", "a", "13-20"], "Medi-Cal · Integrity 12 | Medi-Cal · Integrity 13 | Medi-Cal · Integrity 14", "Medi-Cal Integrity ends at 14, not 20"],
    [["Medi-Cal · Integrity 13-20"], "Medi-Cal · Integrity 13 | Medi-Cal · Integrity 14", "Medi-Cal Integrity ends at 14, not 20"],
    // An end past the safe integers too: bounded by what exists, and said as typed.
    [["medi-cal", "integrity", "13-99999999999999999999"], "Medi-Cal · Integrity 13 | Medi-Cal · Integrity 14", "Medi-Cal Integrity ends at 14, not 99999999999999999999"],
    [["wi", "15-9007199254740992"], "Wisconsin 15", "Wisconsin ends at 15, not 9007199254740992"],
    // An end said in words is named in them, not in the digits it was read as.
    [["north-carolina", "twenty-fifty"], "North Carolina 20 | North Carolina 21", "North Carolina ends at 21, not fifty"],
    [["wi", "fourteen", "to", "twenty", "five"], "Wisconsin 14 | Wisconsin 15", "Wisconsin ends at 15, not twenty five"],
    [["wi", "1", "fourteen-twenty"], "Wisconsin 1 | Wisconsin 14 | Wisconsin 15", "Wisconsin ends at 15, not twenty"],
  ])("%j → %s, and says: %s", (argv, cited, said) => {
    const targets = show(argv);
    expect(targets.map(describeTarget)).toEqual([cited]);
    expect(notesOf(targets)).toEqual([said]);
  });

  it("a range that ends where the section does says nothing", () => {
    expect(notesOf(show(["medi-cal", "integrity", "10-14", "wi", "14-"]))).toEqual([]);
  });

  it.each([
    [["medi-cal", "integrity", "15-20"], "Medi-Cal Integrity has no 15-20"],
    [["medi-cal", "integrity", "13,99"], "Medi-Cal Integrity has no 99"],
    [["wi", "16-20"], "Wisconsin has no 16-20"],
    [["medi-cal", "integrity", "15-99999999999999999999"], "Medi-Cal Integrity has no 15-99999999999999999999"],
  ])("%j fails: %s", (argv, message) => {
    expect(failure(argv).message).toBe(message);
  });
});

describe("a list of codes as people write it", () => {
  // "wi, nc, and alaska" and "wi nc and alaska" were "'nc, and alaska' is not a standard number".
  it.each([
    [["wi", "and", "nc", "and", "alaska"]],
    [["wi,", "nc,", "and", "alaska"]],
    [["wi, nc, and alaska"]],
    [["wi,", "nc", "and", "alaska"]],
    [["wi", "nc", "and", "alaska"]],
    [["wi,", "nc,", "&", "alaska"]],
    [["wi", ",", "nc", ",", "and", "alaska"]],
    [["wi,", "nc,", "alaska"]],
  ])("%j is the three codes", (argv) => {
    expect(show(argv).map(describeTarget)).toEqual(["code wisconsin", "code north-carolina", "code alaska"]);
  });

  it.each([
    [["north", "carolina", "wi", "and", "alaska"], ["code north-carolina", "code wisconsin", "code alaska"]],
    // Whole codes named one after another, no joiner at all.
    [["alaska", "wisconsin"], ["code alaska", "code wisconsin"]],
    [["wi", "nc"], ["code wisconsin", "code north-carolina"]],
    [["north", "carolina", "medi-cal"], ["code north-carolina", "code medi-cal"]],
    // …then the reference the numbers belong to.
    [["alaska", "nc", "2"], ["code alaska", "North Carolina 2"]],
    [["alaska", "medi-cal", "integrity", "12"], ["code alaska", "Medi-Cal · Integrity 12"]],
    [["wi", "nc", "3-4"], ["code wisconsin", "North Carolina 3 | North Carolina 4"]],
    [["wi", "nc", "and", "alaska", "conduct", "4"], ["code wisconsin", "code north-carolina", "Alaska · Conduct 4"]],
    [["alaska", "conduct,", "and", "nc", "2"], ["section Alaska · Conduct", "North Carolina 2"]],
    [["wi", "1,", "nc", "2,", "and", "alaska", "conduct", "4"], ["Wisconsin 1", "North Carolina 2", "Alaska · Conduct 4"]],
    [["wi", "1,", "2,", "and", "3"], ["Wisconsin 1 | Wisconsin 2 | Wisconsin 3"]],
    [["medi-cal", "wellness,", "recovery,", "and", "resiliency", "1"], ["Medi-Cal · Wellness, Recovery, and Resiliency 1"]],
  ])("%j → %j", (argv, expected) => {
    expect(show(argv).map(describeTarget)).toEqual(expected);
  });

  it.each([
    [["wi", "and", "and", "nc"], "'and' twice in 'wi and and nc': expected one 'and' between two references or numbers"],
    [["wi,", "nc,", "and"], "nothing after 'and' in 'wi, nc, and': expected a number or another reference"],
    // A prefix names no code in a list of names one after another: "a" begins Alaska.
    [["wi", "a", "and", "nc"], "'a' is not a standard number; Wisconsin has 1–15"],
  ])("%j is still refused: %s", (argv, message) => {
    expect(failure(argv).message).toBe(message);
  });
});

describe("a reference without numbers, then the next code's", () => {
  // "medi-cal definitions alaska conduct 4" was one section name, "definitions alaska conduct".
  it.each([
    [["medi-cal", "definitions", "alaska", "conduct", "4"], ["definitions Medi-Cal", "Alaska · Conduct 4"]],
    [["medi-cal", "preamble", "wi", "3"], ["preamble Medi-Cal", "Wisconsin 3"]],
    [["medi-cal", "integrity", "alaska", "conduct", "4"], ["section Medi-Cal · Integrity", "Alaska · Conduct 4"]],
    [["medi-cal", "integrity", "alaska", "conduct"], ["section Medi-Cal · Integrity", "section Alaska · Conduct"]],
    // It was "'alaska conduct medi-cal integrity' reads as one reference", with ; to type.
    [["alaska", "conduct", "medi-cal", "integrity"], ["section Alaska · Conduct", "section Medi-Cal · Integrity"]],
    [["alaska", "values", "north", "carolina", "2"], ["Alaska · Values 1 | Alaska · Values 2 | Alaska · Values 3 | Alaska · Values 4 | Alaska · Values 5 | Alaska · Values 6 | Alaska · Values 7", "North Carolina 2"]],
    [["medi-cal", "integrity", "alaska", "conduct", "wi", "3"], ["section Medi-Cal · Integrity", "section Alaska · Conduct", "Wisconsin 3"]],
    // The colon form first, then more words: it was one reference, "reads as one reference".
    [["alaska:conduct medi-cal integrity"], ["section Alaska · Conduct", "section Medi-Cal · Integrity"]],
    [["alaska:conduct", "medi-cal", "integrity", "4"], ["section Alaska · Conduct", "Medi-Cal · Integrity 4"]],
    [["medi-cal:integrity alaska conduct 4"], ["section Medi-Cal · Integrity", "Alaska · Conduct 4"]],
    [["Alaska · Conduct", "Medi-Cal", "integrity"], ["section Alaska · Conduct", "section Medi-Cal · Integrity"]],
  ])("%j → %j", (argv, expected) => {
    expect(show(argv).map(describeTarget)).toEqual(expected);
  });

  it.each([
    // The references before it whole, the last one's own error.
    [["medi-cal", "definitions", "alaska", "conduct", "99"], "Alaska Conduct has no 99"],
    // No code named whole after the section: the whole's error, as before.
    [["medi-cal", "integrity", "conduct", "4"], "no section 'integrity conduct' in medi-cal"],
    [["alaska:conduct medi-cal integrity 99"], "Medi-Cal Integrity has no 99"],
    // The code marked is the first reference's: a section misspelt after it is its error.
    [["alaska:condcut medi-cal integrity"], "no section 'condcut medi-cal integrity' in alaska"],
    // A code named before, put in front of words after numbers, was not typed there: no run-on.
    [["medi-cal", "integrity", "1,", "12", "in", "nc"], "'12 in nc' names its code last"],
  ])("%j is refused: %s", (argv, message) => {
    expect(failure(argv).message).toBe(message);
  });

  it("words past the longest reference before a code's name are no reference: the whole's error", () => {
    // Each word begins North Carolina's name; none ends a reference before it.
    expect(failure(["medi-cal", "integrity", ...Array.from({ length: 40 }, () => "north")]).message).toBe("'north' is not a standard number; Medi-Cal Integrity has 1–14");
  });
});

describe("item letters typed apart from their number, then more", () => {
  // `medi-cal integrity 12 a 6` read "a 6" as Alaska 6 ("alaska has 3 sections; say which
  // one"), where `12a 6` was 12 and 6; `12 a nc 2` was "no section 'nc' in alaska".
  it.each([
    // One list, as `12 6` and `12a 6` are (one JSON array).
    [["medi-cal", "integrity", "12", "a", "6"], ["Medi-Cal · Integrity 12 | Medi-Cal · Integrity 6"]],
    [["medi-cal integrity 12 a 6"], ["Medi-Cal · Integrity 12 | Medi-Cal · Integrity 6"]],
    [["medi-cal", "integrity", "12", "A.", "6-7"], ["Medi-Cal · Integrity 12 | Medi-Cal · Integrity 6 | Medi-Cal · Integrity 7"]],
    [["medi-cal", "integrity", "12", "(b)", "6"], ["Medi-Cal · Integrity 12 | Medi-Cal · Integrity 6"]],
    [["medi-cal", "integrity", "12", "a,", "6"], ["Medi-Cal · Integrity 12 | Medi-Cal · Integrity 6"]],
    [["medi-cal", "integrity", "12", "a", "and", "6"], ["Medi-Cal · Integrity 12 | Medi-Cal · Integrity 6"]],
    [["medi-cal", "integrity", "12", "a", "b", "6"], ["Medi-Cal · Integrity 12 | Medi-Cal · Integrity 6"]],
    [["medi-cal", "integrity", "12", "a", "and", "b"], ["Medi-Cal · Integrity 12"]],
    // The standard is shown once, and letters after the numbers are the last number's.
    [["medi-cal", "integrity", "12", "a", "12", "b"], ["Medi-Cal · Integrity 12"]],
    [["medi-cal", "integrity", "12", "a", "13", "b"], ["Medi-Cal · Integrity 12 | Medi-Cal · Integrity 13"]],
    [["medi-cal", "integrity", "12", "a", "13", "b", "14"], ["Medi-Cal · Integrity 12 | Medi-Cal · Integrity 13 | Medi-Cal · Integrity 14"]],
    [["medi-cal", "integrity", "12", "a", "nc", "2"], ["Medi-Cal · Integrity 12", "North Carolina 2"]],
    [["medi-cal", "integrity", "12", "a", "b", "alaska", "conduct", "4"], ["Medi-Cal · Integrity 12", "Alaska · Conduct 4"]],
    [["medi-cal", "integrity", "12", "a", "and", "wi", "2"], ["Medi-Cal · Integrity 12", "Wisconsin 2"]],
    [["medi-cal", "integrity", "12", "a", "wi", "and", "nc"], ["Medi-Cal · Integrity 12", "code wisconsin", "code north-carolina"]],
    // After a list or range (`5,12 a`, `12-13 a`), letters are its last number's too: 12 a was
    // "is 2 standards", its hint the first number (5), not the one the letter followed.
    [["medi-cal", "integrity", "5,12", "a"], ["Medi-Cal · Integrity 5 | Medi-Cal · Integrity 12"]],
    [["medi-cal", "integrity", "5", "12", "a"], ["Medi-Cal · Integrity 5 | Medi-Cal · Integrity 12"]],
    [["medi-cal", "integrity", "12-13", "a", "6"], ["Medi-Cal · Integrity 12 | Medi-Cal · Integrity 13 | Medi-Cal · Integrity 6"]],
    [["medi-cal", "integrity", "5,12", "a", "nc", "2"], ["Medi-Cal · Integrity 5 | Medi-Cal · Integrity 12", "North Carolina 2"]],
    // Written onto the list's last number, as `12a` is: `5,12a` was "not a standard number".
    [["medi-cal", "integrity", "5,12a"], ["Medi-Cal · Integrity 5 | Medi-Cal · Integrity 12"]],
    [["medi-cal", "integrity", "12-13(b)"], ["Medi-Cal · Integrity 12 | Medi-Cal · Integrity 13"]],
    // The letters 12's items, the section after them is the code's named last (not Alaska's,
    // whose name "a" begins): it was "no code 'integrity'", with California's in the hint.
    [["medi-cal", "integrity", "12", "a", "integrity", "2"], ["Medi-Cal · Integrity 12", "Medi-Cal · Integrity 2"]],
    [["alaska", "conduct", "1", "wisconsin", "3"], ["Alaska · Conduct 1", "Wisconsin 3"]],
  ])("%j → %j", (argv, expected) => {
    expect(show(argv).map(describeTarget)).toEqual(expected);
  });

  it.each([
    [["medi-cal", "integrity", "11", "a", "6"], 1, "Medi-Cal Integrity 11 has no item a", "it has no lettered items: `ethics show medi-cal integrity 11,6`"],
    [["wi", "12", "a", "6"], 1, "Wisconsin 12 has no item a", "it has no lettered items: `ethics show wisconsin 12,6`"],
    [["medi-cal", "integrity", "12", "c", "6"], 1, "Medi-Cal Integrity 12 has no item c", "its items are a, b"],
    // The number the letter followed is named, and the hint is all that was asked, without it.
    [["medi-cal", "integrity", "5-7", "a"], 1, "Medi-Cal Integrity 7 has no item a", "it has no lettered items: `ethics show medi-cal integrity 5-7`"],
    [["medi-cal", "integrity", "5,12", "c"], 1, "Medi-Cal Integrity 12 has no item c", "its items are a, b"],
    [["medi-cal", "integrity", "5-7a"], 1, "Medi-Cal Integrity 7 has no item a", "it has no lettered items: `ethics show medi-cal integrity 5-7`"],
    [["medi-cal", "integrity", "12", "5", "a"], 1, "Medi-Cal Integrity 5 has no item a", "it has no lettered items: `ethics show medi-cal integrity 12,5`"],
    [["alaska", "values", "2a", "3"], 2, "'a' is an item letter, but value statements have no lettered items", "Alaska Values has 1–7: `ethics show alaska values 2,3`"],
    [["medi-cal", "integrity", "12", "a", "6", "b"], 1, "Medi-Cal Integrity 6 has no item b", "it has no lettered items: `ethics show medi-cal integrity 12,6`"],
    [["medi-cal", "integrity", "12", "a", "6", "b", "nc", "2"], 1, "Medi-Cal Integrity 6 has no item b", "it has no lettered items: `ethics show medi-cal integrity 12,6`"],
    [["medi-cal", "integrity", "12", "a", "15"], 1, "Medi-Cal Integrity has no 15", "Medi-Cal Integrity has 1–14"],
    [["medi-cal", "integrity", "12-", "a", "6"], 2, "'a' is an item letter, but Medi-Cal Integrity 12–14 is 3 standards", "each is shown with its items: `ethics show medi-cal integrity 12-14`"],
    [["alaska", "values", "2", "a", "3"], 2, "'a' is an item letter, but value statements have no lettered items", "Alaska Values has 1–7"],
    [["medi-cal", "integrity", "11", "a", "nc", "2"], 1, "Medi-Cal Integrity 11 has no item a", "it has no lettered items"],
    [["medi-cal", "integrity", "12", "a", "xyz"], 1, "no code 'xyz'", "expected one of"],
    // A letter that is no item is a small word, which names no code by beginning its name
    // (small-words.ts): "a" named Alaska, as "the" named North Carolina ("The North Carolina …").
    [["a", "6"], 1, "no code 'a'", "expected one of"],
    [["medi-cal", "integrity", "11", "a", "conduct", "4"], 1, "no section 'conduct' in medi-cal", "`ethics show medi-cal integrity 11 alaska conduct 4`"],
    [["ak", "6"], 2, "alaska has 3 sections; say which one", "relationship-with-clients 6"],
  ])("%j fails (exit %i): %s", (argv, exitCode, message, hint) => {
    const error = failure(argv);
    expect(error.message).toBe(message);
    expect(error.hint).toContain(hint);
    expect(error.exitCode).toBe(exitCode);
  });
});

describe("a number written onto the name", () => {
  // `integrity-12` was "no section 'integrity-12' in medi-cal — did you mean integrity?", and
  // the HTML export's anchor `medi-cal_integrity_12` "no code 'medi-cal_integrity_12'".
  it.each([
    [["medi-cal", "integrity-12"], ["Medi-Cal · Integrity 12"]],
    [["medi-cal", "Integrity12"], ["Medi-Cal · Integrity 12"]],
    [["medi-cal_integrity_12"], ["Medi-Cal · Integrity 12"]],
    [["medi-cal:integrity-12"], ["Medi-Cal · Integrity 12"]],
    [["wi-12"], ["Wisconsin 12"]],
    [["north", "carolina-15"], ["North Carolina 15"]],
    [["alaska_values_2"], ["Alaska · Values 2"]],
    // Followed by another reference: it was "no section 'integrity-12 alaska conduct' in medi-cal".
    [["medi-cal", "integrity-12", "alaska", "conduct", "4"], ["Medi-Cal · Integrity 12", "Alaska · Conduct 4"]],
    [["medi-cal_integrity_12", "alaska", "conduct", "4"], ["Medi-Cal · Integrity 12", "Alaska · Conduct 4"]],
    [["medi-cal", "integrity12", "nc", "2"], ["Medi-Cal · Integrity 12", "North Carolina 2"]],
    [["medi-cal", "integrity-12", "alaska"], ["Medi-Cal · Integrity 12", "code alaska"]],
    // Numbers after it are its list's, as after `integrity 12`: it was "no section 'integrity-12'".
    [["medi-cal", "integrity-12", "13"], ["Medi-Cal · Integrity 12 | Medi-Cal · Integrity 13"]],
    [["medi-cal", "integrity12", "13", "and", "14"], ["Medi-Cal · Integrity 12 | Medi-Cal · Integrity 13 | Medi-Cal · Integrity 14"]],
    [["medi-cal", "integrity-12,13"], ["Medi-Cal · Integrity 12 | Medi-Cal · Integrity 13"]],
    [["medi-cal", "integrity-12", "13", "alaska", "conduct", "4"], ["Medi-Cal · Integrity 12 | Medi-Cal · Integrity 13", "Alaska · Conduct 4"]],
  ])("%j → %j", (argv, expected) => {
    expect(show(argv).map(describeTarget)).toEqual(expected);
  });

  it.each([
    [["medi-cal", "integrity-99"], 1, "Medi-Cal Integrity has no 99", "Medi-Cal Integrity has 1–14"],
    [["medi-cal-12"], 2, "medi-cal has 16 sections; say which one", "e.g. `ethics show medi-cal respect 12`"],
    [["medi-cal", "integrity-x12"], 1, "no section 'integrity-x12' in medi-cal — did you mean integrity?", "`ethics show medi-cal integrity`"],
    // The reference after it has its own error; the number that is not there, its own.
    [["medi-cal", "integrity-12", "conduct", "4"], 1, "no section 'conduct' in medi-cal", "Conduct is a section of Alaska: `ethics show medi-cal integrity 12 alaska conduct 4`"],
    [["medi-cal", "integrity-99", "wi", "3"], 1, "Medi-Cal Integrity has no 99", "Medi-Cal Integrity has 1–14"],
    [["medi-cal", "integrity-12", "99"], 1, "Medi-Cal Integrity has no 99", "Medi-Cal Integrity has 1–14"],
  ])("%j fails (exit %i): %s", (argv, exitCode, message, hint) => {
    const error = failure(argv);
    expect(error.message).toBe(message);
    expect(error.hint).toContain(hint);
    expect(error.exitCode).toBe(exitCode);
  });

  it("a section whose name ends in a number is that section", () => {
    const [riverside] = readCodeDir(join(import.meta.dirname, "../../fixtures/user-codes"), "user");
    const section = { ...riverside!.sections[0]!, id: "part-2", title: "Part 2" };
    const withSection: Library = { ...library, codes: [...library.codes, { ...riverside!, sections: [section, riverside!.sections[1]!] }] };
    expect(resolveArguments(withSection, ["riverside", "part-2"])[0]).toMatchObject({ kind: "section", section: { id: "part-2" } });
    expect(resolveArguments(withSection, ["riverside", "part-2", "1"])[0]).toMatchObject({ kind: "standards", section: { id: "part-2" } });
  });
});

describe("a comma with no space before the next reference", () => {
  // `nc 15,wi 12` was "no section '15,wi' in north-carolina", its hint `ethics show
  // north-carolina 12`: Wisconsin's number given to North Carolina.
  it.each([
    [["nc 15,wi 12"], ["North Carolina 15", "Wisconsin 12"]],
    [["wi 12,nc 15"], ["Wisconsin 12", "North Carolina 15"]],
    [["medi-cal integrity 12,alaska conduct 4"], ["Medi-Cal · Integrity 12", "Alaska · Conduct 4"]],
    [["medi-cal", "integrity", "12,north", "carolina", "15"], ["Medi-Cal · Integrity 12", "North Carolina 15"]],
    [["medi-cal integrity 5,7,wi 3"], ["Medi-Cal · Integrity 5 | Medi-Cal · Integrity 7", "Wisconsin 3"]],
    [["wi 12,nc"], ["Wisconsin 12", "code north-carolina"]],
    [["nc:15,wi:12"], ["North Carolina 15", "Wisconsin 12"]],
    // Numbers after the comma are a list, as before.
    [["wi 12,13"], ["Wisconsin 12 | Wisconsin 13"]],
    [["medi-cal integrity 5,7,10-12"], ["Medi-Cal · Integrity 5 | Medi-Cal · Integrity 7 | Medi-Cal · Integrity 10 | Medi-Cal · Integrity 11 | Medi-Cal · Integrity 12"]],
  ])("%j → %j", (argv, expected) => {
    expect(show(argv).map(describeTarget)).toEqual(expected);
  });

  it.each([
    // The words as spaced say what is wrong: a hint never takes the next reference's number.
    [["nc 15,xyz 12"], 1, "no code 'xyz'", "expected one of:"],
    [["wi 12,nc 99"], 1, "North Carolina has no 99", "North Carolina has 1–21"],
    [["alaska conduct 4,integrity 12"], 1, "no section 'integrity' in alaska", "`ethics show alaska conduct 4 medi-cal integrity 12`"],
    [["nc 15.wi 12"], 1, "no section '15.wi' in north-carolina", "expected one of:"],
    [["nc 15/wi 12"], 1, "no section '15/wi' in north-carolina", "expected one of:"],
    // Nor the number before the comma to the next reference's code (`wisconsin 15,12`), nor the
    // comma to a command (`integrity 12,`, a joiner with nothing after it). The example has a 15.
    [["15,wi 12"], 2, "'15' has no code before it", "expected e.g. `ethics show north-carolina 15`"],
    [["15, wi 12"], 2, "'15' has no code before it", "expected e.g. `ethics show north-carolina 15`"],
    [["integrity 12,wi 12"], 1, "no code 'integrity': it is a section of Working Well Together and Medi-Cal", "say whose: `ethics show medi-cal integrity 12 wisconsin 12`"],
    [["integrity 15, wi 12"], 1, "no code 'integrity': it is a section of Working Well Together and Medi-Cal", "none has Integrity 15 (Working Well Together's has 1–9, Medi-Cal's 1–14)"],
  ])("%j fails (exit %i): %s", (argv, exitCode, message, hint) => {
    const error = failure(argv);
    expect(error.message).toBe(message);
    expect(error.hint).toContain(hint);
    expect(error.hint).not.toMatch(/north-carolina 12|wisconsin 15|12,`/);
    expect(error.exitCode).toBe(exitCode);
  });

  it("a title that holds such a comma is read whole first", () => {
    const [riverside] = readCodeDir(join(import.meta.dirname, "../../fixtures/user-codes"), "user");
    const section = { ...riverside!.sections[0]!, id: "part-1-alaska", title: "Part 1,Alaska" };
    const withSection: Library = { ...library, codes: [...library.codes, { ...riverside!, sections: [section, riverside!.sections[1]!] }] };
    expect(resolveArguments(withSection, ["riverside part 1,alaska 1"])[0]).toMatchObject({ kind: "standards", section: { id: "part-1-alaska" } });
  });
});

describe("lines pasted from diff", () => {
  // A pair's remark and its first line's colon: "no code '(similarity'", "no code '(when'", and
  // "'6:' is not a standard number". Left out as topic's "· prohibits (…)" is.
  it.each([
    [["Medi-Cal · Cultural Responsiveness & Humility 4 (similarity 0.44)"], ["Medi-Cal · Cultural Responsiveness & Humility 4"]],
    [["North Carolina 13 (when they are unavoidable)"], ["North Carolina 13"]],
    [["North Carolina 15 → Wisconsin 12 (similarity 0.27)"], ["North Carolina 15", "Wisconsin 12"]],
    [["Alaska · Relationship with Clients 4 → Medi-Cal · Cultural Responsiveness & Humility 4 (similarity 0.44)"], ["Alaska · Relationship with Clients 4", "Medi-Cal · Cultural Responsiveness & Humility 4"]],
    [["Alaska · Conflicts of Interest 3 (substantial gifts or loans; note: as deemed inappropriate or unacceptable by the agency)"], ["Alaska · Conflicts of Interest 3"]],
    [["medi-cal Integrity 4 (when and if a dual relationship is unavoidable); Safety & Protection 7 (as necessary)"], ["Medi-Cal · Integrity 4", "Medi-Cal · Safety & Protection 7"]],
    [["Medi-Cal · Safety & Protection 6:"], ["Medi-Cal · Safety & Protection 6"]],
    [["medi-cal", "safety", "6:"], ["Medi-Cal · Safety & Protection 6"]],
    [["Alaska · Relationship with Clients 3 → Medi-Cal · Safety & Protection 6:"], ["Alaska · Relationship with Clients 3", "Medi-Cal · Safety & Protection 6"]],
    // Items' labels in parentheses are read as before.
    [["medi-cal", "integrity", "12", "(a)"], ["Medi-Cal · Integrity 12"]],
  ])("%j → %j", (argv, expected) => {
    expect(show(argv).map(describeTarget)).toEqual(expected);
  });

  it.each([
    // A reference in parentheses is no remark to leave out, nor one left open.
    [["wi 12 (nc 2)"], 2, "'2)' is not a standard number; North Carolina has 1–21"],
    [["North Carolina 13 (when they are"], 1, "no code '(when'"],
    [["North Carolina 99 (when they are unavoidable)"], 1, "North Carolina has no 99"],
    [["medi-cal", "integrity", "12", "(a and z)"], 1, "no code '(a'"],
  ])("%j fails (exit %i): %s", (argv, exitCode, message) => {
    const error = failure(argv);
    expect(error.message).toBe(message);
    expect(error.exitCode).toBe(exitCode);
  });
});

describe("a standard written with its item before more numbers", () => {
  // `integrity 12a 13` was read as a section 'integrity 12a'; `12a` alone and `12 13` worked.
  it.each([
    [["medi-cal", "integrity", "12a", "13"], ["Medi-Cal · Integrity 12 | Medi-Cal · Integrity 13"]],
    [["medi-cal integrity 12(b) 13-14"], ["Medi-Cal · Integrity 12 | Medi-Cal · Integrity 13 | Medi-Cal · Integrity 14"]],
    [["medi-cal", "integrity", "12.a", "13", "alaska", "conduct", "4"], ["Medi-Cal · Integrity 12 | Medi-Cal · Integrity 13", "Alaska · Conduct 4"]],
    // Joined as numbers are: `12a, 13` and `12a and 13` were "no section 'integrity 12a,'".
    [["medi-cal", "integrity", "12a,", "13"], ["Medi-Cal · Integrity 12 | Medi-Cal · Integrity 13"]],
    [["medi-cal", "integrity", "12a", "and", "13"], ["Medi-Cal · Integrity 12 | Medi-Cal · Integrity 13"]],
    [["medi-cal", "integrity", "12(b)", "&", "13-14"], ["Medi-Cal · Integrity 12 | Medi-Cal · Integrity 13 | Medi-Cal · Integrity 14"]],
  ])("%j → %j", (argv, expected) => {
    expect(show(argv).map(describeTarget)).toEqual(expected);
  });

  it.each([
    [["medi-cal", "integrity", "12z", "13"], 1, "Medi-Cal Integrity 12 has no item z", "its items are a, b"],
    // The numbers asked with it are kept in the hint's command: `8a 9` was told `wisconsin 8`.
    [["wi", "8a", "9"], 1, "Wisconsin 8 has no item a", "it has no lettered items: `ethics show wisconsin 8,9`"],
    [["medi-cal", "integrity", "5a", "6"], 1, "Medi-Cal Integrity 5 has no item a", "it has no lettered items: `ethics show medi-cal integrity 5,6`"],
    [["medi-cal", "integrity", "5a", "6-8"], 1, "Medi-Cal Integrity 5 has no item a", "it has no lettered items: `ethics show medi-cal integrity 5,6-8`"],
    [["medi-cal", "integrity", "5a", "and", "6"], 1, "Medi-Cal Integrity 5 has no item a", "it has no lettered items: `ethics show medi-cal integrity 5,6`"],
    [["integrity", "12a,", "6"], 1, "no code 'integrity': it is a section of Working Well Together and Medi-Cal", "say whose: `ethics show medi-cal integrity 12a, 6`"],
    [["alaska", "values", "2a", "3"], 2, "'a' is an item letter, but value statements have no lettered items", "Alaska Values has 1–7"],
    [["medi-cal", "integrity", "99a", "13"], 1, "Medi-Cal Integrity has no 99", "Medi-Cal Integrity has 1–14"],
  ])("%j fails (exit %i): %s", (argv, exitCode, message, hint) => {
    const error = failure(argv);
    expect(error.message).toBe(message);
    expect(error.hint).toContain(hint);
    expect(error.exitCode).toBe(exitCode);
  });

  it("a section named so is read as that section still", () => {
    const [riverside] = readCodeDir(join(import.meta.dirname, "../../fixtures/user-codes"), "user");
    const section = { ...riverside!.sections[0]!, id: "2b", title: "2b" };
    const withSection: Library = { ...library, codes: [...library.codes, { ...riverside!, sections: [section] }] };
    const [target] = resolveArguments(withSection, ["riverside", "2b", "1"]);
    expect(target).toMatchObject({ kind: "standards", section: { id: "2b" } });
  });
});

describe("a code named after its section and number", () => {
  it.each([
    // A word of one code's title is not read as that code where the code named after it has such a section.
    [["conduct", "4", "alaska"], "'conduct 4 alaska' names its code last", "the code comes first: `ethics show alaska conduct 4`"],
    [["conduct", "4", "ak"], "'conduct 4 ak' names its code last", "the code comes first: `ethics show alaska conduct 4`"],
    [["conduct", "4", "of", "alaska"], "'conduct 4 of alaska' names its code last", "the code comes first: `ethics show alaska conduct 4`"],
    [["conduct", "#4", "alaska"], "'conduct #4 alaska' names its code last", "the code comes first: `ethics show alaska conduct 4`"],
    [["integrity", "12", "in", "medi-cal"], "'integrity 12 in medi-cal' names its code last", "the code comes first: `ethics show medi-cal integrity 12`"],
    [["integrity", "12", "of", "medi", "cal"], "'integrity 12 of medi cal' names its code last", "the code comes first: `ethics show medi-cal integrity 12`"],
    [["integrity", "12", "medi", "cal"], "'integrity 12 medi cal' names its code last", "the code comes first: `ethics show medi-cal integrity 12`"],
    [["integrity", "in", "medi-cal"], "'integrity in medi-cal' names its code last", "the code comes first: `ethics show medi-cal integrity`"],
    // A number first, the code right after it; a code with one list is cited without it.
    [["12", "wi"], "'12 wi' names its code last", "the code comes first: `ethics show wisconsin 12`"],
    [["12", "of", "wisconsin"], "'12 of wisconsin' names its code last", "the code comes first: `ethics show wisconsin 12`"],
    [["#12", "wi"], "'#12 wi' names its code last", "the code comes first: `ethics show wisconsin 12`"],
    [["§12", "wi"], "'§12 wi' names its code last", "the code comes first: `ethics show wisconsin 12`"],
    [["§", "12", "wi"], "'§ 12 wi' names its code last", "the code comes first: `ethics show wisconsin 12`"],
    [["#12", "of", "wi"], "'#12 of wi' names its code last", "the code comes first: `ethics show wisconsin 12`"],
    [["5-7", "north", "carolina"], "'5-7 north carolina' names its code last", "the code comes first: `ethics show north-carolina 5-7`"],
    [["code-of-conduct", "12", "wi"], "'code-of-conduct 12 wi' names its code last", "the code comes first: `ethics show wisconsin 12`"],
  ])("%j is refused with the code first in the hint", (argv, message, hint) => {
    const error = failure(argv);
    expect([error.message, error.hint, error.exitCode]).toEqual([message, hint, 2]);
  });

  it.each([
    // A range written backwards is refused as it is with the code first, whatever its words.
    [["12-5", "wi"], "'12-5' runs backwards", "write it as 5-12"],
    [["12-5", "of", "wi"], "'12-5' runs backwards", "write it as 5-12"],
    [["twelve-five", "wi"], "'twelve-five' runs backwards", "write it as five-twelve"],
    [["twelve", "to", "five", "wi"], "'twelve to five' runs backwards", "write it as five to twelve"],
    [["integrity", "12-5", "medi-cal"], "'12-5' runs backwards", "write it as 5-12"],
    [["7-5", "north", "carolina"], "'7-5' runs backwards", "write it as 5-7"],
  ])("%j runs backwards, as with its code first", (argv, message, hint) => {
    const error = failure(argv);
    expect([error.message, error.hint, error.exitCode]).toEqual([message, hint, 2]);
  });

  it.each([
    // What the code named later has no such place for is as it was.
    [["12", "alaska"], "'12' has no code before it", "expected e.g. `ethics show medi-cal integrity 12`"],
    [["12"], "'12' has no code before it", "expected e.g. `ethics show medi-cal integrity 12`"],
    [["integrity", "12", "alaska"], "no code 'integrity': it is a section of Working Well Together and Medi-Cal", "say whose: `ethics show medi-cal integrity 12`"],
  ])("%j fails as before", (argv, message, hint) => {
    const error = failure(argv);
    expect([error.message, error.hint]).toEqual([message, hint]);
  });

  it.each([
    // A code named by its id, alias or name is one, and the code after it another reference.
    [["wi", "4", "alaska"], ["Wisconsin 4", "code alaska"]],
    [["north", "5", "alaska"], ["North Carolina 5", "code alaska"]],
    // (`conduct 4` alone is Alaska's section or Wisconsin's title: adv53-section-of-another-code.test.ts)
    [["code", "of", "conduct", "4", "alaska", "conduct", "5"], ["Wisconsin 4", "Alaska · Conduct 5"]],
  ])("%j is still read as several references", (argv, expected) => {
    expect(show(argv).map(describeTarget)).toEqual(expected);
  });
});

describe("'of' or 'in' a code after a reference's numbers, more words after it", () => {
  const twoCodes = (said: string, number: string, readings: string[]) => [
    `'${said}' names two codes for ${number}`,
    `say which: ${readings.map((words) => `\`ethics show ${words}\``).join(", ")}`,
  ];
  const codeLast = (said: string, words: string) => [`'${said}' names its code last`, `the code comes first: \`ethics show ${words}\``];
  it.each([
    // The group "<list> of <code>" read as it is alone, then the references after it.
    [["wi", "12", "of", "nc", "alaska", "conduct", "2"], twoCodes("wi 12 of nc", "12", ["wisconsin 12 alaska conduct 2", "north-carolina 12 alaska conduct 2"])],
    [["wi", "12", "in", "nc", "alaska", "conduct", "2"], twoCodes("wi 12 in nc", "12", ["wisconsin 12 alaska conduct 2", "north-carolina 12 alaska conduct 2"])],
    [["wisconsin", "12", "of", "north", "carolina", "ak", "conduct", "2"], twoCodes("wisconsin 12 of north carolina", "12", ["wisconsin 12 alaska conduct 2", "north-carolina 12 alaska conduct 2"])],
    [["wi", "12", "of", "nc", "and", "alaska", "conduct", "2"], twoCodes("wi 12 of nc", "12", ["wisconsin 12 alaska conduct 2", "north-carolina 12 alaska conduct 2"])],
    [["wi", "12", "of", "nc,", "alaska", "conduct", "2"], twoCodes("wi 12 of nc", "12", ["wisconsin 12 alaska conduct 2", "north-carolina 12 alaska conduct 2"])],
    [["wi", "12", "of", "nc", "alaska"], twoCodes("wi 12 of nc", "12", ["wisconsin 12 alaska", "north-carolina 12 alaska"])],
    [
      ["wi 12 of the north carolina certified peer support specialist code of ethics alaska conduct 2"],
      twoCodes("wi 12 of the north carolina certified peer support specialist code of ethics", "12", ["wisconsin 12 alaska conduct 2", "north-carolina 12 alaska conduct 2"]),
    ],
    [["wi", "1", "12", "of", "nc", "alaska", "conduct", "2"], codeLast("12 of nc", "wisconsin 1 north-carolina 12 alaska conduct 2")],
    // Numbers right after the code's name are more of its, as `12 of nc 2` is North Carolina 12 and 2.
    [["wi", "1", "12", "of", "nc", "2"], codeLast("12 of nc", "wisconsin 1 north-carolina 12,2")],
    [["wi", "1", "and", "12", "of", "nc", "2"], codeLast("12 of nc", "wisconsin 1 north-carolina 12,2")],
    [["wi", "1,", "12", "in", "nc", "2"], codeLast("12 in nc", "wisconsin 1 north-carolina 12,2")],
    [["wisconsin", "1", "12", "of", "north", "carolina", "2"], codeLast("12 of north carolina", "wisconsin 1 north-carolina 12,2")],
    [["wi", "1", "12", "of", "nc", "2", "alaska", "conduct", "3"], codeLast("12 of nc", "wisconsin 1 north-carolina 12,2 alaska conduct 3")],
    // One number before the code: its own numbers after it, or all of them its.
    [["wi", "12", "of", "nc", "2"], twoCodes("wi 12 of nc", "12", ["wisconsin 12 north-carolina 2", "north-carolina 12,2"])],
  ])("%j", (argv, [message, hint]) => {
    const error = failure(argv);
    expect([error.message, error.hint, error.exitCode]).toEqual([message, hint, 2]);
  });

  it.each([
    // What follows names nothing: its own error, not "no code 'of'".
    [["wi", "12", "of", "nc", "alaska", "conduct", "20"], "Alaska Conduct has no 20"],
    [["wi", "12", "of", "nc", "22"], "North Carolina has no 22"],
  ])("%j fails on what names nothing", (argv, message) => {
    expect(failure(argv).message).toBe(message);
  });
});

describe("a reference that names its code, then 'of' or 'in' another code", () => {
  const message = (said: string, number: string) => `'${said}' names two codes for ${number}`;
  it.each([
    // The other code has no such section: its reading is one of its sections that has the number, for example.
    [["alaska", "conduct", "2", "of", "medi-cal"], message("alaska conduct 2 of medi-cal", "2"), "say which: `ethics show alaska conduct 2`, or a section of medi-cal, e.g. `ethics show medi-cal hope 2`"],
    [["alaska", "conduct", "2", "in", "medi-cal"], message("alaska conduct 2 in medi-cal", "2"), "say which: `ethics show alaska conduct 2`, or a section of medi-cal, e.g. `ethics show medi-cal hope 2`"],
    [["ak", "conduct", "2", "of", "mc"], message("ak conduct 2 of mc", "2"), "say which: `ethics show alaska conduct 2`, or a section of medi-cal, e.g. `ethics show medi-cal hope 2`"],
    [
      ["alaska conduct 2 of medi-cal peer support specialist code of ethics"],
      message("alaska conduct 2 of medi-cal peer support specialist code of ethics", "2"),
      "say which: `ethics show alaska conduct 2`, or a section of medi-cal, e.g. `ethics show medi-cal hope 2`",
    ],
    [["wi", "12", "of", "medi-cal"], message("wi 12 of medi-cal", "12"), "say which: `ethics show wisconsin 12`, or a section of medi-cal, e.g. `ethics show medi-cal respect 12`"],
    [
      ["alaska", "conduct", "2", "of", "medi-cal", "alaska", "values", "3"],
      message("alaska conduct 2 of medi-cal", "2"),
      "say which: `ethics show alaska conduct 2 alaska values 3`, or a section of medi-cal, e.g. `ethics show medi-cal hope 2 alaska values 3`",
    ],
    [["alaska", "values", "2", "of", "medi-cal"], message("alaska values 2 of medi-cal", "2"), "say which: `ethics show alaska values 2`, or a section of medi-cal, e.g. `ethics show medi-cal hope 2`"],
    // The section named before, where the other code has one so named: no example, the reading itself.
    [["california", "integrity", "5", "of", "medi-cal"], message("california integrity 5 of medi-cal", "5"), "say which: `ethics show california integrity 5`, `ethics show medi-cal integrity 5`"],
    // A section of the other code named after it.
    [["wi", "12", "of", "medi-cal", "integrity"], message("wi 12 of medi-cal integrity", "12"), "say which: `ethics show wisconsin 12 medi-cal integrity`, `ethics show medi-cal integrity 12`"],
    [["wi", "12", "of", "medi-cal", "integrity", "2"], message("wi 12 of medi-cal integrity", "12"), "say which: `ethics show wisconsin 12 medi-cal integrity 2`, `ethics show medi-cal integrity 12,2`"],
    // The other code has no such number: the reading that names something.
    [["wi", "12", "of", "alaska"], message("wi 12 of alaska", "12"), "no section of alaska has a 12; wisconsin's: `ethics show wisconsin 12`"],
    // After a list, as `wi 1 12 of nc` is read: the list's last number the other code's.
    [["wi", "1", "12", "of", "medi-cal"], "'12 of medi-cal' names its code last", "the code comes first, and one of its sections: e.g. `ethics show wisconsin 1 medi-cal respect 12`"],
    [["wi", "1", "12", "of", "alaska"], "'12 of alaska' names its code last", "no section of alaska has a 12: see `ethics list alaska`"],
  ])("%j", (argv, expectedMessage, hint) => {
    const error = failure(argv);
    expect([error.message, error.hint, error.exitCode]).toEqual([expectedMessage, hint, 2]);
  });

  it("each command a hint gives runs", () => {
    for (const argv of [["alaska", "conduct", "2", "of", "medi-cal"], ["wi", "1", "12", "of", "medi-cal"], ["wi", "12", "of", "alaska"]]) {
      const commands = [...failure(argv).hint!.matchAll(/`ethics show ([^`]*)`/g)].map(([, words]) => words!);
      expect(commands).not.toEqual([]);
      for (const words of commands) expect(show(words.split(" ")).length).toBeGreaterThan(0);
    }
  });
});

describe("every citation the tool prints is taken back by show", () => {
  const standards = library.codes.flatMap((code) => code.sections.flatMap((section) => section.standards.map((standard) => ({ code, section, standard }))));

  it("covers every standard of the five codes", () => {
    expect(standards).toHaveLength(96 + 108 + 22 + 15 + 21);
  });

  it.each(standards.map(({ standard }) => [standard.citation, standard]))("%s", (citation, standard) => {
    const [target] = show([citation]);
    expect(target).toMatchObject({ kind: "standards", form: "one" });
    expect(target!.kind === "standards" && target!.standards).toEqual([standard]);
  });

  it("each as the words a shell splits it into, and all of them in one call", () => {
    for (const { standard } of standards) expect(show(standard.citation.split(" ")).map(describeTarget)).toEqual([standard.citation]);
    expect(show(standards.map(({ standard }) => standard.citation)).map(describeTarget)).toEqual(standards.map(({ standard }) => standard.citation));
  });

  it("diff's fallback citation, the code id and the section title", () => {
    for (const { code, section, standard } of standards) {
      expect(show([`${code.id} ${section.title} ${standard.number}`]).map(describeTarget)).toEqual([standard.citation]);
    }
  });

  it("value statements and the headings of sections and codes", () => {
    for (const code of library.codes) {
      for (const value of code.values) expect(show([value.citation]).map(describeTarget)).toEqual([value.citation]);
      expect(show([code.shortName]).map(describeTarget)).toEqual([`code ${code.id}`]);
      if (code.sections.length === 1) continue;
      for (const section of code.sections) {
        expect(show([`${code.shortName} · ${section.title}`]).map(describeTarget)).toEqual([`section ${code.shortName} · ${section.title}`]);
      }
    }
  });
});

describe("hints suggest only references that exist", () => {
  const multiSection = library.codes.filter((code) => code.sections.length > 1);
  const cases = multiSection.flatMap((code) => Array.from({ length: 16 }, (_, index) => [code.id, index + 1] as const));
  it.each(cases)("%s %i", (codeId, number) => {
    const hint = failure([codeId, String(number)]).hint!;
    expect(hint.length).toBeLessThanOrEqual(74);
    const suggested = hint.match(/^e\.g\. `ethics show (\S+ \S+ \d+)`/)?.[1];
    if (suggested === undefined) {
      expect(failure([codeId, String(number)]).message).toBe(`no section of ${codeId} has a standard ${number}`);
      expect(hint).toMatch(new RegExp(`^the highest is \\S+ \\d+: see \`ethics list ${codeId}\`$`));
      expect(show(hint.match(/^the highest is (\S+ \d+)/)![1]!.split(" ").map((word, at) => (at === 0 ? `${codeId} ${word}` : word)).join(" ").split(" "))).toHaveLength(1);
      return;
    }
    expect(show(suggested.split(" "))).toHaveLength(1);
    const others = hint.match(/; also (.*?)(, …)?$/)?.[1]?.split(", ") ?? [];
    for (const reference of others) expect(show([codeId, ...reference.split(" ")])).toHaveLength(1);
  });
});

describe("a pasted list of thousands of numbers", () => {
  it("is not echoed back whole: nine missing numbers are said, then how many more", () => {
    const error = failure(["medi-cal", "integrity", Array.from({ length: 2000 }, (_, at) => at + 1).join(",")]);
    expect(error.message).toBe("Medi-Cal Integrity has no 15, 16, 17, 18, 19, 20, 21, 22, 23 and 1977 more");
    expect(error.hint).toBe("Medi-Cal Integrity has 1–14");
  });
});

describe("a word that is no standard's number: whether its hint is only an example", () => {
  it.each([
    [["nc", "money"], "e.g. `ethics show north-carolina 1`", true],
    [["medi-cal", "integrity", "foo"], "e.g. `ethics show medi-cal integrity 1`", true],
    [["nc", "xii"], "in digits: `ethics show north-carolina 12`", false],
    [["nc", "12.0"], "e.g. `ethics show north-carolina 12`", true],
  ])("%j", (argv, hint, onlyExample) => {
    const error = failure(argv);
    expect(error.hint).toBe(hint);
    expect(hintOnlyExample(error)).toBe(onlyExample);
  });
});
