// Whether the packed topic lists of a library view (material-pack.ts packTopicLists) fit a
// library, without unpacking them: the Anki export checks every code's lists before its first
// byte is written, then unpacks each code's as it renders that code (on whichever thread). Made
// whole, a thousand codes' lists were sixty thousand small arrays, held to the end of the run:
// ~100 ms and a share of the collector's work before the first card.
import { unpackInto } from "../search/packed-numbers.js";

let numbers = new Float64Array(1024);

/**
 * True when unpackTopicLists(packed, sizes, topics) gives lists of `sizes[at]` standards each,
 * every topic a place below `topics`. Stricter than unpacking on what no packing makes (a count
 * or a topic that would be negative as the Int32 unpacking reads it): false, so the lists are
 * made again.
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
      // As unpacking reads them: through an Int32Array.
      const count = numbers[next++]! | 0;
      if (count < 0 || next + count > end) return false;
      for (const stop = next + count; next < stop; next++) {
        const topic = numbers[next]! | 0;
        if (topic < 0 || topic >= topics) return false;
      }
    }
    if (standards !== sizes[at]) return false;
  }
  return true;
}
