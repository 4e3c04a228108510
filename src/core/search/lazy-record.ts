// A string → string record whose values are made when first read: an index put together from
// parts (a thousand users' codes) has thousands of stems, and a search reads the postings of a
// few dozen (the query's, their word forms, feedback's). Joining all of them took ~40–100 ms
// of a search after one changed file of a thousand. Read as the plain record would be: its own
// keys (Object.hasOwn, `in`), their values, and, once every key is asked for (Object.keys,
// JSON.stringify to store the index), the plain record itself, made then, whose key order is
// the engine's own (integer-like keys first). It cannot be written to (nothing writes an index),
// nor cloned (structuredClone, postMessage): an index is stored as JSON, and no thread is sent one.

/** `keys` in the order a plain record would have had them inserted; `make(key)` is called at most once a key. */
export function lazyRecord(keys: readonly string[], has: (key: string) => boolean, make: (key: string) => string): Record<string, string> {
  const made = new Map<string, string>();
  const valueOf = (key: string): string => {
    let value = made.get(key);
    if (value === undefined) made.set(key, (value = make(key)));
    return value;
  };
  let whole: Record<string, string> | undefined;
  const wholeRecord = (): Record<string, string> => {
    if (whole === undefined) {
      whole = {};
      for (const key of keys) whole[key] = valueOf(key);
    }
    return whole;
  };
  const own = (key: string | symbol): key is string => typeof key === "string" && has(key);
  return new Proxy({} as Record<string, string>, {
    get: (target, key, receiver) => (own(key) ? valueOf(key) : Reflect.get(target, key, receiver)),
    has: (target, key) => own(key) || Reflect.has(target, key),
    getOwnPropertyDescriptor: (_target, key) => (own(key) ? { value: valueOf(key), writable: true, enumerable: true, configurable: true } : undefined),
    ownKeys: () => Reflect.ownKeys(wholeRecord()),
    set: () => false,
    defineProperty: () => false,
    deleteProperty: () => false,
  });
}
