// The built-in concepts' weights (search/inverted-index.ts conceptWeights: each concept's own
// words, weighed by how few concepts and topics use them) as the build writes them
// (dist/concept-weights.txt) and a run reads them back. Worked out at run time, from the
// built-in index's concept postings, they took ~50–170 ms of every first run over users' codes
// (cold, on each thread that indexes), though they depend on the concept index alone. A word's
// weight is the same in every concept that uses it, so each word and its weight are written
// once, and each concept as the positions of its words; the weights as JSON writes them, the
// shortest decimal that reads back as the same double.

/** Each concept's words and their weights, by concept id (ConceptWeights). */
export type StoredConceptWeights = ReadonlyMap<string, ReadonlyMap<string, number>>;

const FORMAT = 1;

interface StoredWeights {
  format: number;
  /** The words, each once, and the weight of each. */
  stems: string[];
  weights: number[];
  /** The concept ids in the index's order, and each concept's words as positions in `stems`, in its own order. */
  ids: string[];
  concepts: number[][];
}

export function serializeConceptWeights(weights: StoredConceptWeights): string {
  const stored: StoredWeights = { format: FORMAT, stems: [], weights: [], ids: [], concepts: [] };
  const positions = new Map<string, number>();
  for (const [id, words] of weights) {
    const concept: number[] = [];
    for (const [stemmed, weight] of words) {
      let at = positions.get(stemmed);
      if (at === undefined) {
        positions.set(stemmed, (at = stored.stems.length));
        stored.stems.push(stemmed);
        stored.weights.push(weight);
      } else if (stored.weights[at] !== weight) throw new Error(`the word '${stemmed}' weighs differently in two concepts: the weights file cannot hold that`);
      concept.push(at);
    }
    stored.ids.push(id);
    stored.concepts.push(concept);
  }
  return JSON.stringify(stored) + "\n";
}

function isStoredWeights(value: unknown): value is StoredWeights {
  const stored = value as StoredWeights;
  return (
    typeof value === "object" &&
    value !== null &&
    stored.format === FORMAT &&
    [stored.stems, stored.weights, stored.ids, stored.concepts].every(Array.isArray) &&
    stored.stems.length === stored.weights.length &&
    stored.ids.length === stored.concepts.length &&
    stored.concepts.every((concept) => Array.isArray(concept) && concept.every((at) => Number.isInteger(at) && at >= 0 && at < stored.stems.length))
  );
}

/** The weights serializeConceptWeights wrote; throws where the text is not them. */
export function parseConceptWeights(text: string): StoredConceptWeights {
  const stored = JSON.parse(text) as unknown;
  if (!isStoredWeights(stored)) throw new Error("not the concept weights of this build");
  const { stems, weights } = stored;
  return new Map(
    stored.ids.map((id, at) => {
      const words = new Map<string, number>();
      for (const position of stored.concepts[at]!) words.set(stems[position]!, weights[position]!);
      return [id, words];
    }),
  );
}
