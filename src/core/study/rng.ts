// Seeded randomness for study: the same seed gives the same standard and the same quiz, on any
// machine, so a trainer can hand a class "quiz --seed 42" and everyone gets the same questions.
// Math.random cannot be seeded; this is mulberry32, small and well distributed for this use.

export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** A whole number in [0, n). */
  below(n: number): number;
  pick<T>(items: readonly T[]): T;
  /** A shuffled copy (Fisher–Yates). */
  shuffled<T>(items: readonly T[]): T[];
}

/** Seeds a user types: whole numbers from 0 to this. */
export const MAX_SEED = 2 ** 32 - 1;

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const below = (n: number): number => Math.floor(next() * n);
  return {
    next,
    below,
    pick(items) {
      if (items.length === 0) throw new RangeError("pick from an empty list");
      return items[below(items.length)]!;
    },
    shuffled(items) {
      const copy = [...items];
      for (let at = copy.length - 1; at > 0; at--) {
        const other = below(at + 1);
        [copy[at], copy[other]] = [copy[other]!, copy[at]!];
      }
      return copy;
    },
  };
}

/**
 * The local calendar date, YYYY-MM-DD: a standard of the day changes at the user's midnight.
 * Under a POSIX TZ string, which Node reads as UTC, see posix-time-zone.ts.
 */
export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A seed from a text (FNV-1a): the same date gives the same seed everywhere. */
export function seedOf(text: string): number {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** A fresh seed for a run without --seed; short, so that it is easy to repeat. */
export function freshSeed(): number {
  return 1 + Math.floor(Math.random() * 999_999);
}
