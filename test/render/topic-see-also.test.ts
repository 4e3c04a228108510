// `ethics topic "substance use and impairment"` said "Working Well Together — not addressed", yet
// the theme's --json (and `topic working-under-the-influence`'s "See also") lists its Integrity 9
// as a general rule that bears on it: a reader wrote "the code is silent". A code with no
// standard on the theme but general rules on it says so, and names them, as the concept listing's
// "see also" does; one with neither is still not addressed.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { conceptReport, topicReport } from "../../src/core/concepts/topics.js";
import { readDataDirectory } from "../../src/core/library/read-data.js";
import { visibleLength } from "../../src/core/text-width.js";
import { renderTopicReport } from "../../src/render/topics.js";

const library = readDataDirectory(join(import.meta.dirname, "../../data"), "data");

function rendered(kind: "topic" | "concept", id: string, width: number): string {
  const report = kind === "topic" ? topicReport(library, library.topics.find((topic) => topic.id === id)!) : conceptReport(library, library.concepts.find((concept) => concept.id === id)!);
  return renderTopicReport(report, library, { color: false, width });
}

/** The block of the code named `name`: its heading to the blank line after it. */
function block(text: string, name: string): string {
  return text.split("\n\n").find((each) => each.startsWith(`${name} — `))!;
}

describe("a code with no standard on a theme", () => {
  it.each([
    ["topic", "substance-use-and-impairment", "Working Well Together", 80, "Working Well Together — no standard of its own\n  see also 1 general rule: Integrity 9"],
    // A code of one list cites by number alone: the whole citation, not "general rule: 1".
    ["topic", "substance-use-and-impairment", "North Carolina", 80, "North Carolina — no standard of its own\n  see also 1 general rule: North Carolina 1"],
    ["topic", "substance-use-and-impairment", "Wisconsin", 80, "Wisconsin — no standard of its own\n  see also 1 general rule: Wisconsin 2"],
    ["concept", "working-under-the-influence", "Working Well Together", 80, "Working Well Together — no standard of its own\n  see also 1 general rule: Integrity 9"],
    // In the code's order, each citation whole on a line.
    ["topic", "ending-or-changing-the-relationship", "Medi-Cal", 80, "Medi-Cal — no standard of its own\n  see also 3 general rules: Authenticity 1, Respect 6,\n    Wellness, Recovery, and Resiliency 6"],
    ["topic", "ending-or-changing-the-relationship", "Medi-Cal", 50, "Medi-Cal — no standard of its own\n  see also 3 general rules: Authenticity 1,\n    Respect 6,\n    Wellness, Recovery, and Resiliency 6"],
    // Neither a standard nor a general rule on it: not addressed, as before.
    ["topic", "ending-or-changing-the-relationship", "Wisconsin", 80, "Wisconsin — not addressed"],
    ["topic", "documentation-and-records", "Wisconsin", 80, "Wisconsin — not addressed"],
  ] as const)("%s %s: %s at %i columns", (kind, id, name, width, expected) => {
    const said = block(rendered(kind, id, width), name);
    expect(said).toBe(expected);
    for (const line of said.split("\n")) expect(visibleLength(line)).toBeLessThanOrEqual(width);
  });
});
