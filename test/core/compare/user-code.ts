// A user's code made in a test from its sections' texts, as the compare tests need one.
import { expect } from "vitest";
import { parseCodeText } from "../../../src/core/codes/load.js";
import type { Code } from "../../../src/model.js";

/** A user's code of sections (title → standards' texts), numbered by position; each section's id is its title as a slug. */
export function userCode(id: string, sections: Record<string, string[]>): Code {
  const yaml = [
    `id: ${id}`,
    `title: ${id}`,
    `shortName: ${id}`,
    "jurisdiction: test",
    "numbering: position",
    "source: { document: test.txt }",
    "sections:",
    ...Object.entries(sections).flatMap(([title, texts]) => [
      `  - id: ${title.toLowerCase().replace(/[^a-z]+/g, "-")}`,
      `    title: ${title}`,
      "    standards:",
      ...texts.map((text) => `      - text: ${JSON.stringify(text)}`),
    ]),
  ].join("\n");
  const parsed = parseCodeText(yaml, `${id}.yaml`, "user");
  expect(parsed.problems).toEqual([]);
  return parsed.code!;
}
