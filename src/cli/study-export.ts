// The study formats of `ethics export`: flash cards for Anki and a printable HTML handout. A
// thousand users' codes make tens of megabytes, so the output goes out a code at a time, letting
// each go once written (code-turns.ts; a handout of whole codes on the export threads, as the
// other exports). Everything is checked (codes, topic, some standard in scope) before the first
// byte is written.
import { withLineageFollowed } from "../core/codes/lineage-check.js";
import * as topics from "../core/concepts/topics.js";
import { cardsOfCode, conceptTagsOf, topicsOfStandards } from "../core/study/cards.js";
import { codeOfKey } from "../core/codes/standard-text.js";
import { addToVocabulary, emptyVocabulary, type ClozeVocabulary } from "../core/study/cloze.js";
import { topicColumn, topicDiscussion } from "../core/study/handout.js";
import { situationCards, type SituationCard } from "../core/study/situation-cards.js";
import { tagCount, tagCountSaid } from "../core/study/untagged-standards.js";
import { joined } from "../core/word-list.js";
import { warn } from "./library.js";
import { EthicsError } from "../core/errors.js";
import { isPackedVocabulary, packTopicLists, packVocabulary, unpackVocabulary } from "../core/study/material-pack.js";
import { scopeOutline, standardsInScope } from "../core/study/scope.js";
import { topicListsFit } from "../core/study/topic-lists-fit.js";
import { allStandards, codeSize, type Code, type Library } from "../model.js";
import { deckPath, renderAnkiHeader, renderAnkiRows, renderSituationRows } from "../render/anki.js";
import { renderTopicCell, renderTopicHead, renderTopicTail } from "../render/html.js";
import { ankiRenderer, type AnkiJob } from "./anki-job.js";
import { storedEntryOf } from "./cache/stored-entry.js";
import { eachCode } from "./code-turns.js";
import type { LibraryViews } from "./cache/library-views.js";
import { rememberPacked, storedView } from "./cache/stored-views.js";
import type { LoadedLibrary } from "./library.js";
import { refuseLookalikeName } from "../core/codes/lookalike-refusal.js";
import { oneTopicOption } from "./several-topics.js";

export const STUDY_FORMATS = ["anki", "anki-cloze", "anki-situations", "html"] as const;
export type StudyFormat = (typeof STUDY_FORMATS)[number];

const KEY_WORDS_VIEW = "anki-cloze: word counts";

/**
 * Word counts of every standard of the library, for each card's key word (cloze.ts keyWord): a
 * library view where there is a cache (reading every code for them is a second pass over a
 * thousand), else counted a code at a time.
 */
async function keyWordVocabulary(library: Library, loaded: LoadedLibrary | null): Promise<ClozeVocabulary> {
  const make = async () => {
    const vocabulary = emptyVocabulary(false);
    await eachCode(library.codes, (code) => addToVocabulary(vocabulary, allStandards(code)));
    return vocabulary;
  };
  const views = loaded?.library === library ? loaded.views : null;
  if (!views) return make();
  const standards = library.codes.reduce((sum, code) => sum + codeSize(code).standards, 0);
  const unpack = (packed: unknown) => {
    if (!isPackedVocabulary(packed)) throw new TypeError("not packed word counts");
    return unpackVocabulary(packed, standards);
  };
  return rememberPacked(views, KEY_WORDS_VIEW, packVocabulary, unpack, make);
}

/**
 * Writes `codes` of `library` in a study format. `loaded` (the library as loaded for a search,
 * which Anki's tags and a topic handout want): users' codes' concepts are taken from its search
 * index, not inferred again code by code.
 */
