// The reference grammar (the numbered comment at the top of src/core/codes/ref.ts), one line a case.
import { describe, expect, it } from "vitest";
import { UsageError } from "../../../src/core/errors.js";
import { looksLikeSelection, normalizeWord, numbersFrom, parseReferences, parseSelection, pickNumbers, readTokens, withCommasSpaced, type Reference } from "../../../src/core/codes/ref.js";

/** A reference as one line: the name words with `·` where the code's end is marked, then [selection]. */
function shape(reference: Reference): string {
  const words = [...reference.words];
  if (reference.codeWords !== undefined) words.splice(reference.codeWords, 0, "·");
  return [...words, ...(reference.selection ? [`[${reference.selection.form} ${reference.selection.text}]`] : [])].join(" ");
}

describe("parseReferences", () => {
  it.each([
    // 1–8: the forms of the grammar
    [["alaska"], ["alaska"]],
    [["medi-cal", "integrity"], ["medi-cal integrity"]],
    [["medi-cal", "integrity", "12"], ["medi-cal integrity [one 12]"]],
    [["medi-cal", "integrity", "5-7"], ["medi-cal integrity [range 5-7]"]],
    [["medi-cal", "integrity", "12-"], ["medi-cal integrity [range 12-]"]],
    [["medi-cal", "integrity", "5,7,10-12"], ["medi-cal integrity [list 5,7,10-12]"]],
    // numbers after a reference's numbers, with spaces or "and" between: more of its list
    [["medi-cal", "integrity", "5", "7"], ["medi-cal integrity [list 5,7]"]],
    [["wi", "1", "and", "3-4"], ["wi [list 1,3-4]"]],
    [["alaska", "conduct", "4", "5", "nc", "2"], ["alaska conduct [list 4,5]", "nc [one 2]"]],
    [["wisconsin", "8"], ["wisconsin [one 8]"]],
    [["alaska", "values", "2"], ["alaska values [one 2]"]],
    // 9: citations as the tool prints them
    [["Alaska · Conflicts of Interest 3"], ["Alaska · Conflicts of Interest [one 3]"]],
    [["Working Well Together · Integrity 5"], ["Working Well Together · Integrity [one 5]"]],
    [["North Carolina 15"], ["North Carolina [one 15]"]],
    [["Alaska • Conduct 4"], ["Alaska · Conduct [one 4]"]],
    [["Medi-Cal · Integrity", "12"], ["Medi-Cal · Integrity [one 12]"]],
    [["Alaska", "·", "Conduct", "4"], ["Alaska · Conduct [one 4]"]],
    [["Alaska", "· Conduct 4"], ["Alaska · Conduct [one 4]"]],
    // 10: the one-word form
    [["medi-cal:integrity:12"], ["medi-cal · integrity [one 12]"]],
    [["medi-cal:integrity"], ["medi-cal · integrity"]],
    // …with names of several words, each colon between two names' letters (adv45)
    [["medi-cal:cultural responsiveness:1"], ["medi-cal · cultural responsiveness [one 1]"]],
    [["Medi-Cal:Safety & Protection:7"], ["Medi-Cal · Safety & Protection [one 7]"]],
    [["north carolina:1"], ["north carolina · [one 1]"]],
    [["working well together:integrity:5,7"], ["working well together · integrity [list 5,7]"]],
    [["wisconsin::8"], ["wisconsin · [one 8]"]],
    [["medi-cal:integrity", "5-7"], ["medi-cal · integrity [range 5-7]"]],
    // quoting changes nothing; words of several parts
    [["medi-cal integrity 12"], ["medi-cal integrity [one 12]"]],
    [["north", "carolina", "15"], ["north carolina [one 15]"]],
    [["medi-cal", "Safety & Protection", "6"], ["medi-cal Safety & Protection [one 6]"]],
    [["  medi-cal  ", " integrity ", " 12 "], ["medi-cal integrity [one 12]"]],
    // numbers as people type them
    [["medi-cal", "integrity", "5", "-", "7"], ["medi-cal integrity [range 5-7]"]],
    [["medi-cal", "integrity", "5,", "7"], ["medi-cal integrity [list 5,7]"]],
    [["medi-cal integrity 5 , 7 - 9"], ["medi-cal integrity [list 5,7-9]"]],
    [["medi-cal", "integrity", "5–7"], ["medi-cal integrity [range 5-7]"]],
    [["medi-cal", "integrity", "12", "-"], ["medi-cal integrity [range 12-]"]],
    // diff's pair line up to its colon: the number's, not a one-word form's (it was the code '6')
    [["medi-cal safety 6:"], ["medi-cal safety [one 6]"]],
    [["medi-cal", "safety", "6:"], ["medi-cal safety [one 6]"]],
    [["Alaska · Conduct 4 → Medi-Cal · Integrity 5,6:"], ["Alaska · Conduct [one 4]", "Medi-Cal · Integrity [list 5,6]"]],
    [["medi-cal", "integrity", "١٢"], ["medi-cal integrity [one 12]"]],
    [["medi-cal", "integrity", "۱۲"], ["medi-cal integrity [one 12]"]],
    [["medi-cal", "integrity", "１２"], ["medi-cal integrity [one 12]"]],
    [["medi-cal", "integrity", "१२-१४"], ["medi-cal integrity [range 12-14]"]],
    [["medi-cal", "integrity", "012"], ["medi-cal integrity [one 012]"]],
    [["medi-cal", "integrity", "twelve"], ["medi-cal integrity twelve"]],
    // numbers as handouts and habits print them
    [["medi-cal", "integrity", "12."], ["medi-cal integrity [one 12]"]],
    [["medi-cal", "integrity", "#12"], ["medi-cal integrity [one 12]"]],
    [["medi-cal", "integrity", "§12"], ["medi-cal integrity [one 12]"]],
    [["medi-cal", "integrity", "§", "12"], ["medi-cal integrity [one 12]"]],
    [["medi-cal", "integrity", "§§12-14"], ["medi-cal integrity [range 12-14]"]],
    [["medi-cal", "integrity", "5..7"], ["medi-cal integrity [range 5-7]"]],
    [["medi-cal", "integrity", "5...7"], ["medi-cal integrity [range 5-7]"]],
    [["medi-cal", "integrity", "5…7"], ["medi-cal integrity [range 5-7]"]],
    [["medi-cal", "integrity", "12.."], ["medi-cal integrity [range 12-]"]],
    [["medi-cal", "integrity", "5-7."], ["medi-cal integrity [range 5-7]"]],
    [["medi-cal integrity 5 to 7"], ["medi-cal integrity [range 5-7]"]],
    [["medi-cal", "integrity", "5", "through", "7"], ["medi-cal integrity [range 5-7]"]],
    [["medi-cal", "integrity", "1,3", "thru", "5"], ["medi-cal integrity [list 1,3-5]"]],
    // lists in words: "and" was read as a code's name
    [["medi-cal", "integrity", "5", "and", "7"], ["medi-cal integrity [list 5,7]"]],
    [["medi-cal integrity 5 & 7"], ["medi-cal integrity [list 5,7]"]],
    [["medi-cal integrity 1 to 3 and 5"], ["medi-cal integrity [list 1-3,5]"]],
    [["medi-cal integrity 1 and 3 through 5 and 7"], ["medi-cal integrity [list 1,3-5,7]"]],
    [["medi-cal integrity 5 and alaska conduct 4"], ["medi-cal integrity [one 5]", "alaska conduct [one 4]"]],
    [["medi-cal integrity 12. alaska conduct #4"], ["medi-cal integrity 12. alaska conduct [one 4]"]],
    [["medi-cal integrity #12; alaska conduct 4"], ["medi-cal integrity [one 12]", "alaska conduct [one 4]"]],
    [["medi-cal integrity 12.", "Alaska · Conduct 4."], ["medi-cal integrity [one 12]", "Alaska · Conduct [one 4]"]],
    // …but not what is no number, and a marked number before a name is a title's word
    [["medi-cal", "integrity", "12.0"], ["medi-cal integrity 12.0"]],
    [["medi-cal", "integrity", "1.3"], ["medi-cal integrity 1.3"]],
    // a letter written with the number is an item of it (target.ts): `12a`, `12(a)`
    [["medi-cal", "integrity", "12a"], ["medi-cal integrity [one 12]", "a"]],
    [["medi-cal", "integrity", "12(b)"], ["medi-cal integrity [one 12]", "b"]],
    [["medi-cal", "integrity", "12ab"], ["medi-cal integrity 12ab"]],
    // …an item labelled with a number in parentheses: `1 3` is standards 1 and 3
    [["riverside", "privacy", "1(3)"], ["riverside privacy [one 1]", "3"]],
    [["riverside", "privacy", "1.(3)"], ["riverside privacy [one 1]", "3"]],
    [["riverside", "privacy", "1", "3"], ["riverside privacy [list 1,3]"]],
    [["riverside privacy 1(3); wi 2"], ["riverside privacy [one 1]", "3", "wi [one 2]"]],
    // …only where the word ends its reference: a section `2b` of a user's code, and its 3
    [["riverside", "2b", "3"], ["riverside 2b [one 3]"]],
    [["medi-cal integrity 12(b); alaska conduct 4"], ["medi-cal integrity [one 12]", "b", "alaska conduct [one 4]"]],
    [["riverside", "1.", "conduct", "2"], ["riverside 1. conduct [one 2]"]],
    [["riverside", "#2", "privacy", "1"], ["riverside #2 privacy [one 1]"]],
    [["medi-cal", "integrity", "十二"], ["medi-cal integrity 十二"]],
    // 11: several references
    [["medi-cal", "integrity", "12", "alaska", "conduct", "4"], ["medi-cal integrity [one 12]", "alaska conduct [one 4]"]],
    [["Medi-Cal · Integrity 12", "Alaska · Conduct 4"], ["Medi-Cal · Integrity [one 12]", "Alaska · Conduct [one 4]"]],
    [["Medi-Cal · Integrity 12, Alaska · Conduct 4"], ["Medi-Cal · Integrity [one 12]", "Alaska · Conduct [one 4]"]],
    [["Medi-Cal · Integrity", "Alaska · Conduct"], ["Medi-Cal · Integrity", "Alaska · Conduct"]],
    [["medi-cal integrity; alaska conduct"], ["medi-cal integrity", "alaska conduct"]],
    [["medi-cal", "integrity", ";", "alaska"], ["medi-cal integrity", "alaska"]],
    [["alaska;;", ";nc"], ["alaska", "nc"]],
    [["medi-cal:integrity:12", "ak:conduct:4"], ["medi-cal · integrity [one 12]", "ak · conduct [one 4]"]],
    [["alaska", "Medi-Cal · Integrity 12"], ["alaska", "Medi-Cal · Integrity [one 12]"]],
    // a ":" of its own, or a one-word form with no code, goes on the reference, as "nc:" does
    [["nc", ":"], ["nc ·"]],
    [["nc", ":", "3"], ["nc · [one 3]"]],
    [["medi-cal", ":integrity:12"], ["medi-cal · integrity [one 12]"]],
    [["nc", ":3", "wi", ":2"], ["nc · [one 3]", "wi · [one 2]"]],
    // the mark search and show print after a user's code's citation or heading is no word of it
    [["Riverside · Boundaries 1 (user code)"], ["Riverside · Boundaries [one 1]"]],
    [["Riverside 1 (USER CODE)", "Alaska · Conduct 4"], ["Riverside [one 1]", "Alaska · Conduct [one 4]"]],
    [["Riverside · Boundaries (user code: /home/me/my codes/riverside.yaml)"], ["Riverside · Boundaries"]],
    [["Riverside Code (user code: riverside.yaml)"], ["Riverside Code"]],
    // …only after a word, and only whole
    [["(user code)"], ["(user code)"]],
    [["riverside (user"], ["riverside (user"]],
    [["riverside (user code: no end"], ["riverside (user code: no end"]],
    // the strength topic prints after a citation, with its qualifiers, is no word of it
    [["Alaska · Conflicts of Interest 3 · prohibits"], ["Alaska · Conflicts of Interest [one 3]"]],
    [["Alaska · Conflicts of Interest 3 · prohibits (substantial gifts or loans; note: as deemed inappropriate by the agency)"], ["Alaska · Conflicts of Interest [one 3]"]],
    [["North Carolina 15 · defers (if allowed by the agency)", "Wisconsin 12 · PROHIBITS"], ["North Carolina [one 15]", "Wisconsin [one 12]"]],
    // …cut short when pasted, to the end
    [["Wisconsin 12 · prohibits (gifts of significant"], ["Wisconsin [one 12]"]],
    // the lines diff prints: merges and pairs
    [["Working Well Together · Respect 4 + Working Well Together · Respect 5 → Medi-Cal · Respect 4"], ["Working Well Together · Respect [one 4]", "Working Well Together · Respect [one 5]", "Medi-Cal · Respect [one 4]"]],
    [["Alaska · Relationship with Clients 3 → Medi-Cal · Safety & Protection 6"], ["Alaska · Relationship with Clients [one 3]", "Medi-Cal · Safety & Protection [one 6]"]],
  ])("%j → %j", (argv, expected) => {
    expect(parseReferences(argv).map(shape)).toEqual(expected);
  });

  it.each([
    [[], "missing code"],
    [[""], "missing code"],
    [["", " "], "missing code"],
    // an unset variable's empty argument beside others: read without it, it showed the section
    [["medi-cal", "integrity", ""], `argument 3 of 'medi-cal integrity ""' is empty`],
    [["", "wi", "1"], `argument 1 of '"" wi 1' is empty`],
    [["wi", "  ", "1"], `argument 2 of 'wi "" 1' is empty`],
    [[";"], "missing code"],
    [["12"], "'12' has no code before it"],
    // after "; " a number starts a reference of its own
    [["medi-cal", "integrity", "5;", "7"], "'7' has no code before it"],
    [["medi-cal", "integrity", "7-5"], "'7-5' runs backwards"],
    [["wisconsin", "0"], "'0': standards are numbered from 1"],
    [["wisconsin", "3-0"], "standards are numbered from 1"],
    [["medi-cal", "integrity", "5--7"], "'5--7' is not a standard number"],
    [["medi-cal", "integrity", "5,,7"], "'5,,7' is not a standard number"],
    [["a:b:c:d"], "'a:b:c:d' has too many parts"],
    [[":integrity:12"], "':integrity:12' names no code"],
    [[":"], "':' names no code"],
    [["· Integrity 12"], "'· Integrity 12' names no code"],
    [["Medi-Cal · Integrity Alaska · Conduct"], "has two ·"],
  ])("%j is a usage error: %s", (argv, message) => {
    let thrown: unknown;
    try {
      parseReferences(argv);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UsageError);
    expect((thrown as UsageError).message).toContain(message);
    expect((thrown as UsageError).exitCode).toBe(2);
  });
});

