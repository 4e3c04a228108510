// "Which standard of Alaska governs this?" — a plain-language question of the concept index;
// wrong choices are standards of the same code on other matters, none next to the question's
// (neighbouring-matters.ts) nor related to it.
import { allStandards, hasOwnConceptTags, type Code, type Concept, type Library, type Standard } from "../../../model.js";
import { standardKeyOf } from "../../codes/standard-text.js";
import { namesConcept } from "../../concepts/topics.js";
import { readConcepts } from "../../concepts/read-tags.js";
import { neighbouringMatters } from "../neighbouring-matters.js";
import { nearbyThemes } from "../nearby-themes.js";
import { bestFitting } from "../situation-fit.js";
import { drawing, shuffledChoices, type Maker } from "./drawing.js";
import { situationExplanation } from "./explanations.js";
import { codesAsked, type Material } from "./material.js";

interface SituationCandidate {
  concept: Concept;
  code: Code;
}

/**
 * The standards of `code` a situation question on `concept` may offer as wrong choices, in the
 * code's order: standards on other matters, plausible yet never also right.
 */
export function situationWrongChoices(library: Library, concept: Concept, code: Code): Standard[] {
  // Curated, or a user's file's own tags: a standard filed under no concept is never offered.
  const conceptsOf = readConcepts(library);
  const tagged = new Set(concept.standards.map(standardKeyOf));
  const topicStandards = new Set(library.topics.find((topic) => topic.id === concept.topic)?.standards.map(standardKeyOf) ?? []);
  // A general rule the index relates to the matter ("see also": a conflicts-of-interest rule
  // for lending money) bears on it: a student who picks it has not read wrong.
  const related = new Set((concept.related ?? []).map(standardKeyOf));
  // A rule on a matter next to this one (filed with it under one standard, or told in much the
  // same words) may govern the situation through it: "his voice" is the teen's own decisions.
  const nextMatters = neighbouringMatters(library.concepts)(concept.id);
  return allStandards(code).filter((standard) => {
    const key = standardKeyOf(standard);
    if (tagged.has(key) || topicStandards.has(key) || related.has(key)) return false;
    const concepts = conceptsOf(standard);
    // on matters of other topics only, none of them next to this one
    return concepts.length > 0 && concepts.every((other) => other.topic !== concept.topic && !nextMatters.has(other.id));
  });
}

/** The first three of `standards` that `fair` accepts, in their order. */
function firstFair(standards: readonly Standard[], fair: (standard: Standard) => boolean): Standard[] {
  const chosen: Standard[] = [];
  for (const standard of standards) {
    if (chosen.length === 3) break;
    if (fair(standard)) chosen.push(standard);
  }
  return chosen;
}

export function situation(material: Material): Maker {
  const { library, random, scope } = material;
  const conceptsOf = readConcepts(library);
  const memberOf = new Map(scope.members.map((member) => [member.code, member]));
  /** The keys of a scope code's standards in scope; null: all of them. */
  const inScopeKeys = (code: Code): Set<string> | null => {
    const { places } = memberOf.get(code)!;
    if (places === null) return null;
    const all = allStandards(code);
    return new Set(places.map((place) => standardKeyOf(all[place]!)));
  };
  return drawing(
    () =>
      random.shuffled(
        library.concepts
          .filter((concept) => concept.questions.length > 0 && (!scope.topic || concept.topic === scope.topic.id))
          .flatMap((concept) => codesAsked(scope).map((code) => ({ concept, code }))),
      ),
    ({ concept, code }: SituationCandidate) => {
      if (material.conceptsUsed.has(concept.id)) return null;
      // The code's standards filed under the concept: curated, or by a user's file's own tags. None
      // (a user's code whose concepts are only inferred): no answer to teach, and nothing to read;
      // told without reading the code where its file tags nothing (said ahead of a cached code's
      // standards), as a quiz over a thousand users' codes draws mostly theirs.
      if (!concept.standards.some((key) => key.code === code.id) && !(code.origin === "user" && hasOwnConceptTags(code))) return null;
      const inScope = inScopeKeys(code);
      const answers = allStandards(code).filter(
        (standard) => conceptsOf(standard).includes(concept) && (inScope === null || inScope.has(standardKeyOf(standard))) && !material.used.has(standardKeyOf(standard)) && material.texts.mayAsk(standard),
      );
      if (answers.length === 0) return null;
      // a choice shows its standard whole: never the text of another question's answer
      const wrong = situationWrongChoices(library, concept, code).filter((standard) => material.texts.mayShow(standard));
      if (wrong.length < 2) return null;
      const question = random.pick(concept.questions);
      const right = random.pick(bestFitting(question, answers));
      // A wrong choice on a theme the question's own words name a matter of would be as right: "A
      // peer used a slur in group and the staff member running it said nothing" is asked of a
      // colleague's conduct, names challenging others' discrimination, and "shall not
      // discriminate" was offered as wrong. Read of the standards drawn only: the entry terms of
      // every matter took a quiz 80 ms.
      const themesNamed = new Map<string, boolean>();
      const namesTheme = (topic: string) => themesNamed.get(topic) ?? themesNamed.set(topic, library.concepts.some((other) => other.topic === topic && namesConcept(question, other))).get(topic)!;
      // Plausible wrong choices first: rules on themes next to the question's (nearby-themes.ts;
      // never its own, whose rules may govern it too), then the rest, at random within each.
      const near = nearbyThemes(library.concepts)(concept.topic);
      const farther = (standard: Standard) => (conceptsOf(standard).some((other) => near.has(other.topic)) ? 0 : 1);
      const ordered = random.shuffled(wrong).sort((a, b) => farther(a) - farther(b));
      const fair = firstFair(ordered, (standard) => !conceptsOf(standard).some((other) => namesTheme(other.topic)));
      if (fair.length < 2) return null;
      const offered = [right, ...fair];
      const { choices, answer } = shuffledChoices(random, right.citation, offered.slice(1).map((standard) => standard.citation));
      const byCitation = new Map(offered.map((standard) => [standard.citation, standard]));
      material.used.add(standardKeyOf(right));
      material.conceptsUsed.add(concept.id);
      return {
        kind: "situation",
        ask: `“${question}” Which standard of ${code.shortName} governs this?`,
        passage: null,
        choices,
        answer,
        citation: right.citation,
        explanation: situationExplanation(right.citation, concept),
        standard: right,
        choiceStandards: choices.map((citation) => byCitation.get(citation)!),
      };
    },
  );
}
