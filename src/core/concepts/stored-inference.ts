// The built-in library's inference model as the build writes it (dist/inference.txt) and a run
// reads it back. Made at run time it took ~15–45 ms of every first run over users' codes (the
// curated standards stemmed and weighed), and its telling phrases ~25–80 ms more (every
// concept's terms compiled), on each thread apart; read back, the model takes ~1–2 ms and the
// phrases are decoded stem by stem, only those a standard asks for. The numbers are written as
// JSON writes them (the shortest decimal that reads back as the same double), so the model read
// is the one the build made, weight for weight.
//
// The text: one line of JSON (the model), then one line per stem of the telling phrases whose
// first meaningful word it is: the stem, then each phrase, tab-separated; a phrase is its
// concept's id and its words, space-separated, a small word marked by a leading "_" (words and
// stems are [a-z0-9]+, text.ts words(), and concept ids have no space or tab).
import type { CosineColumns, TermModel } from "../compare/similarity.js";
import type { InferenceModel, TellingPhrase } from "./infer.js";

const FORMAT = 1;
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
  /** The concept ids in the index's order. */
  order: string[];
}

/** What serializeInference writes: the model, and every telling phrase by the stem of its first meaningful word. */
export function serializeInference(inference: InferenceModel, phrases: ReadonlyMap<string, readonly TellingPhrase[]>): string {
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
    order: [...inference.order].sort((a, b) => a[1] - b[1]).map(([id]) => id),
  };
  for (const [term, list] of vectors.postings) {
    stored.terms.push(term);
    stored.columns.push(...list.columns);
    stored.weights.push(...list.weights);
    stored.ends.push(stored.columns.length);
  }
  const lines = [JSON.stringify(stored)];
  for (const [stem, list] of phrases) {
    const entries = list.map(({ id, phrase }) => {
      if (/\s/.test(id)) throw new Error(`concept id '${id}' has white space: the inference file cannot hold it`);
      return [id, ...phrase.words.map((word, at) => (phrase.stop[at] ? STOP_MARK + word : word))].join(" ");
    });
    lines.push([stem, ...entries].join("\t"));
  }
  return lines.join("\n") + "\n";
}

function isStoredModel(value: unknown): value is StoredModel {
  const stored = value as StoredModel;
  return (
    typeof value === "object" &&
    value !== null &&
    stored.format === FORMAT &&
    [stored.idfTerms, stored.idf, stored.terms, stored.ends, stored.columns, stored.weights, stored.tags, stored.codes, stored.order].every(Array.isArray) &&
    stored.idfTerms.length === stored.idf.length &&
    stored.terms.length === stored.ends.length &&
    stored.columns.length === stored.weights.length &&
    stored.ends[stored.ends.length - 1] === stored.columns.length &&
    stored.tags.length === stored.count &&
    stored.codes.length === stored.count
  );
}

/** The telling phrases of one line (after its stem). */
function decodePhrases(line: string): TellingPhrase[] {
  return line.split("\t").map((entry) => {
    const [id, ...words] = entry.split(" ");
    const phrase = { words: [] as string[], stop: [] as boolean[] };
    for (const word of words) {
      const stop = word.startsWith(STOP_MARK);
      phrase.words.push(stop ? word.slice(STOP_MARK.length) : word);
      phrase.stop.push(stop);
    }
    return { id: id!, phrase };
  });
}

/** The phrases' lines by stem, decoded when a stem is first asked for. */
function phrasesOnDemand(text: string, from: number): (stem: string) => readonly TellingPhrase[] | undefined {
  let lines: Map<string, string> | undefined;
  const decoded = new Map<string, TellingPhrase[]>();
  return (stem) => {
    let phrases = decoded.get(stem);
    if (phrases !== undefined) return phrases;
    if (lines === undefined) {
      lines = new Map();
      for (let start = from, end = text.indexOf("\n", start); end > start; start = end + 1, end = text.indexOf("\n", start)) {
        const tab = text.indexOf("\t", start);
        if (tab > start && tab < end) lines.set(text.slice(start, tab), text.slice(tab + 1, end));
      }
    }
    const line = lines.get(stem);
    if (line === undefined) return undefined;
    decoded.set(stem, (phrases = decodePhrases(line)));
    return phrases;
  };
}

/** The model serializeInference wrote; throws where the text is not one. */
export function parseInference(text: string): InferenceModel {
  const newline = text.indexOf("\n");
  const stored = JSON.parse(newline < 0 ? text : text.slice(0, newline)) as unknown;
  if (newline < 0 || !isStoredModel(stored)) throw new Error("not an inference model of this build");
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
    phrasesFrom: phrasesOnDemand(text, newline + 1),
    order: new Map(stored.order.map((id, at) => [id, at])),
  };
}