describe("parseSelection", () => {
  it.each([
    ["12", "one", [[12, 12]]],
    ["5-7", "range", [[5, 7]]],
    ["12-", "range", [[12, "last"]]],
    ["5,7,10-12", "list", [[5, 5], [7, 7], [10, 12]]],
    [" 5 - 7 ", "range", [[5, 7]]],
    ["9007199254740991", "one", [[9007199254740991, 9007199254740991]]],
    ["9007199254740992", "one", [[Infinity, Infinity]]],
    ["99999999999999999999", "one", [[Infinity, Infinity]]],
    ["1-99999999999999999999", "range", [[1, Infinity]]],
  ])("%j is %s %j", (text, form, spans) => {
    const selection = parseSelection(text);
    expect(selection.form).toBe(form);
    expect(selection.spans.map(({ from, to }) => [from.value, to === "last" ? "last" : to.value])).toEqual(spans);
  });

  it("keeps the digits typed past the safe integers, for messages", () => {
    expect(parseSelection("00099999999999999999999").spans[0]!.from.text).toBe("99999999999999999999");
  });

  it.each([["12", true], ["5-7", true], ["12-", true], ["5, 7", true], ["١٢", true], ["integrity", false], ["-5", false], ["", false]])("looksLikeSelection(%j) is %s", (text, expected) => {
    expect(looksLikeSelection(text)).toBe(expected);
  });
});

