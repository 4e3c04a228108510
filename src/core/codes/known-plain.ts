// Codes known to hold no character that render/terminal-text.ts's `visible` would change: their
// strings print as they are, so an export need not test each of them again (a thousand codes
// are twenty-five million characters, ~8% of an export's time). Known only for a code read
// back from its cache entry, whose stored JSON says so at a glance (jsonIsPlain); any other code
// is tested string by string as always. Kept on the code under a Symbol.for key, not
// enumerable, as stored-entry.ts keeps its entry: each lazily loaded bundle has its own copy of
// this module, and no copy, spread or JSON of the code carries it.

const PLAIN = Symbol.for("ethics.plainText");

type Marked = { [PLAIN]?: true | (() => boolean) };

export function rememberPlain(code: object): void {
  Object.defineProperty(code, PLAIN, { value: true, enumerable: false });
}

/** For a code whose fields are read lazily: whether the code behind them is plain, asked when it matters. */
export function rememberPlainTest(code: object, test: () => boolean): void {
  Object.defineProperty(code, PLAIN, { value: test, enumerable: false });
}

export function isKnownPlain(code: object): boolean {
  const mark = (code as Marked)[PLAIN];
  return mark === true || (typeof mark === "function" && mark());
}
