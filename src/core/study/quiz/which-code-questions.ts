// "Which code says this?" — a standard's words; the codes to choose from never include one that
// says the same (Working Well Together and Medi-Cal share many standards word for word), so no
// wrong choice is also right, and only codes that write in the passage's voice (voice.ts).
import type { Code } from "../../../model.js";
import { standardKeyOf } from "../../codes/standard-text.js";
import { standardAtPosition } from "../scope.js";
import { sayingMuchTheSame } from "../same-matter.js";
import { drawing, positions, shuffledChoices, type Maker } from "./drawing.js";
import { whichCodeExplanation } from "./explanations.js";
import type { Material } from "./material.js";
import { passageOf } from "./question.js";

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Names a reader would recognise a code by, in its own words: "Medi-Cal", "Alaska", "WWT". */
function namesOf(code: Code): string[] {
  return [code.shortName, code.jurisdiction, code.id, ...code.aliases].filter((name) => name.length >= 3);
}

/**
 * Whether a text names any of the codes, as a word of its own: one pattern of all their names
 * (a thousand codes have thousands), which matches where one of them alone would.
 */
export function namingAny(codes: readonly Code[]): (text: string) => boolean {
  const names = [...new Set(codes.flatMap(namesOf))];
  if (names.length === 0) return () => false;
  const pattern = new RegExp(`(?<![\\w-])(?:${names.map(escapeRegExp).join("|")})(?![\\w-])`, "i");
  return (text) => pattern.test(text);
}

export function whichCode(material: Material): Maker {
  const { codes, random } = material;
  // Only a choice's name gives the answer away: a passage may name a code that is none.
  const namesCode = namingAny(codes);
  const { voices } = material;
  return drawing(
    () => random.shuffled(positions(material.scope.count)),
    (position) => {
      const { standard, place } = standardAtPosition(material.scope, position);
      if (material.used.has(standardKeyOf(standard)) || !material.texts.mayAsk(standard)) return null;
      const words = [standard.text, ...standard.items.map((item) => item.text), ...standard.notes].join(" ");
      if (namesCode(words)) return null; // the passage would give the code away
      const own = codes.find((code) => code.id === standard.code)!;
      const wording = material.wording();
      const candidates = codes.filter((code) => code !== own);
      const same = sayingMuchTheSame(material.library, wording, own, place, candidates);
      const alike = same.filter((place) => place >= 0);
      const others = candidates.filter((_, at) => same[at]! < 0);
      // Only codes that write some standard in the passage's voice: none is told from the answer
      // by how its standards open (voice.ts). Codes are named by their short names: two codes of
      // one name would be two right answers.
      const named = new Set([own.shortName]);
      const wrong: Code[] = [];
      for (const code of random.shuffled(others)) {
        if (named.has(code.shortName) || !voices.writesAs(code, standard, own)) continue;
        named.add(code.shortName);
        if (wrong.push(code) === 3) break;
      }
      if (wrong.length < 2) {
        if (new Set(others.map((code) => code.shortName).filter((name) => name !== own.shortName)).size >= 2) material.toldByVoice.push(standard);
        return null;
      }
      const { choices, answer } = shuffledChoices(random, own.shortName, wrong.map((code) => code.shortName));
      const alsoSaid = alike.map((place) => wording.citations[place]!);
      const explanation = whichCodeExplanation(standard.citation, alsoSaid);
      material.used.add(standardKeyOf(standard));
      return { kind: "which-code", ask: "Which code says this?", passage: passageOf(standard), choices, answer, citation: standard.citation, explanation, standard };
    },
  );
}
