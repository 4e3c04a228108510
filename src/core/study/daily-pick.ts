// The standard of the day (`random --today`): of the scope's standards, the one whose place
// weighs most with the date, by rendezvous hashing. Drawn as a position among them all, it was
// another standard whenever a code was added to the scope, edited or taken out, though the day
// had not changed ("the same all day long"); weighed each by its own place, the day's standard
// changes only when the code that holds it changes, or a new code's standard weighs more.
import { allStandards, codeSize, type Code, type Library, type Standard, type Topic } from "../../model.js";
import { positionsOnTopic, standardsOnTopic } from "../concepts/topics.js";
import { seedOf } from "./rng.js";
import { noStandards } from "./scope.js";

/**
 * The weights of a code's standards on a day, by position: FNV-1a of the day and the code, once,
 * then each position mixed in (MurmurHash3's finalizer), so that places a digit apart weigh apart
 * and a thousand codes' standards are weighed without a string each.
 */
export function dailyWeights(date: string, codeId: string): (position: number) => number {
  const base = seedOf(`${date}\u0000${codeId}`);
  return (position) => {
    let hash = (base ^ Math.imul(position + 1, 0x9e3779b1)) >>> 0;
    hash ^= hash >>> 16;
    hash = Math.imul(hash, 0x85ebca6b) >>> 0;
    hash ^= hash >>> 13;
    hash = Math.imul(hash, 0xc2b2ae35) >>> 0;
    hash ^= hash >>> 16;
    return hash >>> 0;
  };
}

interface Weighed {
  weight: number;
  code: Code;
  position: number;
}

/** Heavier first; of two as heavy, the one earlier in the scope. */
const heavier = (a: Weighed, b: Weighed) => b.weight - a.weight;

/**
 * The `wanted` standards of the day on `date` among `codes` (on `topic`, its standards only),
 * heaviest first. A code is read only for its standards on a topic where their positions are not
 * known ahead, and for the standards picked. With `sameAs`, a standard whose key a heavier one
 * has is passed over for the next heaviest (words shared word for word: same-words.ts).
 */
export function standardsOfTheDay(library: Library, codes: readonly Code[], topic: Topic | null, date: string, wanted: number, sameAs?: (standard: Standard) => string): Standard[] {
  let heaviest = wanted;
  for (;;) {
    const weighed = heaviestOfTheDay(library, codes, topic, date, heaviest);
    const keys = new Set<string>();
    const kept = sameAs ? weighed.filter((standard) => !keys.has(sameAs(standard)) && Boolean(keys.add(sameAs(standard)))) : weighed;
    if (kept.length >= wanted || weighed.length < heaviest) return kept.slice(0, wanted);
    heaviest += wanted - kept.length;
  }
}

function heaviestOfTheDay(library: Library, codes: readonly Code[], topic: Topic | null, date: string, wanted: number): Standard[] {
  const kept: Weighed[] = [];
  for (const code of codes) {
    let positions: readonly number[] | null = null;
    if (topic !== null) {
      positions = positionsOnTopic(library, topic, code);
      if (positions === null) {
        const all = allStandards(code);
        positions = standardsOnTopic(library, topic, code).map((standard) => all.indexOf(standard));
      }
    }
    const count = positions === null ? codeSize(code).standards : positions.length;
    const weightOf = dailyWeights(date, code.id);
    for (let at = 0; at < count; at++) {
      const position = positions === null ? at : positions[at]!;
      const weighed = { weight: weightOf(position), code, position };
      if (kept.length < wanted || heavier(weighed, kept[kept.length - 1]!) < 0) {
        kept.push(weighed);
        kept.sort(heavier);
        if (kept.length > wanted) kept.pop();
      }
    }
  }
  if (kept.length === 0) throw noStandards(codes, topic);
  return kept.map(({ code, position }) => allStandards(code)[position]!);
}
