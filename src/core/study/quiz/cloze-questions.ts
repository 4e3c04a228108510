// "Which word is missing?" — a standard with a telling word left out, and wrong words of its kind
// to choose from (cloze.ts).
import { standardKeyOf } from "../../codes/standard-text.js";
import { clozeOf } from "../cloze.js";
import { standardAtPosition } from "../scope.js";
import { drawing, positions, shuffledChoices, type Maker } from "./drawing.js";
import { clozeExplanation } from "./explanations.js";
import type { Material } from "./material.js";
import { BLANK, passageOf } from "./question.js";

export function cloze(material: Material): Maker {
  const { random } = material;
  return drawing(
    () => random.shuffled(positions(material.scope.count)),
    (position) => {
      const { standard, code } = standardAtPosition(material.scope, position);
      if (material.used.has(standardKeyOf(standard)) || !material.texts.mayAsk(standard)) return null;
      const blank = clozeOf(standard, code, material.vocabulary(), random);
      if (!blank) return null;
      material.used.add(standardKeyOf(standard));
      const { choices, answer } = shuffledChoices(random, blank.answer, blank.distractors);
      const text = standard.text.slice(0, blank.start) + BLANK + standard.text.slice(blank.end);
      return {
        kind: "cloze",
        ask: `Which word is missing from ${standard.citation}?`,
        passage: passageOf(standard, text),
        choices,
        answer,
        citation: standard.citation,
        explanation: clozeExplanation(standard, blank.start, blank.end),
        standard,
      };
    },
  );
}
