// A user's code read back from its cache entry, for the file that holds it now. While the
// entry's JSON text is at hand, whether any of its strings needs making visible is seen at a
// glance (jsonIsPlain), and a code with none is remembered as plain (known-plain.ts): an export
// then prints its strings without testing each again.
import type { Code } from "../../model.js";
import { rememberPlain } from "../../core/codes/known-plain.js";
import { jsonIsPlain, visible } from "../../render/terminal-text.js";
import type { JsonCache } from "./json-cache.js";
import { parsedFromEntry } from "./parsed-entry.js";

export function readCodeEntry(cache: JsonCache | null | undefined, name: string, key: string, file: string): Code | undefined {
  let plainJson = false;
  const parsed = parsedFromEntry(cache?.get(name, key, (json) => (plainJson = jsonIsPlain(json))));
  if (!parsed?.code) return undefined;
  const code = { ...parsed.code, file };
  if (plainJson && visible(file) === file) rememberPlain(code);
  return code;
}
