// A string → string table as three strings: JSON.parse reads an object of thousands of keys in
// about a millisecond, three strings in next to nothing, and a query looks up a handful of keys.
// Keys are sorted, so a lookup is a binary search over them, split once on first use.
import { fixedWidthAt, packFixedWidth } from "./packed-numbers.js";

export interface PackedTable {
  /** The keys, sorted, space-separated. */
  keys: string;
  /**
   * Where each key ends in `keys`, OFFSET_WIDTH characters each: a lookup reads the dozen keys
   * its binary search visits, where splitting the keys made ~3,000 strings a table, which the
   * young generation's collections then copied twice.
   */
  keyEnds: string;
  /** The values, end to end. */
  values: string;
  /** Where each key's value ends in `values`, OFFSET_WIDTH characters each. */
  ends: string;
}

const OFFSET_WIDTH = 3;

export function packTable(entries: Iterable<readonly [string, string]>): PackedTable {
  const sorted = [...entries].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const ends: number[] = [];
  const keyEnds: number[] = [];
  let at = 0;
  let keyAt = -1;
  for (const [key, value] of sorted) {
    ends.push((at += value.length));
    keyEnds.push((keyAt += key.length + 1));
  }
  return {
    keys: sorted.map(([key]) => key).join(" "),
    keyEnds: packFixedWidth(keyEnds, OFFSET_WIDTH),
    values: sorted.map(([, value]) => value).join(""),
    ends: packFixedWidth(ends, OFFSET_WIDTH),
  };
}

const splitKeys = new WeakMap<PackedTable, string[]>();

function keysOf(table: PackedTable): string[] {
  let keys = splitKeys.get(table);
  if (keys === undefined) splitKeys.set(table, (keys = table.keys === "" ? [] : table.keys.split(" ")));
  return keys;
}

function keyAt(table: PackedTable, position: number): string {
  const start = position === 0 ? 0 : fixedWidthAt(table.keyEnds, position - 1, OFFSET_WIDTH) + 1;
  return table.keys.slice(start, fixedWidthAt(table.keyEnds, position, OFFSET_WIDTH));
}

function positionOf(table: PackedTable, key: string): number {
  let low = 0;
  let high = table.keyEnds.length / OFFSET_WIDTH - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const found = keyAt(table, middle);
    if (found === key) return middle;
    if (found < key) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

export function tableGet(table: PackedTable, key: string): string | undefined {
  const position = positionOf(table, key);
  if (position < 0) return undefined;
  const start = position === 0 ? 0 : fixedWidthAt(table.ends, position - 1, OFFSET_WIDTH);
  return table.values.slice(start, fixedWidthAt(table.ends, position, OFFSET_WIDTH));
}

export function tableHas(table: PackedTable, key: string): boolean {
  return positionOf(table, key) >= 0;
}

/** Every key with its value, in key order. */
export function* tableEntries(table: PackedTable): Generator<[string, string]> {
  let start = 0;
  for (const [position, key] of keysOf(table).entries()) {
    const end = fixedWidthAt(table.ends, position, OFFSET_WIDTH);
    yield [key, table.values.slice(start, end)];
    start = end;
  }
}
