// "did you mean …?" — the nearest of a list of choices by edit distance.

export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** How many letters of `a` appear in `b` in the same order (longest common subsequence). */
export function lettersInCommon(a: string, b: string): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const current = [0];
    for (let j = 1; j <= b.length; j++) current[j] = a[i - 1] === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    previous = current;
  }
  return previous[b.length]!;
}

/** Whether the first letters agree, and the last: a misspelt word seldom gets its ends wrong. */
const endsKept = (a: string, b: string): number => (a[0] === b[0] ? 1 : 0) + (a.at(-1) === b.at(-1) ? 1 : 0);

/**
 * The letters of a choice that `wanted` lacks, or of `wanted` that the choice lacks, counted as
 * many times as they occur, whichever is more: at least the edits between the two, since an
 * edit (a swap of neighbours included) changes one letter of each at the most.
 */
function lettersNotShared(wanted: string): (choice: string) => number {
  // Each letter of `wanted` has a slot (plus one: 0 is none) and a count; a choice spends the
  // counts of its letters. ASCII, nearly every word, is looked up in an array.
  const asciiSlot = new Int32Array(128);
  const otherSlot = new Map<number, number>();
  const slotOf = (unit: number) => (unit < 128 ? asciiSlot[unit]! : (otherSlot.get(unit) ?? 0));
  const counts: number[] = [0];
  for (let at = 0; at < wanted.length; at++) {
    const unit = wanted.charCodeAt(at);
    let slot = slotOf(unit);
    if (slot === 0) {
      slot = counts.push(0) - 1;
      if (unit < 128) asciiSlot[unit] = slot;
      else otherSlot.set(unit, slot);
    }
    counts[slot]!++;
  }
  const left = new Int32Array(counts.length);
  return (choice) => {
    left.set(counts);
    let lacked = 0;
    for (let at = 0; at < choice.length; at++) {
      const slot = slotOf(choice.charCodeAt(at));
      if (slot !== 0 && left[slot]! > 0) left[slot]!--;
      else lacked++;
    }
    return Math.max(lacked, wanted.length - (choice.length - lacked));
  };
}

/** Edits a choice may be from what was typed: a third of the word, at least 2 (a swap, "gitfs"), but fewer than its letters. */
const editsAllowed = (wanted: string): number => Math.min(Math.max(2, Math.floor(wanted.length / 3)), wanted.length - 1);

/**
 * The words of a space-separated list (lower case) that nearest() would compare with `input`,
 * in order: those near its length. Only they are cut out of the list, which may hold thousands.
 */
export function wordsNearInLength(input: string, words: string): string[] {
  const allowed = editsAllowed(input.toLowerCase());
  const near: string[] = [];
  for (let start = 0; start < words.length; ) {
    let end = words.indexOf(" ", start);
    if (end < 0) end = words.length;
    if (Math.abs(end - start - input.length) <= allowed) near.push(words.slice(start, end));
    start = end + 1;
  }
  return near;
}

/**
 * The closest choice, if it is close enough to be what the user meant. Of choices equally
 * close, the one that keeps more of the letters typed, in order ("spnser": sponsor, not sense),
 * then the one that keeps its first and last letters (sponsor, not sponsee), then the first listed.
 * `distance` is editDistance but for tests, which count the work it is given.
 */
export function nearest(input: string, choices: readonly string[], distance: (a: string, b: string) => number = editDistance): string | undefined {
  const wanted = input.toLowerCase();
  // Fewer edits than the word's letters: a choice that replaces every letter typed ('x' →
  // 'sex') is no nearer than any other.
  const allowed = editsAllowed(wanted);
  const unsharedLetters = lettersNotShared(wanted);
  let best: string | undefined;
  let bestRank: readonly number[] = [Infinity];
  for (const choice of choices) {
    const lower = choice.toLowerCase();
    // The lengths' difference is edits at the least: a choice further off than allowed is never
    // the answer, and skipping it keeps a pasted 100 KB word from being compared letter by letter
    // with every name (18 s for `ethics topic`).
    if (Math.abs(lower.length - wanted.length) > allowed) continue;
    // A choice beyond the edits allowed, or than the best so far, is never the answer: letters
    // not shared bound its edits from below at a fraction of their cost ("xyzzy" shares too few
    // with every word of the index, whose distances were most of a search that found nothing).
    if (unsharedLetters(lower) > Math.min(allowed, bestRank[0]!)) continue;
    const edits = distance(wanted, lower);
    if (edits > Math.min(allowed, bestRank[0]!)) continue;
    // Smaller is nearer, at each place in turn.
    const rank = [edits, -lettersInCommon(wanted, lower), -endsKept(wanted, lower)];
    const at = rank.findIndex((value, place) => value !== bestRank[place]);
    if (at >= 0 && rank[at]! < (bestRank[at] ?? Infinity)) {
      best = choice;
      bestRank = rank;
    }
  }
  return bestRank[0]! <= allowed ? best : undefined;
}

/**
 * Optimal string alignment distance: Levenshtein where swapping two neighbours is one edit
 * (search's typo correction, and the usage errors' one slip: no fuse.js needed here).
 */
export function typoDistance(a: string, b: string): number {
  if (a === b) return 0;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      row.push(best);
    }
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

/** One letter added, dropped or changed, or two neighbours swapped ("zhs" for "zsh"). */
export function oneSlipApart(a: string, b: string): boolean {
  return typoDistance(a, b) <= 1;
}

export function didYouMean(input: string, choices: readonly string[]): string | undefined {
  const match = nearest(input, choices);
  return match === undefined ? undefined : `did you mean ${match}?`;
}
