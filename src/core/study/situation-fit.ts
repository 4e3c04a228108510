// Which standard of a matter answers one of its situation questions (quiz/situation-questions.ts).
import type { Standard } from "../../model.js";
import { standardContentStems } from "../codes/standard-text.js";
import { terms } from "../text.js";

/**
 * The standards of a matter that speak most to one of its questions, by the words they share
 * with it, a word that all of them use counting least: a matter's standards each take a side of
 * it, and one drawn regardless answered "How do I communicate directly and honestly with someone
 * whose culture values indirectness?" with "Consider the cultural context … related to gifts"
 * (Medi-Cal Integrity 6), beside "Practice honest and direct communication in a culturally
 * relevant manner" (Authenticity 1). All of them where none shares a word with the question.
 */
export function bestFitting(question: string, answers: readonly Standard[]): Standard[] {
  const asked = new Set(terms(question));
  const shared = answers.map((standard) => new Set(standardContentStems(standard).filter((stemmed) => asked.has(stemmed))));
  const documents = new Map<string, number>();
  for (const stems of shared) for (const stemmed of stems) documents.set(stemmed, (documents.get(stemmed) ?? 0) + 1);
  const fit = shared.map((stems) => [...stems].reduce((sum, stemmed) => sum + Math.log((1 + answers.length) / (1 + documents.get(stemmed)!)) + 1, 0));
  const best = Math.max(...fit);
  return answers.filter((_, at) => fit[at] === best);
}
