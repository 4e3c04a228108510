// The concept index of data/concepts/: its size and coverage (the targets), and the
// loader's messages for broken concept files.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MIN_TERMS, parseConceptText } from "../../../src/core/concepts/load-concepts.js";
import { readDataDirectory } from "../../../src/core/library/read-data.js";
import { allStandards, type StandardKey } from "../../../src/model.js";

const root = join(import.meta.dirname, "../../..");
const library = readDataDirectory(join(root, "data"), "data");
const { codes, topics, concepts } = library;
const keyOf = (key: StandardKey) => `${key.code} ${key.section} ${key.number}`;

describe("the concept index", () => {
  it(`has at least 100 concepts, each with at least ${MIN_TERMS} entry terms and a question`, () => {
    expect(concepts.length).toBeGreaterThanOrEqual(100);
    for (const concept of concepts) {
      expect(concept.terms.length, concept.id).toBeGreaterThanOrEqual(MIN_TERMS);
      expect(concept.questions.length, concept.id).toBeGreaterThanOrEqual(1);
      expect(concept.standards.length, concept.id).toBeGreaterThanOrEqual(1);
    }
  });

  it("tags every standard of every built-in code with at least one concept", () => {
    const tagged = new Set(concepts.flatMap((concept) => concept.standards.map(keyOf)));
    const untagged = codes.flatMap(allStandards).filter((standard) => !tagged.has(keyOf(standard)));
    expect(untagged.map((standard) => standard.citation)).toEqual([]);
  });

  it("files every concept under a topic, and every topic has concepts", () => {
    const topicIds = new Set(topics.map((topic) => topic.id));
    for (const concept of concepts) expect(topicIds.has(concept.topic), concept.id).toBe(true);
    for (const topic of topics) expect(concepts.some((concept) => concept.topic === topic.id), topic.id).toBe(true);
  });

  it("makes a topic's standards the union of its concepts' standards", () => {
    for (const topic of topics) {
      const ofConcepts = new Set(concepts.filter((concept) => concept.topic === topic.id).flatMap((concept) => concept.standards.map(keyOf)));
      expect(new Set(topic.standards.map(keyOf)), topic.id).toEqual(ofConcepts);
    }
  });
});

describe("a concept file's problems", () => {
  const topicsOnly = topics;
  const good = `topic: gifts
concepts:
  - id: accepting-gifts-test
    name: Accepting gifts
    description: Taking a gift.
    terms: [gift, present, tip, gift card, thank-you gift]
    questions: [Can I take a gift?]
    standards:
      wisconsin: [12]
`;
  const parse = (text: string, fileTopic = "gifts") => parseConceptText(text, "gifts.yaml", fileTopic, topicsOnly, codes);

  it("reads a good file", () => {
    const { concepts: parsed, problems } = parse(good);
    expect(problems).toEqual([]);
    expect(parsed![0]).toMatchObject({ id: "accepting-gifts-test", topic: "gifts", standards: [{ code: "wisconsin", section: "code-of-conduct", number: 12 }] });
  });

  it.each([
    ["no related standards", good, []],
    ["related standards, each code its own list", `${good}    related:\n      wisconsin: [8]\n      medi-cal: [integrity 2-3]\n`, ["wisconsin code-of-conduct 8", "medi-cal integrity 2", "medi-cal integrity 3"]],
  ])("reads %s", (_what, text, related) => {
    const { concepts: parsed, problems } = parse(text);
    expect(problems).toEqual([]);
    expect((parsed![0]!.related ?? []).map(keyOf)).toEqual(related);
    expect(parsed![0]!.standards.map(keyOf)).toEqual(["wisconsin code-of-conduct 12"]);
  });

  it.each([
    ["no actor", good, undefined],
    ["the worker as the actor of the matter", `${good}    actor: worker\n`, "worker"],
  ])("reads %s", (_what, text, actor) => {
    const { concepts: parsed, problems } = parse(text);
    expect(problems).toEqual([]);
    expect(parsed![0]!.actor).toBe(actor);
  });

  it.each([
    ["a related standard that is also a standard of the concept", `${good}    related:\n      wisconsin: [8, 12]\n`, /wisconsin code-of-conduct 12 is in both standards and related of 'accepting-gifts-test'/],
    ["a related reference to no standard", `${good}    related:\n      wisconsin: [16]\n`, /wisconsin code-of-conduct has no standard 16/],
    ["a related reference to no code", `${good}    related:\n      wisconsn: [8]\n`, /no code 'wisconsn' is loaded — did you mean wisconsin\?/],
    ["a related standard listed twice", `${good}    related:\n      wisconsin: [8, 7-8]\n`, /wisconsin code-of-conduct 8 is listed twice/],
    ["an empty related list", `${good}    related:\n      wisconsin: []\n`, /expected at least one standard/],
    ["a reference to no standard", good.replace("[12]", "[99]"), /wisconsin code-of-conduct has no standard 99 \(its standards are 1–15\)/],
    ["an alias for a code id", good.replace("wisconsin:", "wi:"), /'wi' is an alias: write the code id 'wisconsin'/],
    ["too few terms", good.replace("[gift, present, tip, gift card, thank-you gift]", "[gift, present]"), /at least 5 entry terms/],
    ["no question", good.replace("[Can I take a gift?]", "[]"), /at least one plain-language question/],
    ["an unknown field", good.replace("    name:", "    nmae: x\n    name:"), /unknown field 'nmae' — did you mean name\?/],
    ["a term twice", good.replace("thank-you gift]", "Gift]"), /'Gift' is already terms\[0\]/],
    ["a topic that does not exist", good.replace("topic: gifts", "topic: giftz"), /no topic 'giftz' in topics.yaml — did you mean gifts\?/],
    ["a topic other than its file's name", good.replace("topic: gifts", "topic: boundaries"), /named gifts.yaml but files its concepts under 'boundaries'/],
    ["a concept id that is not a slug", good.replace("accepting-gifts-test", "Accepting Gifts"), /concept id: lowercase letters/],
    ["an actor other than the worker or a colleague", `${good}    actor: client\n`, /expected actor: worker, actor: colleague, or no actor/],
  ])("%s", (_what, text, message) => {
    const { concepts: parsed, problems } = parse(text);
    expect(parsed).toBeNull();
    expect(problems.map((problem) => problem.message).join("\n")).toMatch(message);
    for (const problem of problems) expect(problem.line).toBeGreaterThan(0);
  });
});
