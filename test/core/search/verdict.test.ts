// A question's closing "…, is that unethical?" asks for a verdict on what it told; the question
// is read without it when the verdict names no matter of its own.
import { describe, expect, it } from "vitest";
import { requestApart, verdictApart } from "../../../src/core/search/verdict.js";
import { planQuery, VERDICT_FACTOR } from "../../../src/core/search/query.js";
import { search } from "../../../src/core/search/search.js";
import { join } from "node:path";
import { builtIndex, evaluate, framedCases, readBuiltinLibrary, readEvalCases } from "../../eval/evaluate.js";

describe("verdictApart", () => {
  it.each([
    ["dating a client, is that unethical?", "dating a client", "is that unethical?"],
    ["DATING A CLIENT, IS THAT UNETHICAL?", "DATING A CLIENT", "IS THAT UNETHICAL?"], // any case, kept as typed
    ["dating a client. Is this an ethics violation?", "dating a client", "Is this an ethics violation?"],
    ["my client hugged me - is that ok?", "my client hugged me", "is that ok?"],
    ["my client hugged me — is that ok?", "my client hugged me", "is that ok?"],
    ["A client offered a gift card; would that be against the rules", "A client offered a gift card", "would that be against the rules"],
    ["Can I hug a client? Is that a boundary violation?!", "Can I hug a client", "Is that a boundary violation?!"],
    ["I lent a peer $20, so is it a problem?", "I lent a peer $20", "so is it a problem?"],
  ])("%j → %j + %j", (query, rest, verdict) => {
    expect(verdictApart(query)).toEqual({ rest, verdict });
  });

  it.each([
    ["gifts"],
    ["is that ok?"], // nothing told before it
    ["a, is that ok?"], // nothing meaningful told before it
    ["I saw it. Is that allowed, though?"], // the last clause is not the verdict
    ["tips, is it ok to accept a tip from a client when i drive them home"], // not a few words
    ["a client offered me a gift, I said that is kind"], // says, does not ask
    ["Is it ok to accept a gift from a client?"], // the question itself
  ])("%j has none", (query) => {
    expect(verdictApart(query)).toBeUndefined();
  });

  it("splits a long question at its last clause, and bounds the verdict", () => {
    expect(verdictApart(`${"gift,".repeat(3000)} is that ok?`)?.verdict).toBe("is that ok?");
    expect(verdictApart(`${"a ".repeat(3000)}, is that${" x".repeat(3000)}`)).toBeUndefined();
  });
});

describe("a question that closes by asking for a verdict", () => {
  const root = new URL("../../..", import.meta.url).pathname;
  const library = readBuiltinLibrary(root);
  const index = builtIndex(library);
  const first = (query: string) => search(index, library, query, { limit: 10 }).hits[0]?.citation;

  it.each([
    ["dating a client, is that unethical?", "dating a client"],
    ["working while high, is that unethical?", "working while high"],
    ["snapchatting with clients, is that unethical?", "snapchatting with clients"],
    ["a coworker keeps hitting on me at work. Is this an ethics violation?", "a coworker keeps hitting on me at work"],
    ["As a CPSS, dating a client, is that against the rules?", "dating a client"],
  ])("%j finds first what %j finds first", (asked, bare) => {
    expect(first(asked)).toBe(first(bare));
  });

  it("keeps a verdict that names a matter of its own, at VERDICT_FACTOR", () => {
    const plan = planQuery(index, "Can I hug a client? Is that a boundary violation?");
    const weightOf = (word: string) => plan.words.find((each) => each.word === word)?.weight;
    const bare = planQuery(index, "a boundary violation");
    expect(weightOf("boundary")).toBeCloseTo(VERDICT_FACTOR * bare.words.find((each) => each.word === "boundary")!.weight);
    expect(weightOf("hug")).toBe(planQuery(index, "Can I hug a client?").words.find((each) => each.word === "hug")!.weight);
  });

  it.each([["a peer I support friended me on Facebook, is that a HIPAA violation?", "a peer I support friended me on Facebook"]])(
    "%j finds first one of what %j finds: the situation's rules before the guessed matter's",
    (asked, bare) => {
      const answers = search(index, library, bare, { limit: 10 }).hits.map((hit) => hit.citation);
      expect(answers).toContain(first(asked));
    },
  );

  // At full weight the verdict's broad matter led every question: 0.4936 of first hits right
  // (twenty-third session); at VERDICT_FACTOR 0.8056.
  it("keeps most of the tuning file's first hits when each closes with a verdict naming a broad matter", () => {
    const cases = readEvalCases(join(root, "test/eval/tuning.yaml"));
    const report = evaluate(library, framedCases(cases, (query) => `${query}. Is that a boundary issue?`), index);
    expect(report.firstHit).toBeGreaterThanOrEqual(0.75);
  });

  it("is read whole when what it told names no matter", () => {
    const words = planQuery(index, "the thing I did yesterday, is that unethical?").words.map((word) => word.word);
    expect(words).toContain("unethical");
  });
});

describe("a question that closes by asking for help with what it told", () => {
  const root = new URL("../../..", import.meta.url).pathname;
  const library = readBuiltinLibrary(root);
  const index = builtIndex(library);

  it.each([
    ["My client asked me to be her friend on Facebook. What are my options?", "My client asked me to be her friend on Facebook", "What are my options?"],
    ["client gave me $50 for christmas, any advice?", "client gave me $50 for christmas", "any advice?"],
    ["She keeps texting me at midnight. Thoughts?", "She keeps texting me at midnight", "Thoughts?"],
    ["My peer wants to quit her meds. What would you recommend I do next?", "My peer wants to quit her meds", "What would you recommend I do next?"],
  ])("%j reads %j without %j", (query, rest, closing) => {
    expect(requestApart(query)).toEqual({ rest, verdict: closing });
  });

  it.each([
    ["what are my options"],
    ["as a CPSS, tips"],
    ["My client asked about giving advice to her sister. What does my code say about advice?"],
    ["He wants me to help him move. How do I handle this?"],
  ])("%j has no such closing", (query) => {
    expect(requestApart(query)).toBeUndefined();
  });

  // Closing the tuning file's questions with "What are my options?" had taken the first hit right
  // from 0.9167 to 0.6667 ("options" names exploring options): read without it, 0.9038.
  it("keeps most of the tuning file's first hits when each closes by asking for options", () => {
    const cases = readEvalCases(join(root, "test/eval/tuning.yaml"));
    expect(evaluate(library, framedCases(cases, (query) => `${query}. What are my options?`), index).firstHit).toBeGreaterThanOrEqual(0.89);
  });

  it("searches what was told: a closing's words lead nothing", () => {
    const told = search(index, library, "My client asked me to be her friend on Facebook").hits[0]!.citation;
    expect(search(index, library, "My client asked me to be her friend on Facebook. What are my options?").hits[0]!.citation).toBe(told);
  });
});