describe("pickNumbers: what exists, never the span typed", () => {
  const oneToFourteen = Array.from({ length: 14 }, (_, index) => index + 1);
  it.each([
    ["12", oneToFourteen, [12], []],
    ["12-", oneToFourteen, [12, 13, 14], []],
    ["14-", oneToFourteen, [14], []],
    ["5-7", oneToFourteen, [5, 6, 7], []],
    ["7,5,7", oneToFourteen, [7, 5], []],
    ["1-9", [1, 2, 3, 5, 7, 8, 9], [1, 2, 3, 5, 7, 8, 9], []],
    ["15", oneToFourteen, [], ["15"]],
    ["12-20", oneToFourteen, [], ["20"]],
    ["20-", oneToFourteen, [], ["20"]],
    ["99999999999999999999", oneToFourteen, [], ["99999999999999999999"]],
    ["1-99999999999999999999", oneToFourteen, [], ["99999999999999999999"]],
    ["9007199254740993-", oneToFourteen, [], ["9007199254740993"]],
    // A range neither end of which exists is missed as the range.
    ["3,15,16-17", oneToFourteen, [3], ["15", "16-17"]],
    ["3,15,14-17", oneToFourteen, [3], ["15", "17"]],
  ])("%j of %j finds %j, misses %j", (text, available, found, missing) => {
    expect(pickNumbers(parseSelection(text), available)).toEqual({ found, missing, pastLast: [] });
  });

  // As `show` picks: a range from a number there past the last runs to the last, said in
  // pastLast, an end past the safe integers too (never walked to: the work is what exists); a
  // start not there, or a number of a list not there, is missed still.
  it.each([
    ["12-20", oneToFourteen, [12, 13, 14], [], ["20"]],
    ["10-15", oneToFourteen, [10, 11, 12, 13, 14], [], ["15"]],
    ["14-15", oneToFourteen, [14], [], ["15"]],
    ["5,10-15,12-20", oneToFourteen, [5, 10, 11, 12, 13, 14], [], ["15", "20"]],
    ["7-20", [1, 2, 3, 5, 7, 8, 9], [7, 8, 9], [], ["20"]],
    ["12-9007199254740991", oneToFourteen, [12, 13, 14], [], ["9007199254740991"]],
    ["15-20", oneToFourteen, [], ["15-20"], []],
    ["4-20", [1, 2, 3, 5, 7, 8, 9], [], ["4-20"], []],
    ["6-8", [1, 2, 3, 5, 7, 8, 9], [], ["6"], []],
    ["13,99", oneToFourteen, [13], ["99"], []],
    ["1-99999999999999999999", oneToFourteen, oneToFourteen, [], ["99999999999999999999"]],
    ["12-9007199254740992", oneToFourteen, [12, 13, 14], [], ["9007199254740992"]],
    ["12-9007199254740993", oneToFourteen, [12, 13, 14], [], ["9007199254740993"]],
    ["99999999999999999999-", oneToFourteen, [], ["99999999999999999999"], []],
  ])("to the last: %j of %j finds %j, misses %j, runs past %j", (text, available, found, missing, pastLast) => {
    expect(pickNumbers(parseSelection(text), available, true)).toEqual({ found, missing, pastLast });
  });
});

