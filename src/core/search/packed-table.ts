// A string → string table as three strings: JSON.parse reads an object of thousands of keys in
// about a millisecond, three strings in next to nothing, and a query looks up a handful of keys.
// Keys are sorted, so a lookup is a binary search over them, split once on first use.
import { fixedWidthAt, packFixedWidth } from "./packed-numbers.js";

export interface PackedTable {
  /** The keys, sorted, space-separated. */
  keys: string;
  /** The values, end to end. */
  values: string;
  /** Where each key's value ends in `values`, OFFSET_WIDTH characters each. */
  ends: string;
}

const OFFSET_WIDTH = 3;

export function packTable(entries: Iterable<readonly [string, string]>): PackedTable {
  const sorted = [...entries].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const ends: number[] = [];
  let at = 0;
  for (const [, value] of sorted) ends.push((at += value.length));
  return { keys: sorted.map(([key]) => key).join(" "), values: sorted.map(([, value]) => value).join(""), ends: packFixedWidth(ends, OFFSET_WIDTH) };
}

const splitKeys = new WeakMap<PackedTable, string[]>();

function keysOf(table: PackedTable): string[] {
  let keys = splitKeys.get(table);
  if (keys === undefined) splitKeys.set(table, (keys = table.keys === "" ? [] : table.keys.split(" ")));
  return keys;
}

function positionOf(table: PackedTable, key: string): number {
  const keys = keysOf(table);
  let low = 0;
  let high = keys.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const found = keys[middle]!;
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
