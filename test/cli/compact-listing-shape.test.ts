// The cached listing of `concepts --json` is used only whole and consistent: anything else is a
// miss (made again), never output that differs or a crash.
import { describe, expect, it } from "vitest";
import { compactListing } from "../../src/core/concepts/listing.js";
import { isCompactListing } from "../../src/cli/topic-views.js";

const cited = (code: string, number: number, inferred = false) => ({ code, section: "s", number, citation: `${code} ${number}`, ...(inferred ? { inferred: true as const } : {}) });
const made = () =>
  compactListing({
    topics: [{ id: "t", name: "T", concepts: [{ id: "x", name: "X", topic: "t", description: "", terms: ["a"], questions: [], standards: [cited("a", 1), cited("b", 2, true)], related: [cited("a", 3)] }] }],
  });
type Compact = ReturnType<typeof made>;

describe("isCompactListing", () => {
  it.each<[string, (topic: Compact) => unknown, boolean]>([
    ["as compactTopic made it", (topic) => topic, true],
    ["read back from JSON", (topic) => JSON.parse(JSON.stringify(topic)), true],
    ["not an object", () => [], false],
    ["a topic without its name", (topic) => (delete (topic.topics[0] as Partial<Compact["topics"][number]>).name, topic), false],
    ["a column shorter than the others", (topic) => ((topic.cited.number = [1]), topic), false],
    ["a place past the citations", (topic) => ((topic.topics[0]!.concepts[0]!.standards = [0, 3]), topic), false],
    ["a negative place", (topic) => ((topic.topics[0]!.concepts[0]!.related = [-1]), topic), false],
    ["a fractional place", (topic) => ((topic.topics[0]!.concepts[0]!.related = [0.5]), topic), false],
    ["a code past the codes", (topic) => ((topic.cited.code = [0, 5, 0]), topic), false],
    ["a section past the sections", (topic) => ((topic.cited.section = [0, 1, 0]), topic), false],
    ["inferred neither 0 nor 1", (topic) => ((topic.cited.inferred = [0, 2 as 1, 0]), topic), false],
    ["a number that is not one", (topic) => ((topic.cited.number = [1, "2" as unknown as number, 3]), topic), false],
    ["a citation that is not a string", (topic) => ((topic.cited.citation = ["a 1", null as unknown as string, "a 3"]), topic), false],
    ["a concept without its terms", (topic) => (delete (topic.topics[0]!.concepts[0] as Partial<Compact["topics"][number]["concepts"][number]>).terms, topic), false],
  ])("%s", (_case, change, ok) => {
    expect(isCompactListing(change(made()))).toBe(ok);
  });
});
