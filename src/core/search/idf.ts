// BM25's inverse document frequency, for the texts' words (rank.ts), a query word's weight
// (query.ts) and the feedback words (feedback.ts): one formula, in a module neither imports the
// other through.

/** How much a word tells that `frequency` of `documents` use: log(1 + (N − n + ½) / (n + ½)). */
export function inverseFrequency(documents: number, frequency: number): number {
  return Math.log(1 + (documents - frequency + 0.5) / (frequency + 0.5));
}