export async function writeStudyExport(
  format: StudyFormat,
  library: Library,
  codes: readonly Code[],
  topicName: string | undefined,
  write: (text: string | Uint8Array) => void,
  loaded: LoadedLibrary | null,
): Promise<void> {
  const topic = topicName === undefined ? null : oneTopicOption(topicName, (name) => topics.resolveTopic(library.topics, name, () => library.concepts), topics.topicNamesWhole);
  if (topic) refuseLookalikeName(topicName!, "topic", topic.id);
  // Cards of every code: their topics may be stored, and then the search index is not needed.
  const views = (format === "anki" || format === "anki-cloze") && topic === null && loaded?.library === library && codes.length === library.codes.length && codes.every((code, at) => code === library.codes[at]) ? loaded.views : null;
  const stored = views ? await storedTopicLists(views, library) : null;
  if (loaded && (format !== "html" || topic) && stored === null) await (await import("./topic-views.js")).useIndexConcepts(loaded, topics);
  const scope = scopeOutline(library, codes, topic);
  if (format === "html") {
    if (scope.topic) {
      const columns = scope.codes.map((code) => topicColumn(library, scope.topic!, code));
      // The standards whose concepts are guessed, marked as `topic` marks them: the discussion cites only these columns' standards.
      const guessed = new Set(columns.flatMap(({ code, standards }) => standards.filter(({ standard }) => topics.isGuessedStandard(library, code, standard)).map(({ standard }) => standard.citation)));
      write(renderTopicHead(scope.topic, columns, guessed));
      for (const [at, column] of columns.entries()) write(renderTopicCell(column, at, columns, guessed));
      write(renderTopicTail(topicDiscussion(library, scope.topic, scope.codes), guessed));
    } else {
      // Whole codes go out as the other exports do: a code at a time, on several threads when it pays.
      const { exportChunks, titlesOf } = await import("./export-parallel.js");
      // Titles of the whole library: a code printed alone may name another as what it was adapted from.
      // A code's header says what it was adapted from as show's does (a lineage that loops: not at all).
      for await (const chunk of exportChunks("html", withLineageFollowed(scope.codes, library.codes), titlesOf(library.codes), process.env)) write(chunk);
    }
    return;
  }
  if (format === "anki-situations") {
    const cards = situationCards(library, scope.codes, scope.topic);
    if (cards.length === 0) {
      throw new EthicsError(
        `no situation cards: ${scope.codes.length === 1 ? `${scope.codes[0]!.shortName}'s standards are` : "these codes' standards are"} tagged with no concept${scope.topic ? ` of ${scope.topic.name}` : ""}`,
        "situations come from the concept index: the built-in codes, and users' codes whose files tag their standards with concepts (`concepts:`); `ethics export --format anki` makes a card of every standard",
      );
    }
    for (const warning of untaggedWarnings(library, cards)) warn(warning);
    write(renderAnkiHeader("Basic", deckPath(["Codes of ethics", "Situations", ...(scope.codes.length === 1 ? [scope.codes[0]!.shortName] : []), ...(scope.topic ? [scope.topic.name] : [])])));
    write(renderSituationRows(cards));
    return;
  }
  const noteType = format === "anki" ? "Basic" : "Cloze";
  const deck = deckPath(["Codes of ethics", ...(scope.codes.length === 1 ? [scope.codes[0]!.shortName] : []), ...(scope.topic ? [scope.topic.name] : [])]);
  // Only a cloze card hides a word.
  const vocabulary = noteType === "Cloze" ? await keyWordVocabulary(library, loaded) : null;
  const concepts = conceptTagsOf(library);
  write(renderAnkiHeader(noteType, deck));
  if (stored) {
    // Every standard's topics are at hand: the cards go out as the other exports do, a block of
    // codes at a time, with workers for Basic cards (export-parallel.ts). A worker's heap (its
    // cold JIT, its own copy of every code it reads) took the export over the 200 MiB a command
    // may use (196-205 MiB, 2 runs of 6) until its worker got a small young generation; now, at
    // 1,000 codes, 10 interleaved rounds each: 175-185 MiB (copies of Medi-Cal), 180-187 MiB
    // (1,000 different codes), and faster than one thread where a core is free (1.26 s against
    // 1.43 s, load ~3.5). Cloze cards stay on this thread unless ETHICS_THREADS asks for
    // workers: each worker gets the library's word counts, and 1,000 different codes' peaked
    // at 205-214 MiB with one (one thread 146-161).
    const job: AnkiJob = {
      format: "anki",
      noteType,
      topicIds: library.topics.map((one) => one.id),
      topicLists: stored.packed,
      vocabulary,
      concepts: conceptsOfStored(concepts, scope.codes),
      conceptIds: library.concepts.map((concept) => concept.id),
    };
    const render = ankiRenderer(job, { concepts });
    const { jobChunks } = await import("./export-parallel.js");
    for await (const chunk of jobChunks(job, scope.codes, process.env, { render, head: "", tail: "", workersByDefault: noteType === "Basic" })) write(chunk);
    return;
  }
  const topicAt = new Map(library.topics.map((one, at) => [one, at]));
  // the topics of every standard, as places in library.topics, to be stored: where they were not
  let made: number[][][] | null = views ? [] : null;
  await eachCode(scope.codes, (code) => {
    const standards = standardsInScope(library, code, scope.topic);
    const topicsOf = topicsOfStandards(library, code, standards);
    if (made) {
      const places = topicsOf.map((list) => list.map((one) => topicAt.get(one) ?? -1));
      if (places.some((list) => list.includes(-1))) made = null;
      else made.push(places);
    }
    const cards = cardsOfCode(library, code, standards, vocabulary, concepts, topicsOf);
    if (cards.length > 0) write(renderAnkiRows(cards, noteType));
  });
  if (views && made) {
    const lists = made;
    await views.remember(TOPICS_VIEW, (value): value is string[] => topicListsFit(value, library.codes.map((code) => codeSize(code).standards), library.topics.length), async () => packTopicLists(lists));
  }
}

