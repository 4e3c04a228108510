// A question that names two codes and pastes a page after them: its words were looked up one by
// one as names of matters (~10 ms each, 15 s for 1,400), for a hint no page that long can earn.
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { themeNamed } from "../../../src/core/concepts/theme-named.js";
import { readDataDirectory } from "../../../src/core/library/read-data.js";

const lookups = vi.hoisted(() => ({ count: 0 }));
vi.mock("../../../src/core/concepts/topics.js", async (original) => {
  const real = await original<typeof import("../../../src/core/concepts/topics.js")>();
  return { ...real, resolveTopicOrConcept: (...args: Parameters<typeof real.resolveTopicOrConcept>) => (lookups.count++, real.resolveTopicOrConcept(...args)) };
});

const library = readDataDirectory(join(import.meta.dirname, "../../../data"));
const vocabulary = [...new Set(library.codes.flatMap((code) => code.sections.flatMap((section) => section.standards.map((standard) => standard.text))).join(" ").toLowerCase().match(/[a-z]{4,}/g))];

describe("the matter of a question that names codes, looked up word by word", () => {
  it.each([
    ["a question", "  vs   on gifts", "gifts", 2],
    ["a page of 600 of the codes' words", `${vocabulary.slice(0, 600).join(" ")} gifts`, undefined, 0],
    ["a question whose matters are two already", "  vs   on gifts", undefined, 0],
  ])("%s: %s looked up", (what, rest, theme, most) => {
    lookups.count = 0;
    const concepts = what.includes("two already") ? ["keeping-confidences", "accepting-gifts"] : [];
    expect(themeNamed(library, concepts, rest)).toBe(theme);
    expect(lookups.count).toBeLessThanOrEqual(most);
  });
});
