// "Does it prohibit, require, defer to agency policy, or encourage?" — only where the reading is
// certain (strength.ts, confidentReading), explained by its words.
import { allStandards, type Standard } from "../../../model.js";
import { codeOfKey, standardKeyOf } from "../../codes/standard-text.js";
import { standardAtPosition } from "../scope.js";
import { confidentReading } from "../strength.js";
import { STRENGTH_OF_LETTER } from "./confident-strengths.js";
import { positions, type Maker } from "./drawing.js";
import { strengthExplanation } from "./explanations.js";
import type { Material } from "./material.js";
import { passageOf } from "./question.js";

const STRENGTH_CHOICES = [
  ["prohibits", "prohibits"],
  ["requires", "requires"],
  ["defers", "defers to agency policy"],
  ["aspires", "encourages (aspires)"],
] as const;

// Worked out once a standard, not once a quiz: a script may make many quizzes.
const confidentReadings = new WeakMap<Standard, ReturnType<typeof confidentReading>>();

function confidentReadingOf(standard: Standard): ReturnType<typeof confidentReading> {
  if (!confidentReadings.has(standard)) confidentReadings.set(standard, confidentReading(standard));
  return confidentReadings.get(standard)!;
}

/** The positions in the scope of its standards whose keys are used: read from the codes of those keys only. */
function usedPositions(material: Material): Set<number> {
  const found = new Set<number>();
  if (material.used.size === 0) return found;
  const usedCodes = new Set([...material.used].map(codeOfKey));
  let offset = 0;
  for (const { code, places, count } of material.scope.members) {
    if (usedCodes.has(code.id)) {
      const all = allStandards(code);
      (places ?? positions(count)).forEach((place, at) => {
        if (material.used.has(standardKeyOf(all[place]!))) found.add(offset + at);
      });
    }
    offset += count;
  }
  return found;
}

export function strength(material: Material): Maker {
  const { random, scope } = material;
  // scope positions by the strength of their confident reading, in the order strengths first appear
  let byStrength: Map<string, number[]> | null = null;
  return () => {
    if (!byStrength) {
      byStrength = new Map();
      let position = 0;
      for (const { code, places, count } of scope.members) {
        const letters = material.strengths(code);
        for (const place of places ?? positions(count)) {
          const strength = STRENGTH_OF_LETTER.get(letters[place]!);
          if (strength) {
            const pool = byStrength.get(strength);
            if (pool) pool.push(position);
            else byStrength.set(strength, [position]);
          }
          position++;
        }
      }
    }
    // a strength first, then a standard: "requires" is most of the codes and would be most answers
    const used = usedPositions(material);
    for (const chosen of random.shuffled([...byStrength.keys()])) {
      const pool = byStrength.get(chosen)!.filter((position) => !used.has(position));
      let standard: Standard | null = null;
      while (pool.length > 0 && standard === null) {
        const at = random.below(pool.length);
        const drawn = standardAtPosition(scope, pool[at]!).standard;
        if (material.texts.mayAsk(drawn)) standard = drawn;
        else pool.splice(at, 1);
      }
      if (standard === null) continue;
      const reading = confidentReadingOf(standard)!;
      material.used.add(standardKeyOf(standard));
      const answer = STRENGTH_CHOICES.findIndex(([value]) => value === reading.strength);
      const label = STRENGTH_CHOICES[answer]![1];
      return {
        kind: "strength",
        ask: `Does ${standard.citation} prohibit, require, defer to agency policy, or encourage?`,
        passage: passageOf(standard),
        choices: STRENGTH_CHOICES.map(([, text]) => text),
        answer,
        citation: standard.citation,
        explanation: strengthExplanation(standard.citation, label, reading),
        standard,
      };
    }
    return null;
  };
}
