// The quiz both worksheet renderers are tested on: a which-code question quoting a standard with
// items and a note, and a situation it decides, whose choices are citations alone.
import type { Question, Quiz } from "../../src/core/study/quiz.js";
import type { Standard } from "../../src/model.js";

interface Variations {
  /** The text of the standard's second item. */
  secondItem?: string;
  whichCodeChoices?: string[];
  situationChoices?: string[];
}

export function worksheetQuiz({ secondItem = "Over-the-counter drugs used as directed.", whichCodeChoices = ["Agency", "Alaska"], situationChoices = ["Agency · Conduct 4", "Agency · Conduct 1\u202e"] }: Variations = {}): Quiz {
  const standard = {
    code: "agency",
    section: "conduct",
    sectionTitle: "Conduct",
    number: 4,
    text: "Shall not provide services under the influence, except:",
    items: [
      { label: "a", text: "Drugs prescribed by a physician." },
      { label: "b", text: secondItem },
    ],
    notes: ["See the agency policy."],
    editorial: [],
  } as unknown as Standard;
  const passage = { text: standard.text, items: standard.items, notes: standard.notes };
  const questions: Question[] = [
    { kind: "which-code", ask: "Which code says this?", passage, choices: whichCodeChoices, answer: 0, citation: "Agency · Conduct 4", explanation: "Agency · Conduct 4 says this.", standard },
    {
      kind: "situation",
      ask: "“I take prescribed medication. Can I work?” Which standard of Agency governs this?",
      passage: null,
      choices: situationChoices,
      answer: 0,
      citation: "Agency · Conduct 4",
      explanation: "Agency · Conduct 4 governs prescribed medication.",
      standard,
    },
  ];
  return { seed: 42, questions, notes: ["Fewer questions than asked: the scope holds 2 standards."] };
}
