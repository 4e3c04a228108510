// Increasing lists of numbers (document numbers: small whole numbers), for the index's joins
// (inverted-index.ts and joined-concepts.ts), sorted lists of words, and the first few of many
// documents in an order (rank.ts, see-also.ts).

/** Whether every number of `list` is above the one before it. */
export const increasing = (list: readonly number[]) => list.every((value, at) => at === 0 || value > list[at - 1]!);

/** Fewer numbers than the largest over this are sorted rather than marked (sortedUnique). */
const SPARSE = 64;

/**
 * The numbers of several lists, each once, in increasing order: marked in a bitmap and read
 * back, linear in the documents however many lists a topic's concepts bring.
 */
export function sortedUnique(lists: readonly (readonly (number | undefined)[] | undefined)[]): number[] {
  const present = lists.filter((list): list is readonly (number | undefined)[] => list !== undefined && list.length > 0);
  if (present.length === 0) return [];
  if (present.length === 1 && present[0]!.every((value) => value !== undefined) && increasing(present[0] as number[])) return [...(present[0] as number[])];
  let largest = -1;
  let count = 0;
  for (const list of present) {
    count += list.length;
    for (const value of list) if (value !== undefined && value > largest) largest = value;
  }
  // A few numbers far apart (a concept's related rules with their copies in a thousand users'
  // codes) are sorted: a bitmap as large as the last document, made for each, raised the peak
  // memory of a search over a thousand copies by megabytes.
  if (count * SPARSE < largest) {
    const values = new Set<number>();
    for (const list of present) for (const value of list) if (value !== undefined) values.add(value);
    return [...values].sort((a, b) => a - b);
  }
  const marked = new Uint8Array(largest + 1);
  for (const list of present) for (const value of list) if (value !== undefined) marked[value] = 1;
  const unique: number[] = [];
  for (let value = 0; value <= largest; value++) if (marked[value]) unique.push(value);
  return unique;
}

/** Whether `sorted` (increasing) holds `value`: a binary search (a few related standards a concept, not a hot path). */
export function sortedIncludes(sorted: ArrayLike<number>, value: number): boolean {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const at = sorted[middle]!;
    if (at === value) return true;
    if (at < value) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

/** The words of a sorted, space-separated list that start with `prefix`, in order. */
export function sortedStartingWith(stems: string, prefix: string): string[] {
  // Stems are sorted, so those that start with the prefix stand together after the first one.
  const start = stems.startsWith(prefix) ? 0 : stems.indexOf(` ${prefix}`) + 1;
  if (start === 0 && !stems.startsWith(prefix)) return [];
  const found: string[] = [];
  for (let at = start; at < stems.length; ) {
    let end = stems.indexOf(" ", at);
    if (end < 0) end = stems.length;
    const stemmed = stems.slice(at, end);
    if (!stemmed.startsWith(prefix)) break;
    found.push(stemmed);
    at = end + 1;
  }
  return found;
}

/**
 * Whether `word` is a line of `lines`, whose lines are in code-unit order (as sort() leaves
 * them), each ending in "\n": a binary search of the text as it is, not split.
 */
export function sortedHasLine(lines: string, word: string): boolean {
  // Both ends are always the start of a line (or the text's end).
  let low = 0;
  let high = lines.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    // lastIndexOf reads a negative start as 0, which would find a newline there after the middle.
    const start = middle === 0 ? 0 : lines.lastIndexOf("\n", middle - 1) + 1;
    // A list that does not end in a newline (damaged) still ends its last line.
    const found = lines.indexOf("\n", start);
    const end = found === -1 ? lines.length : found;
    const line = lines.slice(start, end);
    if (line === word) return true;
    if (line < word) low = end + 1;
    else high = start;
  }
  return false;
}

/**
 * The first `limit` of `items` that pass `wanted`, in the order `outranks` gives (a total order),
 * each kept in place as it comes: a few places among many, without sorting them all. The order
 * is tested first, as the cheaper: `wanted` may weigh a document's words.
 */
export function firstInOrder(items: Iterable<number>, limit: number, outranks: (a: number, b: number) => boolean, wanted: (item: number) => boolean = () => true): number[] {
  const ranked: number[] = [];
  for (const item of items) {
    if (ranked.length === limit && !outranks(item, ranked[limit - 1]!)) continue;
    if (!wanted(item)) continue;
    let at = ranked.length;
    while (at > 0 && outranks(item, ranked[at - 1]!)) at--;
    ranked.splice(at, 0, item);
    if (ranked.length > limit) ranked.pop();
  }
  return ranked;
}
