// A part's list of documents as text ("3.17.42"): how its concepts and its copies of related
// rules name the standards they hold.

/**
 * The documents `entry` lists from `start` ("3.17.42", numbered within its part), each plus
 * `offset`, added to `target`. Read a digit at a time: a thousand codes' parts list half a
 * million, and splitting them into strings first was most of putting the index together.
 */
export function appendDocuments(entry: string, start: number, offset: number, target: number[]): void {
  let value = -1;
  for (let at = start; at <= entry.length; at++) {
    const code = at < entry.length ? entry.charCodeAt(at) : DOT;
    if (code === DOT) {
      if (value < 0) throw new RangeError(`a part's list of documents holds an empty one: ${entry.slice(0, 40)}`);
      target.push(offset + value);
      value = -1;
    } else if (code >= ZERO && code <= ZERO + 9) value = (value < 0 ? 0 : value * 10) + code - ZERO;
    else throw new RangeError(`a part's list of documents holds something not a document: ${entry.slice(0, 40)}`);
  }
}

const DOT = 0x2e;
const ZERO = 0x30;
