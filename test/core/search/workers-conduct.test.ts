// A concept of the worker's conduct toward someone (concept files' `actor: worker`): its words
// said to the asker ("a client yelled at me", "I got threatened by his brother") tell of
// someone else's conduct toward the worker, which the concept does not govern.
import { describe, expect, it } from "vitest";
import { saidToAsker } from "../../../src/core/search/someone.js";
import { planQuery } from "../../../src/core/search/query.js";
import { search } from "../../../src/core/search/search.js";
import { builtIndex, readBuiltinLibrary } from "../../eval/evaluate.js";
import { words } from "../../../src/core/text.js";

const root = new URL("../../..", import.meta.url).pathname;
const library = readBuiltinLibrary(root);
const index = builtIndex(library);

describe("saidToAsker", () => {
  it.each([
    ["a client yelled at me today", "yelled", "yelled", true],
    ["she went off on me in group", "went", "off", true],
    ["he cussed me out", "cussed", "out", true],
    ["my program manager keeps pressuring me to join his church", "pressuring", "pressuring", true],
    ["i got yelled at by a peer", "yelled", "yelled", true],
    ["i was threatened by his brother", "threatened", "threatened", true],
    // Done by the asker, or said of no one: it may be the asker's own.
    ["i yelled at a client", "yelled", "yelled", false],
    ["how do i stop yelling at clients", "yelling", "yelling", false],
    ["she cussed me out and i yelled back", "yelled", "yelled", false],
    // Done to someone else, by someone else: a coworker's conduct toward a client is the matter.
    ["a staff member yelled at a peer", "yelled", "yelled", false],
    ["a peer was threatened by staff", "threatened", "threatened", false],
    ["staff yelled by the door", "yelled", "yelled", false],
    ["i got yelled at in group today by a participant", "yelled", "yelled", true],
    ["a peer threatened to report me to my boss", "threatened", "threatened", true],
    ["a client is threatening to hurt me", "threatening", "threatening", true],
    ["a client was verbally abusive to me on the phone", "abusive", "abusive", true],
    ["my client made a threat to me yesterday", "threat", "threat", true],
    ["i've been threatened by a peer's boyfriend", "threatened", "threatened", true],
    // An opinion, a slip, a "me" of another clause, the asker's own past deed: not done to the asker.
    ["it sounds like a threat to me", "threat", "threat", false],
    ["i just yelled at a client", "yelled", "yelled", false],
    ["i have restrained a client before", "restrained", "restrained", false],
    ["i've manipulated a peer into staying", "manipulated", "manipulated", false],
    ["i always yelled at my peers when stressed", "yelled", "yelled", false],
    ["i yelled by accident at a client", "yelled", "yelled", false],
    ["a peer who trusts me was pressured by staff to sign", "pressured", "pressured", false],
    ["i was yelling at a client", "yelling", "yelling", false],
    // Heard of, or named so by the asker: "to me" is no object.
    ["a peer described verbal abuse to me from her case manager", "abuse", "abuse", false],
    ["a client disclosed physical abuse to me", "abuse", "abuse", false],
    ["my coworker keeps touching clients, that's harassment to me", "harassment", "harassment", false],
    // Done to others too.
    ["my supervisor threatened me and a client in group", "threatened", "threatened", false],
    // "me and" a new clause, or the asker's own side, is still done to the asker.
    ["a client threatened me and i froze", "threatened", "threatened", true],
    ["a client threatened me and then apologized", "threatened", "threatened", true],
    ["a client yelled at me and my coworker watched", "yelled", "yelled", true],
    ["a client threatened me or my family", "threatened", "threatened", true],
    // A time after the second deed is no object of it.
    ["i got cursed at and threatened this morning by a client", "threatened", "threatened", true],
    ["i was yelled at and threatened the whole session", "threatened", "threatened", true],
    // A manner, or a second deed, between the passive's helper and the deed.
    ["i was sexually harassed by a peer", "harassed", "harassed", true],
    ["i got yelled at and threatened by a client", "threatened", "threatened", true],
    ["i was threatened and harassed by a client", "harassed", "harassed", true],
    ["i got frustrated and raised my voice at a participant", "raised", "raised", false],
  ])("%j from %s to %s: %s", (text, first, last, expected) => {
    const sequence = words(text);
    expect(saidToAsker(sequence, sequence.indexOf(first), sequence.indexOf(last))).toBe(expected);
  });
});