describe("numbersFrom: what the grammar reads after a reference's number", () => {
  // As after a printed citation's number (printed-citation.ts): the tokens from the number on.
  it.each([
    [["5"], "5", 1],
    [["5 to 7"], "5-7", 3],
    [["5 and 6 9"], "5,6,9", 4],
    [["5 7 & 9 through 11"], "5,7,9-11", 6],
    [["§ 5 7"], "5,7", 3],
    // a joining word before another reference is taken, to join them
    [["3 and Wisconsin 12"], "3", 2],
    [["3, Wisconsin 12"], "3", 1],
    // not before nothing, a `;`, another joining word, or a number a name follows (`7 nc`)
    [["3 and"], "3", 1],
    [["3 and ; wi"], "3", 1],
    [["3 and and wi"], "3", 1],
    [["5 7 nc"], "5", 1],
    [["5 7 nc 2"], "5,7", 2],
    // an open range's end left out is the grammar's to say
    [["5- § 7"], "5-", 1],
    [["5 Alaska · Conduct 4"], "5", 1],
  ])("%j reads %j, to token %i", (argv, text, end) => {
    expect(numbersFrom(readTokens(argv), 0)).toEqual({ text, end });
  });

  it("a name reads no number", () => {
    expect(numbersFrom(readTokens(["wi 3"]), 0)).toBeUndefined();
  });
});

