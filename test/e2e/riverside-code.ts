/** A small code file of two standards, line by line: a fixture the tests slip a character or a line end into. */
export const RIVERSIDE_LINES: readonly string[] = [
  "id: riverside",
  "title: Riverside Code",
  "shortName: Riverside",
  "jurisdiction: Riverside",
  "source:",
  "  document: Riverside Code",
  "sections:",
  "  - id: boundaries",
  "    title: Boundaries",
  "    standards:",
  "      - number: 1",
  "        text: Will not accept gifts of more than token value.",
  "      - number: 2",
  "        text: Keep records private.",
  "",
];
