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

/** The closest choice, if it is close enough to be what the user meant. */
export function nearest(input: string, choices: readonly string[]): string | undefined {
  const wanted = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const choice of choices) {
    const distance = editDistance(wanted, choice.toLowerCase());
    if (distance < bestDistance) {
      best = choice;
      bestDistance = distance;
    }
  }
  // A third of the word, at least 2 (a swap, "gitfs"), but fewer than its letters: a choice that
  // replaces every letter typed ('x' → 'sex') is no nearer than any other.
  const allowed = Math.min(Math.max(2, Math.floor(wanted.length / 3)), wanted.length - 1);
  return bestDistance <= allowed ? best : undefined;
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
