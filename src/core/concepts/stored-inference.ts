// The built-in library's inference model as the build writes it (dist/inference-model.txt and
// dist/inference-phrases.txt) and a run reads it back. Made at run time it took ~15–45 ms of
// every first run over users' codes (the curated standards stemmed and weighed), and its telling
// phrases ~25–80 ms more (every concept's terms compiled), on each thread apart; read back, the
// model takes ~1–3 ms, and the phrases (three quarters of the bytes, and wanted only for a
// standard that is no near copy of a curated one) are read when first asked for and decoded stem
// by stem. The numbers are written as JSON writes them (the shortest decimal that reads back as
// the same double), so the model read is the one the build made, weight for weight.
//
// The model is one line of JSON. The phrases are one line per stem, of the telling phrases whose
// first meaningful word it is: the stem, then each phrase, tab-separated; a phrase is its
// concept's id and its words, space-separated, a small word marked by a leading "_" and a
// compound's head by a leading "^" (words and stems are [a-z0-9]+, text.ts words(), and concept
// ids have no space or tab).
import type { CosineColumns, TermModel } from "../compare/similarity.js";
import type { InferenceModel, TellingPhrase } from "./infer.js";
import { markedWords, phraseOfMarked } from "./terms.js";

const FORMAT = 4;
const STOP_MARK = "_";

interface StoredModel {
  format: number;
  documents: number;
  /** The model's stems and their IDF, in the model's order. */
  idfTerms: string[];
  idf: number[];
  /** The columns' stems, in their order; each stem's postings end at `ends` in `columns` and `weights`. */
  terms: string[];
  ends: number[];
  columns: number[];
  weights: number[];
  count: number;
  tags: string[][];
  codes: string[];
  /** Each column's standard, as ruleNameOf names it (format 4). */
  names: string[];
  /** The concept ids in the index's order. */
  order: string[];
  /** How many lines the phrases' text has: one cut short is not read. */
  phraseStems: number;
}

/** The two texts of a model made ahead. */
export interface InferenceTexts {
  model: string;
  phrases: string;
}

/** The model, and every telling phrase by the stem of its first meaningful word, as text. */
export function serializeInference(inference: InferenceModel, phrases: ReadonlyMap<string, readonly TellingPhrase[]>): InferenceTexts {
  const { model, vectors } = inference;
  const stored: StoredModel = {
    format: FORMAT,
    documents: model.documents,
    idfTerms: [...model.idf.keys()],
    idf: [...model.idf.values()],
    terms: [],
    ends: [],
    columns: [],
    weights: [],
    count: vectors.count,
    tags: inference.tags,
    codes: inference.codes,
    names: inference.names,
    order: [...inference.order].sort((a, b) => a[1] - b[1]).map(([id]) => id),
    phraseStems: phrases.size,
  };
  for (const [term, list] of vectors.postings) {
    stored.terms.push(term);
    stored.columns.push(...list.columns);
    stored.weights.push(...list.weights);
    stored.ends.push(stored.columns.length);
  }
  const lines: string[] = [];
  for (const [stem, list] of phrases) {
    const entries = list.map(({ id, phrase }) => {
      if (/\s/.test(id)) throw new Error(`concept id '${id}' has white space: the inference file cannot hold it`);
      return [id, ...markedWords(phrase, STOP_MARK)].join(" ");
    });
    lines.push([stem, ...entries].join("\t"));
  }
  return { model: JSON.stringify(stored) + "\n", phrases: lines.join("\n") + "\n" };
}

function isStoredModel(value: unknown): value is StoredModel {
  const stored = value as StoredModel;
  return (
    typeof value === "object" &&
    value !== null &&
    stored.format === FORMAT &&
    [stored.idfTerms, stored.idf, stored.terms, stored.ends, stored.columns, stored.weights, stored.tags, stored.codes, stored.names, stored.order].every(Array.isArray) &&
    stored.idfTerms.length === stored.idf.length &&
    stored.terms.length === stored.ends.length &&
    stored.columns.length === stored.weights.length &&
    stored.ends[stored.ends.length - 1] === stored.columns.length &&
    stored.tags.length === stored.count &&
    stored.codes.length === stored.count &&
    stored.names.length === stored.count &&
    stored.names.every((name) => typeof name === "string") &&
    Number.isSafeInteger(stored.phraseStems)
  );
}

/** The telling phrases of one line (after its stem). */
function decodePhrases(line: string): TellingPhrase[] {
  return line.split("\t").map((entry) => {
    const [id, ...words] = entry.split(" ");
    return { id: id!, phrase: phraseOfMarked(words, STOP_MARK) };
  });
}

/** The phrases' lines by stem; throws unless there are `stems` of them. */
function phraseLines(text: string, stems: number): Map<string, string> {
  const lines = new Map<string, string>();
  for (let start = 0, end = text.indexOf("\n"); end > start; start = end + 1, end = text.indexOf("\n", start)) {
    const tab = text.indexOf("\t", start);
    if (tab > start && tab < end) lines.set(text.slice(start, tab), text.slice(tab + 1, end));
  }
  if (lines.size !== stems) throw new Error("the telling phrases are cut short");
  return lines;
}

/**
 * The phrases of a stem, from `readPhrases`' text (read once, when a stem is first asked for),
 * each stem's decoded when first asked for; from `makePhrases` where that text does not read.
 */
function phrasesOnDemand(
  stems: number,
  readPhrases: () => string,
  makePhrases: () => ReadonlyMap<string, readonly TellingPhrase[]>,
): (stem: string) => readonly TellingPhrase[] | undefined {
  let lines: Map<string, string> | undefined;
  let made: ReadonlyMap<string, readonly TellingPhrase[]> | undefined;
  const decoded = new Map<string, TellingPhrase[]>();
  return (stem) => {
    if (made !== undefined) return made.get(stem);
    let phrases = decoded.get(stem);
    if (phrases !== undefined) return phrases;
    if (lines === undefined) {
      try {
        lines = phraseLines(readPhrases(), stems);
      } catch {
        made = makePhrases();
        return made.get(stem);
      }
    }
    const line = lines.get(stem);
    if (line === undefined) return undefined;
    decoded.set(stem, (phrases = decodePhrases(line)));
    return phrases;
  };
}

/**
 * The model serializeInference wrote (its `model` text; throws where that is not one), its
 * phrases read from `readPhrases` when first wanted, or made by `makePhrases` where they do not read.
 */
export function parseInference(
  modelText: string,
  readPhrases: () => string,
  makePhrases: () => ReadonlyMap<string, readonly TellingPhrase[]>,
): InferenceModel {
  const stored = JSON.parse(modelText) as unknown;
  if (!isStoredModel(stored)) throw new Error("not an inference model of this build");
  const idf = new Map<string, number>();
  stored.idfTerms.forEach((term, at) => idf.set(term, stored.idf[at]!));
  const model: TermModel = { idf, documents: stored.documents };
  const postings: CosineColumns["postings"] = new Map(
    stored.terms.map((term, at) => {
      const start = at === 0 ? 0 : stored.ends[at - 1]!;
      const end = stored.ends[at]!;
      return [term, { columns: Int32Array.from(stored.columns.slice(start, end)), weights: Float64Array.from(stored.weights.slice(start, end)) }];
    }),
  );
  return {
    model,
    vectors: { count: stored.count, postings },
    tags: stored.tags,
    codes: stored.codes,
    names: stored.names,
    phrasesFrom: phrasesOnDemand(stored.phraseStems, readPhrases, makePhrases),
    order: new Map(stored.order.map((id, at) => [id, at])),
  };
}
