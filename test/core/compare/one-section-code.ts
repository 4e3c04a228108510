// A user's code of one section, read from YAML as a --data file is (parsed, checked and
// normalized), for the diff tests that compare revisions of it.
import { expect } from "vitest";
import { parseCodeText } from "../../../src/core/codes/load.js";
import type { Code } from "../../../src/model.js";

export interface StandardWritten {
  text: string;
  notes?: string[];
}

/** A code file's lines before its sections' (id, names, source), derived from `derivedFrom` if given. */
export function codeFileHead(id: string, derivedFrom?: string): string[] {
  return [`id: ${id}`, `title: ${id}`, `shortName: ${id}`, "jurisdiction: test", `source: { document: test.txt${derivedFrom ? `, derivedFrom: ${derivedFrom}` : ""} }`, "sections:"];
}

/** The code a code file's text is, checked to have no problem. */
export function codeOfText(yaml: string, id: string): Code {
  const parsed = parseCodeText(yaml, `${id}.yaml`, "user");
  expect(parsed.problems).toEqual([]);
  return parsed.code!;
}

/** The code `id` whose one section holds `standards`, numbered from 1, derived from `derivedFrom` if given. */
export function oneSectionCode(id: string, standards: readonly (string | StandardWritten)[], derivedFrom?: string, section = { id: "code", title: "Code" }): Code {
  const yaml = [
    ...codeFileHead(id, derivedFrom),
    `  - id: ${section.id}`,
    `    title: ${section.title}`,
    "    standards:",
    ...standards.flatMap((standard, at) => {
      const { text, notes = [] } = typeof standard === "string" ? { text: standard } : standard;
      return [`      - number: ${at + 1}`, `        text: ${JSON.stringify(text)}`, ...(notes.length > 0 ? ["        notes:", ...notes.map((note) => `          - ${JSON.stringify(note)}`)] : [])];
    }),
  ].join("\n");
  return codeOfText(yaml, id);
}
