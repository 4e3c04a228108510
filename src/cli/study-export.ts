// The study formats of `ethics export`: flash cards for Anki and a printable HTML handout.
import type { Code, Library } from "../model.js";

export const STUDY_FORMATS = ["anki", "anki-cloze", "html"] as const;
export type StudyFormat = (typeof STUDY_FORMATS)[number];

export async function renderStudyExport(format: StudyFormat, library: Library, codes: readonly Code[], topicName: string | undefined): Promise<string> {
  const { studyScope } = await import("../core/study/scope.js");
  const scope = studyScope(library, { codes: codes.map((code) => code.id), ...(topicName !== undefined ? { topic: topicName } : {}) });
  if (format === "html") {
    const { topicHandout } = await import("../core/study/handout.js");
    const { renderHtml } = await import("../render/html.js");
    return renderHtml(scope.topic ? topicHandout(library, scope.topic, scope.codes) : { kind: "codes", codes: scope.codes });
  }
  const { cardsOf } = await import("../core/study/cards.js");
  const { renderAnki } = await import("../render/anki.js");
  const deck = ["Codes of ethics", ...(scope.codes.length === 1 ? [scope.codes[0]!.shortName] : []), ...(scope.topic ? [scope.topic.name] : [])].join("::");
  return renderAnki(cardsOf(library, scope), format === "anki" ? "Basic" : "Cloze", deck);
}
