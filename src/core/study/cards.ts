// Flash cards: one per standard, tagged with what it is filed under (its code and section, and
// the concepts and topics of the index), for spaced-repetition apps such as Anki.
import type { Library, Standard } from "../../model.js";
import { clozeVocabulary, keyWord } from "./cloze.js";
import { topicsOfStandard } from "../concepts/topics.js";
import { codeOf, type StudyScope } from "./scope.js";

export interface Card {
  standard: Standard;
  /** The code's full title, for the back of the card. */
  codeTitle: string;
  /** The word a cloze card hides, as offsets into the text; null where the text has no telling word. */
  blank: { start: number; end: number } | null;
  /** Where the standard is filed: code, code::section, concept::<id>, topic::<id>. */
  tags: string[];
}

function keyOf(standard: { code: string; section: string; number: number }): string {
  return `${standard.code}\0${standard.section}\0${standard.number}`;
}

/** A tag as Anki takes it: no spaces (a space separates tags). */
function tag(text: string): string {
  return text.trim().replace(/\s+/g, "_");
}

export function cardsOf(library: Library, scope: StudyScope): Card[] {
  const vocabulary = clozeVocabulary(library.codes.flatMap((code) => code.sections.flatMap((section) => section.standards)));
  const concepts = new Map<string, string[]>();
  for (const concept of library.concepts) {
    for (const key of concept.standards) concepts.set(keyOf(key), [...(concepts.get(keyOf(key)) ?? []), concept.id]);
  }
  return scope.standards.map((standard) => {
    const code = codeOf(library, standard);
    const topics = topicsOfStandard(library, standard).map((topic) => topic.id);
    return {
      standard,
      codeTitle: code.title,
      blank: keyWord(standard, vocabulary),
      tags: [
        tag(code.id),
        tag(`${code.id}::${standard.section}`),
        ...(concepts.get(keyOf(standard)) ?? []).map((id) => tag(`concept::${id}`)),
        ...topics.map((id) => tag(`topic::${id}`)),
      ],
    };
  });
}
