// A user's code and its revisions, read from YAML as --data files are, each standard at the
// number given: for the diff tests of standards renumbered or moved.
import type { Code } from "../../../src/model.js";
import { codeFileHead, codeOfText } from "./one-section-code.js";

/** Words no two standards share, so that each pairs with its own copy alone. */
const WORDS = [
  "gifts", "loans", "records", "privacy", "supervision", "boundaries", "advocacy", "dignity", "honesty", "training",
  "referrals", "consent", "safety", "recovery", "culture", "language", "billing", "medication", "housing", "transport",
  "employment", "families", "crisis", "grief", "hobbies", "music", "gardens", "animals", "weather", "libraries",
  "bicycles", "kitchens", "letters", "painting", "theatre", "swimming", "markets", "bridges", "candles", "harbors",
];

/** The text of standard `at` of a code: two words of its own in the same sentence. */
export function standardText(at: number): string {
  return `Peer specialists respect ${WORDS[2 * at]} and ${WORDS[2 * at + 1]} in their work.`;
}

/** A code of sections (title → [number, the standard's place in WORDS] of each), derived from `derivedFrom` if given. */
export function revisionCode(id: string, sections: Record<string, readonly (readonly [number, number])[]>, derivedFrom?: string): Code {
  const yaml = [
    ...codeFileHead(id, derivedFrom),
    ...Object.entries(sections).flatMap(([title, standards]) => [
      `  - id: ${title.toLowerCase()}`,
      `    title: ${title}`,
      "    standards:",
      ...standards.flatMap(([number, at]) => [`      - number: ${number}`, `        text: ${JSON.stringify(standardText(at))}`]),
    ]),
  ].join("\n");
  return codeOfText(yaml, id);
}

/** Standards numbered 1… in order, from `first` in WORDS. */
export function numbered(count: number, first = 0): [number, number][] {
  return Array.from({ length: count }, (_, at) => [at + 1, first + at]);
}