describe("withCommasSpaced", () => {
  it.each([
    [["nc 15,wi 12"], ["nc", "15,", "wi", "12"]],
    [["integrity 5,7,wi"], ["integrity", "5,7,", "wi"]],
    [["integrity 12-,wi"], ["integrity", "12-,", "wi"]],
    // numbers after the comma are a list, and a name's own comma is no number's
    [["wi 12,13"], ["wi", "12,13"]],
    [["wellness, recovery"], ["wellness,", "recovery"]],
    // the comma ends a number, not another comma or a dash alone
    [[",5,wi"], [",5,", "wi"]],
    [["5,,wi"], ["5,,wi"]],
    [["-,wi"], ["-,wi"]],
    [[",wi"], [",wi"]],
  ])("%j → %j", (argv, words) => {
    expect(withCommasSpaced(readTokens(argv)).map((token) => token.text)).toEqual(words);
  });
});

describe("normalizeWord", () => {
  it.each([
    ["١٢", "12"],
    ["۰۹", "09"],
    ["１２", "12"],
    ["१४", "14"],
    ["𝟏𝟐", "12"],
    ["৩", "3"],
    ["12–14", "12-14"],
    ["12—14", "12-14"],
    ["12−14", "12-14"],
    ["Medi-Cal", "Medi-Cal"],
  ])("%j → %j", (text, expected) => {
    expect(normalizeWord(text)).toBe(expected);
  });
});
