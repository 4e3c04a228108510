// Whether the packed topic lists of a library view (material-pack.ts packTopicLists) fit a
// library, without unpacking them: the Anki export checks every code's lists before its first
// byte is written, then unpacks each code's as it renders that code (on whichever thread). Made
// whole, a thousand codes' lists were sixty thousand small arrays, held to the end of the run:
// ~100 ms and a share of the collector's work before the first card.
import { unpackInto } from "../search/packed-numbers.js";
import { isCountOrId } from "./material-pack.js";

let numbers = new Float64Array(1024);

/**
 * True when unpackTopicLists(packed, sizes, topics) gives lists of `sizes[at]` standards each,
 * every topic a place below `topics`; false, so that the lists are made again, wherever
 * unpacking would throw.
 */
export function topicListsFit(packed: unknown, sizes: readonly number[], topics: number): packed is string[] {
  if (!Array.isArray(packed) || packed.length !== sizes.length) return false;
  for (let at = 0; at < packed.length; at++) {
    const list: unknown = packed[at];
    if (typeof list !== "string") return false;
    // A number takes a character at least.
    if (numbers.length < list.length) numbers = new Float64Array(list.length);
    const end = unpackInto(list, numbers, 0);
    if (end < 0) return false;
    let standards = 0;
    for (let next = 0; next < end; standards++) {
      const count = numbers[next++]!;
      if (!isCountOrId(count) || next + count > end) return false;
      for (const stop = next + count; next < stop; next++) {
        const topic = numbers[next]!;
        if (!isCountOrId(topic) || topic >= topics) return false;
      }
    }
    if (standards !== sizes[at]) return false;
  }
  return true;
}
