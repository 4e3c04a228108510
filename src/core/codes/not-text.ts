// A value YAML reads as no text where the file wants some: a number
// (title: 1999), true or false, null, or nothing at all (title:). The
// schema sees only what was read (2.10 arrives as 2.1), so it said
// "expected title": neither what was read nor the fix. This says both,
// from the value as typed.

/** The prefix of the id advice, where `path` is a code's or section's id. */
function idPrefix(path: readonly PropertyKey[]): string | undefined {
  const [first, , third] = path;
  if (path.length === 1 && first === "id") return "code";
  if (path.length === 2 && first === "aliases") return "code";
  if (path.length === 3 && first === "sections" && third === "id") {
    return "section";
  }
  return undefined;
}

/** What YAML made of a plain value that is not text, in words. */
function readAs(value: unknown): string | undefined {
  if (typeof value === "number") return "a number";
  if (typeof value === "boolean") return "true/false";
  return value === null ? "no value" : undefined;
}

/**
 * The message for a plain value, typed as `written`, that YAML read as
 * `value` where the schema wanted `wanted` (zod's name of a type) and
 * said `expected`; undefined where the schema's message is the better.
 */
export function notTextMessage(
  expected: string,
  wanted: string,
  value: unknown,
  written: string,
  path: readonly PropertyKey[],
  tag?: string,
): string | undefined {
  if (tag !== undefined) return taggedMessage(wanted, value, written, path, tag);
  if (value === null && written === "") {
    return `${expected}, got an empty value`;
  }
  const read = readAs(value);
  if (wanted !== "string" || read === undefined) return undefined;
  const prefix = idPrefix(path);
  // Quoted, digits alone are still no id: the advice "2024" gets (slug.ts).
  if (prefix !== undefined && /^[0-9]+$/.test(written)) {
    const example = `e.g. '${prefix}-${written}'`;
    return `YAML reads ${written} as a number; ids need a letter, ${example}`;
  }
  return `YAML reads ${written} as ${read}, not text; quote it: ${quotedAt(path, written)}`;
}

/** The value as typed, double-quoted, after its key where it has one: `title: "1999"`. */
function quotedAt(path: readonly PropertyKey[], written: string): string {
  const key = path[path.length - 1];
  const quoted = JSON.stringify(written);
  return typeof key === "string" ? `${key}: ${quoted}` : quoted;
}

/**
 * `title: !!int 1999`: a tag made the value what YAML read. The schema's
 * "expected title" named neither the tag nor the fix: text, untagged.
 */
function taggedMessage(
  wanted: string,
  value: unknown,
  written: string,
  path: readonly PropertyKey[],
  tag: string,
): string | undefined {
  const read = readAs(value);
  if (wanted !== "string" || read === undefined) return undefined;
  if (written === "") return `the tag ${tag} leaves it no value; expected text`;
  const as = read === "true/false" ? "a true/false value" : read;
  return `the tag ${tag} makes ${written} ${as}, not text; write it without the tag: ${quotedAt(path, written)}`;
}
