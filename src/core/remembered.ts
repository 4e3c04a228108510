// Memos of pure work met again and again: copies of one code repeat every standard's words, and
// a library's cards a few hundred tags. A memo holds at most `limit` entries and starts over when
// full, so that a large library's memo stays a few megabytes.

/** `make()`, remembered in `memo` under `key`. */
export function remembered<K, V>(memo: Map<K, V>, limit: number, key: K, make: () => V): V {
  let value = memo.get(key);
  if (value === undefined) {
    value = make();
    if (memo.size >= limit) memo.clear();
    memo.set(key, value);
  }
  return value;
}
