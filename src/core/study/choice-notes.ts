// Our editor's notes under a situation's choices. Each choice is a standard shown whole, and with
// it the notes the editor added (the source's oddities said to be the source's). But `quiz --seed
// 3 --worksheet` offered four standards, the right one alone with an editor's note under it: a
// student need not read the rules to pick it. So where the choices differ in having notes, none
// shows them, and the right one's are given with the answer.
import type { Standard } from "../../model.js";
import type { Question } from "./quiz.js";

/**
 * A situation's choice as it is shown: the standard whole, but for our editor's notes where the
 * choices differ in having them (`quiz --seed 3` offered four standards, the right one alone
 * with an editor's note under it). Those of the right one go with the answer (answerEditorial).
 */
export function choiceShown(question: Question, standard: Standard): Standard {
  return editorialShownInChoices(question) || standard.editorial.length === 0 ? standard : { ...standard, editorial: [] };
}

/** The right standard's editor's notes, where its choice did not show them: given with the answer. */
export function answerEditorial(question: Question): string[] {
  return question.choiceStandards && !editorialShownInChoices(question) ? question.standard.editorial : [];
}

function editorialShownInChoices(question: Question): boolean {
  const standards = question.choiceStandards ?? [];
  return standards.every((standard) => standard.editorial.length > 0) || standards.every((standard) => standard.editorial.length === 0);
}
