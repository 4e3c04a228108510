// Rendering the topics matrix and a topic's report over many codes reads each code a bounded
// number of times: a lookup in a list per code made both grow with the square of the codes (10,000
// users' codes: ~50 million comparisons for the matrix's marks alone). Counted, not timed.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { TopicReport, TopicsMatrix } from "../../src/core/concepts/topics.js";
import { readDataDirectory } from "../../src/core/library/read-data.js";
import type { Code, Library } from "../../src/model.js";
import { renderTopicReport, renderTopicsMatrix } from "../../src/render/topics.js";

const builtin: Library = readDataDirectory(join(import.meta.dirname, "../..", "data"));
const COUNT = 2000;

/** `list` behind a proxy that counts the reads of its elements. */
function counting<T>(list: T[]): { list: T[]; reads: () => number } {
  let reads = 0;
  const proxy = new Proxy(list, {
    get(target, key, receiver) {
      if (typeof key === "string" && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver);
    },
  });
  return { list: proxy, reads: () => reads };
}

/** The built-in codes and COUNT users' codes (copies of the first, under new ids). */
function manyCodes(): Code[] {
  const users = Array.from({ length: COUNT }, (_, at): Code => ({ ...builtin.codes[0]!, id: `user-${at}`, aliases: [], origin: "user", file: `/data/user-${at}.yaml` }));
  return [...builtin.codes, ...users];
}

describe("rendering over many codes", () => {
  it("the matrix reads its list of inferred codes once, not once a code", () => {
    const codes = manyCodes();
    const inferred = counting(codes.filter((code) => code.origin === "user").map((code) => code.id));
    const matrix: TopicsMatrix = { topics: [{ id: "gifts", name: "Gifts", counts: Object.fromEntries(codes.map((code) => [code.id, 1])) }], inferred: inferred.list };
    const text = renderTopicsMatrix(matrix, { ...builtin, codes }, { color: false, width: Infinity });
    expect(text).toContain("user-1999*");
    expect(inferred.reads()).toBeLessThanOrEqual(2 * COUNT);
  });

  it("a topic's report finds each code and standard without searching the library for it", () => {
    const codes = manyCodes();
    const library = counting(codes);
    const standard = builtin.codes[0]!.sections[0]!.standards[0]!;
    const report: TopicReport = {
      id: "gifts",
      name: "Gifts",
      description: "Gifts.",
      kind: "topic",
      concepts: [],
      codes: codes.map((code) => ({ code: code.id, strength: "requires", standards: [{ code: code.id, section: standard.section, sectionTitle: standard.sectionTitle, number: standard.number, text: standard.text, items: [], notes: [], editorial: [], citation: `${code.id} 1`, strength: "requires", qualifiers: [], concepts: [] }] })),
    };
    const text = renderTopicReport(report, { ...builtin, codes: library.list }, { color: false, width: 80 });
    expect(text.split(standard.text.slice(0, 20)).length - 1).toBeGreaterThanOrEqual(COUNT);
    expect(library.reads()).toBeLessThanOrEqual(2 * codes.length);
  });
});
