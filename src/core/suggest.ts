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

/** One letter added, dropped or changed, or two neighbours swapped ("zhs" for "zsh"). */
export function oneSlipApart(a: string, b: string): boolean {
  if (editDistance(a, b) <= 1) return true;
  if (a.length !== b.length) return false;
  const differ = [...a].flatMap((letter, at) => (letter === b[at] ? [] : [at]));
  return differ.length === 2 && differ[1] === differ[0]! + 1 && a[differ[0]!] === b[differ[1]!] && a[differ[1]!] === b[differ[0]!];
}

export function didYouMean(input: string, choices: readonly string[]): string | undefined {
  const match = nearest(input, choices);
  return match === undefined ? undefined : `did you mean ${match}?`;
}
