// How a kind of question draws its standards and shuffles its choices: everything random comes
// from the quiz's one seeded generator, in the order these calls make.
import type { Random } from "../rng.js";
import type { Question } from "./question.js";

/** Positions 0 … count-1: a scope's standards shuffle as their positions do (shuffled depends on the length only). */
export function positions(count: number): number[] {
  return Array.from({ length: count }, (_, position) => position);
}

export type Maker = () => Question | null;

/** Takes candidates in a random order until one makes a question; null when none is left. */
export function drawing<T>(candidates: () => T[], make: (candidate: T) => Question | null): Maker {
  let queue: T[] | null = null;
  // a cursor, not shift(): a scope of a thousand codes is a hundred thousand candidates, each shift a copy of the rest
  let next = 0;
  return () => {
    queue ??= candidates();
    while (next < queue.length) {
      const question = make(queue[next++]!);
      if (question) return question;
    }
    return null;
  };
}

export function shuffledChoices(random: Random, right: string, wrong: readonly string[]): { choices: string[]; answer: number } {
  const choices = random.shuffled([right, ...wrong]);
  return { choices, answer: choices.indexOf(right) };
}
