// `ethics random --count 5`: several standards at random, none twice. Each draw is a step of a
// Fisher–Yates shuffle of the positions, made lazily (only the positions swapped are kept), so
// the first draw is the one a single pick makes with the same seed: `random --seed 7` and
// `random --seed 7 --count 3` begin with the same standard, and so does the standard of the day.

/**
 * A chooser of positions in [0, count) that never gives one twice, for the same `count` each
 * call; `below(n)` is a seeded whole number in [0, n).
 */
export function distinctDraws(below: (n: number) => number): (count: number) => number {
  const swapped = new Map<number, number>();
  let drawn = 0;
  return (count) => {
    // The caller draws no more than there are (standardsOfCodes): one more is a bug.
    if (drawn >= count) throw new RangeError(`every one of ${count} positions drawn`);
    const at = drawn + below(count - drawn);
    const value = swapped.get(at) ?? at;
    swapped.set(at, swapped.get(drawn) ?? drawn);
    drawn++;
    return value;
  };
}