describe("a question about someone's conduct toward the asker", () => {
  const named = (query: string) => planQuery(index, query).matches.map((match) => match.concept.id);

  it("marks the concepts of the worker's conduct toward someone", () => {
    const marked = index.concepts.filter((concept) => concept.workersConduct).map((concept) => concept.id);
    expect(marked).toEqual(expect.arrayContaining(["abusing-people-served", "threats-intimidation-and-harassment", "manipulation-and-undue-influence"]));
    // Its terms say what the person served gives the worker ("left me money"): said to the asker by design.
    expect(marked).not.toContain("exploiting-people-served");
  });

  it.each([
    ["a client yelled at me today, what do i do", "abusing-people-served"],
    ["a peer cussed me out in group", "abusing-people-served"],
    ["i got yelled at by a peer in group", "abusing-people-served"],
    ["i got yelled at by a peer in group", "threats-intimidation-and-harassment"],
    ["i got yelled at in group today by a participant", "abusing-people-served"],
    ["a peer threatened to report me to my boss", "threats-intimidation-and-harassment"],
    ["my program manager keeps pressuring me to join his church", "manipulation-and-undue-influence"],
    // Matched apart, in the asker's passive.
    ["i got threatened by a peer's boyfriend, do i report it", "threats-intimidation-and-harassment"],
  ])("%j does not name %s", (query, concept) => {
    expect(named(query)).not.toContain(concept);
  });

  it.each([
    ["i yelled at a client today and feel awful", "abusing-people-served"],
    ["I lost my temper and yelled at a peer who kept interrupting", "abusing-people-served"],
    ["a staff member yelled at a peer in the lobby", "abusing-people-served"],
    ["is it manipulation to keep pressuring a peer to take his meds", "manipulation-and-undue-influence"],
    // The asker's own deed said too, before or after the one done to them.
    ["a peer keeps yelling at me, is it ok if i yell back", "abusing-people-served"],
    ["a client threatened me so i threatened him back", "threats-intimidation-and-harassment"],
    ["i used too much force on a client who came at me physically", "physical-force-and-restraint"],
    ["a coworker keeps yelling at clients, it looks like verbal abuse to me", "abusing-people-served"],
    ["i just yelled at a client", "abusing-people-served"],
    ["i have restrained a client before, is that allowed", "physical-force-and-restraint"],
    ["i threatened a client and then he reported me", "threats-intimidation-and-harassment"],
  ])("%j still names %s", (query, concept) => {
    expect(named(query)).toContain(concept);
  });

  it("leaves the rules on abusing people served from the first hit of a client yelling at the worker", () => {
    const abuseRules = ["Alaska · Relationship with Clients 3", "Medi-Cal · Safety & Protection 6", "Working Well Together · Safety & Protection 6", "Wisconsin 5", "Wisconsin 14", "North Carolina 10"];
    const first = (query: string) => search(index, library, query).hits[0]?.citation;
    expect(abuseRules).toContain(first("i yelled at a client today"));
    expect(abuseRules).not.toContain(first("a client yelled at me today what do i do"));
  });
});

describe("a theme's words and the rules' own words for a deed done to the asker", () => {
  const named = (query: string) => planQuery(index, query).matches.map((match) => match.concept.id);
  const conductRules = ["Alaska · Relationship with Clients 3", "Medi-Cal · Safety & Protection 6", "Working Well Together · Safety & Protection 6", "Wisconsin 5", "Wisconsin 14", "North Carolina 10"];
  const firstThree = (query: string) => search(index, library, query).hits.slice(0, 3).map((hit) => hit.citation);

  it.each([
    ["my client threatened me, can i stop working with him", "coercion-and-intimidation"],
    ["a client was verbally abusive to me, what do i do", "exploitation-and-abuse"],
    ["my program manager keeps pressuring me to join his church", "coercion-and-intimidation"],
  ])("%j does not name the theme %s", (query, topic) => {
    expect(named(query)).not.toContain(topic);
  });

  it.each([
    ["i threatened a client when i lost my temper", "coercion-and-intimidation"],
    ["is it coercion to threaten to end services if he keeps using", "coercion-and-intimidation"],
    ["a staff member was verbally abusive to a peer", "exploitation-and-abuse"],
    ["a peer reported sexual harassment to me by a staff member, what do i do", "coercion-and-intimidation"],
    ["a peer described verbal abuse to me from her case manager", "exploitation-and-abuse"],
    // Said by the asker too, the deed may be the asker's own.
    ["i was harassed by staff at my last job and now i harass no one", "coercion-and-intimidation"],
  ])("%j still names the theme %s", (query, topic) => {
    expect(named(query)).toContain(topic);
  });

  it("keeps the words of a rule that an unmarked matter the query names also governs", () => {
    // "insulting" is derogatory language's word too: the rules on it stay first.
    expect(firstThree("my coworker keeps insulting me in emails")).toEqual(expect.arrayContaining(["Medi-Cal · Respect 11"]));
    // "coercion" is no word of a marked concept: the rule on non-coercion stays.
    expect(firstThree("staff tell clients they will be discharged if they miss group. that's coercion to me")).toContain("Medi-Cal · Person-Driven 5");
  });

  it("answers a threat made to the worker with no rule against the worker's threats first", () => {
    expect(conductRules).not.toContain(firstThree("my client threatened me, can i stop working with him")[0]);
    expect(conductRules).toContain(firstThree("i threatened a client, what does my code say")[0]);
  });
});