const TOPICS_VIEW = "anki: the topics of every standard";

/**
 * The concept tags of the standards of users' codes read from the cache, which an export worker
 * may be given: none, unless a user's code shares an id with a standard the concept index curates.
 */
function conceptsOfStored(concepts: ReadonlyMap<string, string[]>, codes: readonly Code[]): [string, string[]][] {
  const ids = new Set(codes.filter((code) => storedEntryOf(code)).map((code) => code.id));
  return [...concepts].filter(([key]) => ids.has(codeOfKey(key)));
}

/**
 * The topics of every standard of the library (places in library.topics), packed a code a list,
 * if they are stored and fit the library: checked whole here, unpacked code by code as each is
 * rendered (anki-job.ts).
 */
async function storedTopicLists(views: LibraryViews, library: Library): Promise<{ packed: string[] } | null> {
  const sizes = library.codes.map((code) => codeSize(code).standards);
  const isStored = (value: unknown): value is string[] => topicListsFit(value, sizes, library.topics.length);
  const packed = await storedView(views, TOPICS_VIEW, isStored);
  return packed === null ? null : { packed };
}

/** Cards a warning names, at most, a code: a code of hundreds of matters is not echoed back. */
const CARDS_NAMED = 3;

/**
 * A warning for each user's code some of whose cards leave off standards the file does not tag,
 * whose words read as on the card's matter: a deciding one may be among them ("Will never accept
 * cash, gift cards…", off the card on a $25 gift card). The card's back names them too.
 */
function untaggedWarnings(library: Library, cards: readonly SituationCard[]): string[] {
  const byCode = new Map<Code, SituationCard[]>();
  for (const card of cards) if (card.untagged.length > 0) byCode.set(card.code, [...(byCode.get(card.code) ?? []), card]);
  return [...byCode].map(([code, lacking]) => {
    const number = (standard: { citation: string }) => standard.citation.slice(code.shortName.length).replace(/^ · /, "").trim();
    const named = lacking.slice(0, CARDS_NAMED).map((card) => `${joined(card.untagged.map(number), "and")} ${card.untagged.length === 1 ? "reads" : "read"} as on ${card.concept.name.toLowerCase()}, whose card shows only ${joined(card.standards.map(number), "and")}`);
    const more = lacking.length > CARDS_NAMED ? `; and ${lacking.length - CARDS_NAMED} more cards so` : "";
    return `${code.file}: situation cards are made of the standards a file tags with concepts, and ${tagCountSaid(tagCount(library, code))}: ${named.join("; ")}${more}. The cards name them; tag them (\`concepts: […]\`) to put them on the backs`;
  });
}
