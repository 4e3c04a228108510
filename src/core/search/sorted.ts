// Membership in an increasing list of numbers, for the index's joins (inverted-index.ts and
// joined-concepts.ts): a few related standards a concept, not a hot path.

/** Whether `sorted` (increasing) holds `value`: a binary search. */
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
