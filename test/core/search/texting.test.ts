// Texting spellings read as the words they spell ("person w SUD" is "person with SUD").
import { describe, expect, it } from "vitest";
import { spelledOut, withTextingSpelledOut } from "../../../src/core/search/texting.js";
import { planQuery } from "../../../src/core/search/query.js";
import { builtIndex, readBuiltinLibrary } from "../../eval/evaluate.js";
import { words } from "../../../src/core/text.js";

describe("spelledOut", () => {
  it.each([
    ["w", "with"],
    ["b4", "before"],
    ["appt", "appointment"],
    ["bf", "boyfriend"],
    ["clnt", "client"],
    ["shld", "should"],
    ["favs", "favorites"],
    ["bday", "birthday"],
    ["fb", "facebook"],
    ["od", "overdose"],
    ["pics", "pictures"],
    // Also a fracture and a cousin: left as typed.
    ["fx", "fx"],
    ["cuz", "cuz"],
    // Spellings of more than one word, and words that are no spelling, as they are.
    ["pt", "pt"],
    ["sup", "sup"],
    ["rn", "rn"],
    ["2", "2"],
    ["gift", "gift"],
  ])("%s → %s", (typed, meant) => {
    expect(spelledOut(typed)).toBe(meant);
  });
});

describe("withTextingSpelledOut", () => {
  it.each([
    ["can i share notes w/o a release", "can i share notes without a release"],
    ["W/O asking", "without asking"],
    ["i said no b/c of policy", "i said no because of policy"],
    ["24/7 on call", "24/7 on call"],
    // Contractions typed without their apostrophe, as words() reads the same with it.
    ["i cant make it tmrw", "i can't make it tmrw"],
    ["Dont tell him, im scared and ive tried", "Don't tell him, i'm scared and i've tried"],
    ["youre the one, theyll see, whats that", "you're the one, they'll see, what's that"],
    // Words of their own: ill, id, were, well, its, lets, shed.
    ["im ill, id card, were well, its lets shed", "i'm ill, id card, were well, its lets shed"],
    // Pronouns as people state them.
    ["trans client asked me to use they/them", "trans client asked me to use pronouns"],
    ["my pronouns are she/her/hers", "my pronouns are pronouns"],
    ["He/they, new to group", "pronouns, new to group"],
    ["he said she/he would call", "he said she/he would call"],
    ["and/or", "and/or"],
    ["no slash here", "no slash here"],
    ["side fx of lithium", "side effects of lithium"],
    ["hip fx", "hip fx"],
    // A lone letter is a word; a letter joined to another or naming a word is not.
    ["my peer n me", "my peer and me"],
    ["r u on meds", "are you on meds"],
    ["he said the n-word and the r-word", "he said the n-word and the r-word"],
    ["he said the N word", "he said the N word"],
    ["the n\u2011word", "the n\u2011word"],
    ["rock n' roll", "rock n' roll"],
    ["R&R this weekend", "R&R this weekend"],
    ["an N.A. meeting", "an N.A. meeting"],
    ["vitamin b and hep c", "vitamin b and hep c"],
    ["her résumé and the réunion", "her résumé and the réunion"],
    ["u?", "you?"],
    ["(r u ok)", "(are you ok)"],
    // "2" and "4" between words are to and for where the words around say no number is meant.
    ["begging me 2 write a letter", "begging me to write a letter"],
    ["she asked me 4 a loan", "she asked me for a loan"],
    ["pay 4 his meds", "pay for his meds"],
    ["been on subs 2 yrs", "been on subs 2 yrs"],
    ["she has 4 kids", "she has 4 kids"],
    ["only 2 of them showed up", "only 2 of them showed up"],
    ["meet at 4 tomorrow", "meet at 4 tomorrow"],
    ["March 4 she called", "March 4 she called"],
    ["our Part 2 program wants my notes", "our Part 2 program wants my notes"],
    ["we bill 4 units", "we bill 4 units"],
    ["change my W-4 withholding", "change my W-4 withholding"],
    ["paid $4 for it", "paid $4 for it"],
    ["up 24 hours", "up 24 hours"],
  ])("%j → %j", (text, meant) => {
    expect(withTextingSpelledOut(text)).toBe(meant);
  });
});

describe("a query typed on a phone", () => {
  const root = new URL("../../..", import.meta.url).pathname;
  const index = builtIndex(readBuiltinLibrary(root));
  const plannedWords = (query: string) => planQuery(index, query).words.map((word) => word.word);

  it("reads the words meant, and drops those that are small words", () => {
    expect(plannedWords("my bf wants me 2 skip my appt w my clnt")).toEqual(expect.arrayContaining(["boyfriend", "appointment", "client"]));
    expect(plannedWords("person w SUD")).not.toContain("w");
  });

  it("weighs a lone letter or a digit meant as a word as the small word it is", () => {
    expect(plannedWords("my peer calls me the boss n waits for me 2 decide")).not.toContain("n");
    expect(plannedWords("my peer calls me the boss n waits for me 2 decide")).not.toContain("2");
    expect(plannedWords("he keeps using the n-word in group")).toContain("n");
  });

  it("reads every entry term and theme word of the built-in index as it is written: the spelling out never unmakes a term", () => {
    const library = readBuiltinLibrary(root);
    const read = (text: string) => words(text).map(spelledOut);
    const changed = [...library.concepts.flatMap((concept) => [concept.name, ...concept.terms]), ...library.topics.flatMap((topic) => [topic.name, ...topic.synonyms])].filter(
      (term) => read(withTextingSpelledOut(term)).join(" ") !== read(term).join(" "),
    );
    expect(changed).toEqual([]);
  });

  it("holds no entry term with a texting spelling: a query's is spelled out, so the term would never be met", () => {
    const library = readBuiltinLibrary(root);
    const spelt = library.concepts.flatMap((concept) => concept.terms).filter((term) => words(term).some((word) => spelledOut(word) !== word));
    expect(spelt).toEqual([]);
  });

  it("reads an abbreviation of social apps and of overdose as the word it stands for", () => {
    const named = (query: string) => planQuery(index, query).matches.map((match) => match.concept.id);
    expect(named("client sent me a friend request on fb")).toEqual(named("client sent me a friend request on facebook"));
    expect(named("can i tell a client about my OD")).toEqual(named("can i tell a client about my overdose"));
    expect(named("can i tell a client about my OD")).toContain("sharing-recovery-story");
  });

  it("names what the words spelled out name: a client's boyfriend is a matter the bare letters were not", () => {
    const named = (query: string) => planQuery(index, query).matches.map((match) => match.concept.id);
    expect(named("my clnt's bf keeps texting me")).toEqual(named("my client's boyfriend keeps texting me"));
    // An entry term said with its apostrophe ("can't make it") is met without one.
    expect(named("i cant make it to his appointment")).toEqual(named("i can't make it to his appointment"));
    expect(named("i cant make it to his appointment")).not.toEqual(named("i make it to his appointment"));
  });
});
