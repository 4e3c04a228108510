// "Which code says this?" must not be answered by how a code writes. Alaska's standards all say
// "I will…", North Carolina's open "PSS…", Wisconsin's "Peer Specialists…", where Medi-Cal's and
// Working Well Together's open with their verb ("Provide…", "Shall not…"): a passage in the first
// person was Alaska's whatever it said, and a choice of Alaska beside a passage without an "I"
// was wrong whatever it said. A standard's words are never trimmed to hide its voice (they are
// the code's), so the quiz chooses what it asks and offers instead. A code's marks are the
// subjects its standards open with: the first person, or its name for the worker ("PSS", "peer
// specialists"). A passage's voice is the marks of the quiz's codes its words bear, none for a
// verb-first rule; a code is offered beside it only where some standard of that code is written
// in the same voice, so that no choice is ruled in or out by it.
import { allStandards, type Code, type Standard } from "../../model.js";

/** A frame before a rule's subject: "As a peer support worker, I will…", "In dealing with peers, PSS…". */
const FRAME = /^(?:as|in|at|during|while|when|whenever|if|once|before|after|where|wherever|given|for)\b[^,]{0,80},\s*/i;
const FIRST_PERSON = /^(I|We)\b/;
/** A name for the worker, opening the rule as its subject: "PSS", "Peer Specialists", "The Peer Support Specialist(s)". */
const NAMED_WORKER = /^(?:the\s+)?((?:[a-z-]+\s+){0,3}?(?:pss|psps?|specialists?|providers?|professionals?|workers?|staff))(?:\(s\))?(?:['’]s)?(?![\w-])/i;

/** A name as it is looked for: in lower case, singular ("peer specialist" for "Peer Specialists", "Specialist(s)"). */
const nameKey = (name: string): string =>
  name
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/(?:\(s\)|s)$/, "");

/** The subject a text opens with: its mark ("I", "we", or the worker's name, nameKey) and its words as written; null for none. */
export function openingSubject(text: string): { mark: string; written: string } | null {
  const opening = text.trimStart().replace(FRAME, "");
  const person = FIRST_PERSON.exec(opening);
  if (person) return { mark: person[1] === "I" ? "I" : "we", written: person[1]! };
  const named = NAMED_WORKER.exec(opening);
  return named ? { mark: nameKey(named[1]!), written: named[1]!.replace(/\s+/g, " ") } : null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Which of `marks` a text bears, in their order: "I" (or "we") as a word of its own, in the case
 * a sentence writes it; a name in any case, singular or plural. One pattern for all the names: a
 * quiz over a thousand codes may have hundreds.
 */
function marksFinder(marks: readonly string[]): (text: string) => string[] {
  const person: string[] = marks.filter((mark) => mark === "I" || mark === "we");
  const personPattern = new RegExp(`(?<![\\w-])(?:${person.map((mark) => (mark === "I" ? "I" : "[Ww]e")).join("|")})(?![\\w-])`, "g");
  const names = new Set(marks.filter((mark) => !person.includes(mark)));
  // the longest first: "peer specialist" is found as itself, not as "specialist"
  const keys = [...names].sort((a, b) => b.length - a.length);
  const namePattern = new RegExp(`(?<![\\w-])(?:${keys.map((key) => escapeRegExp(key).replace(/ /g, "\\s+")).join("|")})(?:s|\\(s\\))?(?![\\w-])`, "gi");
  return (text) => {
    const found = new Set<string>();
    if (person.length > 0) for (const match of text.matchAll(personPattern)) found.add(match[0] === "I" ? "I" : "we");
    if (keys.length > 0) for (const match of text.matchAll(namePattern)) found.add(nameKey(match[0]));
    return marks.filter((mark) => found.has(mark));
  };
}

export interface Voices {
  /**
   * The voice a standard's passage (text, items, notes) is written in: the marks it bears of
   * those `among` codes open with, as one key; "" for none.
   */
  voiceOf(standard: Standard, among: readonly Code[]): string;
  /**
   * Whether some standard of `code` is written in the voice of `standard` (of the code `own`),
   * the two codes' marks counted: whether a choice of `code` beside it is ruled in or out by how
   * the two codes write. Each wrong choice is weighed against the answer alone, so a quiz over a
   * thousand codes reads the standards of the few it offers, not of every code.
   */
  writesAs(code: Code, standard: Standard, own: Code): boolean;
  /** The subject most of a code's standards open with, as written ("I", "PSS"); null where most open with none. */
  usualSubject(code: Code): string | null;
}

/** The voices of codes' standards, each code's read when first asked about: a quiz over a thousand codes reads the few it offers. */
export function codeVoices(): Voices {
  const marksOfCode = new WeakMap<Code, readonly string[]>();
  const codeMarks = (code: Code): readonly string[] => {
    let marks = marksOfCode.get(code);
    if (marks === undefined) {
      marks = [...new Set(allStandards(code).map((standard) => openingSubject(standard.text)?.mark ?? null))].filter((mark): mark is string => mark !== null);
      marksOfCode.set(code, marks);
    }
    return marks;
  };
  const marksOf = (among: readonly Code[]): string[] => [...new Set(among.flatMap(codeMarks))].sort();
  const finders = new Map<string, (text: string) => string[]>();
  const voiceIn = (standard: Standard, marks: readonly string[]): string => {
    if (marks.length === 0) return "";
    const key = marks.join("\0");
    let bears = finders.get(key);
    if (bears === undefined) finders.set(key, (bears = marksFinder(marks)));
    return bears([standard.text, ...standard.items.map((item) => item.text), ...standard.notes].join("\n")).join("\0");
  };
  const written = new WeakMap<Code, Map<string, Set<string>>>();
  return {
    voiceOf: (standard, among) => voiceIn(standard, marksOf(among)),
    writesAs(code, standard, own) {
      const marks = marksOf([own, code]);
      const key = marks.join("\0");
      let byMarks = written.get(code);
      if (byMarks === undefined) written.set(code, (byMarks = new Map()));
      let voices = byMarks.get(key);
      if (voices === undefined) byMarks.set(key, (voices = new Set(allStandards(code).map((each) => voiceIn(each, marks)))));
      return voices.has(voiceIn(standard, marks));
    },
    usualSubject(code) {
      const counts = new Map<string | null, number>();
      for (const standard of allStandards(code)) {
        const written = openingSubject(standard.text)?.written ?? null;
        counts.set(written, (counts.get(written) ?? 0) + 1);
      }
      return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    },
  };
}
