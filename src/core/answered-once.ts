// A lookup asked the same name more than once in one command: `topic nonsenseword` was read
// whole as typed, then whole again by the reader of several names, then as its one part, each
// time looking for a name near it among thousands (~60 ms each). What a name gives, or the
// error it throws, is the same every time: kept, and given again.

/** `answer`, worked out once per name: what it gave, or the error it threw, again for the same name. */
export function answeredOnce<T>(answer: (name: string) => T): (name: string) => T {
  const answers = new Map<string, { value: T } | { error: unknown }>();
  return (name) => {
    let known = answers.get(name);
    if (known === undefined) {
      try {
        known = { value: answer(name) };
      } catch (error) {
        known = { error };
      }
      answers.set(name, known);
    }
    if ("error" in known) throw known.error;
    return known.value;
  };
}
