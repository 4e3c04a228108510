// A regular expression of Unicode properties (\p{L}, \p{Script=Latin}) costs V8 1.5–7 million
// instructions to make (it asks ICU for each property's characters), when the expression is
// evaluated, not when first matched: one at a module's top level was made by every command that
// loaded the module, used or not (four on `search gifts`'s path: ~7 M, about a tenth of what
// ethics adds to Node's own start). Made when first used instead.

/** A function giving what `make` makes, made at its first call. */
export function madeWhenUsed<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}
