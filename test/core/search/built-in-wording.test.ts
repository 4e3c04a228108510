// How the built-in concept index reads a few kinds of wording (issue 11): a compound the other
// way round, a question about the specialist's past, clinical abbreviations. Pinned on the
// real index, each a class of wording, not one question.
import { describe, expect, it } from "vitest";
import { search } from "../../../src/core/search/search.js";
import { builtIndex, readBuiltinLibrary } from "../../eval/evaluate.js";

const root = new URL("../../..", import.meta.url).pathname;
const library = readBuiltinLibrary(root);
const index = builtIndex(library);
const named = (query: string) => search(index, library, query, { limit: 10 }).concepts;

describe("the built-in index's reading of a question", () => {
  it.each([
    // "group home" is no AA "home group" (nor "same home group as a client").
    ["my client wants out of the group home", [], ["knowing-someone-before-or-outside-services", "sponsorship-in-mutual-help-groups"]],
    ["my client and I go to the same home group", ["knowing-someone-before-or-outside-services"], []],
    // A question about one's past, in the form it takes.
    ["a man I support keeps asking whether I ever killed anyone overseas", ["sharing-recovery-story"], []],
    ["has a client ever asked you out on a date", ["romance-or-sex-with-people-served"], ["sharing-recovery-story"]],
    // A sum of money said in words, as with its sign.
    ["a client gave me a hundred dollars", ["giving-or-receiving-money"], []],
    ["a client gave me $100", ["giving-or-receiving-money"], []],
    ["a peer I support gave me a couple of hundred bucks", ["giving-or-receiving-money"], []],
    // An acronym typed in capitals that is an entry term itself is that term, not a clipped
    // longer word: MAT is medication-assisted treatment, not "matched" with a client on an app.
    ["client on MAT wants to stop", ["many-pathways-to-recovery"], ["romance-or-sex-with-people-served", "social-media"]],
    // "CPS" is the agency where one calls, reports to or hears from it, and the asker's title
    // (Certified Peer Specialist) where they say they are one: the title names no matter.
    ["do I have to call CPS if a kid tells me his dad hits him", ["reporting-abuse-and-neglect"], []],
    ["a CPS worker called asking about a mom I support", ["reporting-abuse-and-neglect"], []],
    ["new cps here, what am i not allowed to do", [], ["reporting-abuse-and-neglect"]],
    ["I'm a CPS in Georgia, can I give a client a ride", [], ["reporting-abuse-and-neglect"]],
    // Clinical abbreviations.
    ["my supervisor wants me to say what his dx is", ["diagnosing"], []],
    ["treated differently because of his dx", ["discrimination-disability-diagnosis"], []],
    ["can I work while taking my rx", ["prescribed-and-over-the-counter-medication"], []],
    // Entry terms of the thirty-first session, each beside a question it must not name.
    ["my director wants me to make our outcomes look better for the county board", ["truthful-claims-and-public-statements"], []],
    ["should I round up our numbers of contacts in the monthly report", [], ["truthful-claims-and-public-statements"]],
    ["a peer I support wants us to be workout partners at the gym", ["friendship-with-people-served"], []],
    ["a coworker told me I should get him to be realistic about becoming a nurse", ["holding-hope"], []],
    ["my supervisor told me to be realistic about how many clients I can see", [], ["holding-hope"]],
    ["should I lower my expectations of my supervisor", [], ["holding-hope"]],
    ["peer wants me to vouch for him in front of the judge", ["advocating-for-individuals"], []],
    // Entry terms of the thirty-second session: clinical work from a former credential.
    ["I used to be a nurse, can I change my peer's bandages", ["staying-in-the-peer-role"], []],
    ["a nurse on my team keeps calling my clients frequent flyers", [], ["staying-in-the-peer-role"]],
    ["a nurse I share an office with says another peer is using again", [], ["staying-in-the-peer-role", "agency-gift-policy"]],
    ["a client gave me cookies, can I share the gift with the office", ["agency-gift-policy"], []],
    // Favoring one person with time; a meeting place a wheelchair cannot reach.
    ["I keep giving her longer sessions than the others because I like her more", ["power-struggles-and-favoritism"], []],
    ["my supervisor wants longer sessions documented", [], ["power-struggles-and-favoritism"]],
    ["our group meets upstairs with no elevator and a peer uses a wheelchair", ["discrimination-disability-diagnosis"], []],
    ["a client and I talked in the elevator about his meds", [], ["discrimination-disability-diagnosis"]],
    // Organizing against cuts is policy advocacy; a client's own lost benefits are not.
    ["can I help my group organize a protest against the medicaid cuts", ["public-policy-advocacy"], []],
    ["my client lost his medicaid, can I help him reapply", [], ["public-policy-advocacy"]],
    ["can my reference vouch for me on my certification application", [], ["advocating-for-individuals"]],
    // The thirty-third session: "already" with someone known, not with something.
    ["I already knew him before he came to our program", ["knowing-someone-before-or-outside-services"], []],
    ["I'm supposed to know this already", [], ["knowing-someone-before-or-outside-services"]],
    // A program's privileges are no social privilege; one's own privilege is.
    ["my program uses a level system where clients earn privileges", [], ["examining-own-biases"]],
    ["is what my client tells me privileged", [], ["examining-own-biases"]],
    ["how do I check my privilege as a white peer", ["examining-own-biases"], []],
    ["I come from a privileged background and most of my peers don't", ["examining-own-biases"], []],
    ["how do I think about my own privilege in peer support", ["examining-own-biases"], []],
    // Asking a supervisor for help is using supervision; asking a client is not.
    ["is it ok to keep asking my supervisor questions when I'm new", ["using-supervision"], []],
    ["I'm scared to ask my supervisor for help because she'll think I can't do the job", ["using-supervision"], []],
    ["can I ask a client for help moving", [], ["using-supervision"]],
    // The thirty-ninth session: commitments broken in the words people use, and no bail.
    ["I had to cancel on him three weeks in a row", ["keeping-commitments"], []],
    ["can I bail a client out of jail", [], ["keeping-commitments"]],
    // Someone else's story in public asks for their consent; one's own story is one's own.
    ["can I tell a client's story at our fundraiser", ["release-of-information"], []],
    ["how much of my own story should I share with a peer", ["sharing-recovery-story"], []],
    // A parent's discipline of a child is the family's decision (the board's discipline is still
    // named beside it); the board's is not the family's.
    ["as a parent partner can I tell a mom how to discipline her kid", ["family-and-youth-voice-and-choice"], []],
    ["the certification board opened a discipline case against me", [], ["family-and-youth-voice-and-choice"]],
    // The peer role, said as a lane; where someone lives.
    ["my boss wants peers doing UAs on clients, is that even our lane", ["staying-in-the-peer-role"], []],
    ["my client wants out of the group home but the team says no", ["least-restrictive-environment"], []],
    ["what if I run into a client at the grocery store", ["keeping-confidences"], []],
    // The fortieth session: everyday questions the index's words missed, each with a near miss.
    ["how do i know when it's time to stop working with someone", ["ending-services"], []],
    ["my coworker wants to stop working with me on the weekend shift", [], ["ending-services"]],
    ["what kind of language should i use about people with schizophrenia", ["person-first-language"], []],
    ["what words should i avoid in my notes", ["person-first-language"], []],
    ["can I avoid a peer who keeps asking me for money", [], ["person-first-language"]],
    ["can my peer read my notes on her", ["person-centered-documentation"], []],
    ["the psychiatrist wants me to convince my peer to take her meds", ["manipulation-and-undue-influence"], []],
    ["how do I convince my boss to let me work from home", [], ["manipulation-and-undue-influence"]],
  ] as [string, string[], string[]][])("%j names %j and none of %j", (query, wanted, unwanted) => {
    const found = named(query);
    for (const id of wanted) expect(found).toContain(id);
    for (const id of unwanted) expect(found).not.toContain(id);
  });
});
