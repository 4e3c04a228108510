// `ethics topic gifts in alaska`: the theme typed beside the codes it is asked of, where the words
// whole name no theme. What `topic` reads its words as, and which failure it reports.
import { ethicsForLibrary } from "../core/command-start.js";
import { EthicsError, isEthicsError, isNameOffered, UsageError } from "../core/errors.js";
import { shellWord } from "../core/shell-path.js";
import type { Code, Library } from "../model.js";

/**
 * The theme `words` name, or, where they name none whole, the theme they name beside codes
 * ("gifts alaska", "nc and wi on gifts": codes-named-around.ts) and those codes. The first
 * failure is the one reported: the words as typed are what was not found. `asTyped` reads the
 * words whole as one name, `resolve` as several too (several-topics.ts): a name not found costs
 * ~50 ms of suggestions, and the words split were each tried before the codes around a theme
 * were (`topic gifts alaska medi-cal` took 0.5 s, `topic gifts --code alaska,medi-cal` 0.15).
 * So the words are split only where they name no theme beside codes.
 */
export async function withCodesNamedAround<T>(
  library: Library,
  words: readonly string[],
  resolve: (name: string) => T,
  asTyped: (name: string) => T = resolve,
): Promise<{ found: T; named: Code[]; name: string }> {
  const whole = words.join(" ");
  const typed = attempt(() => asTyped(whole));
  if (typed.found !== undefined) return { found: typed.found, named: [], name: whole };
  const { codesNamedAround } = await import("../core/codes/codes-named-around.js");
  const { isEnglishWord } = await import("./english-words.js");
  const { ALIAS_MIN_LENGTH } = await import("../core/codes/named-codes.js");
  // The codes' short aliases are read though some are words too ("wi"): typed to `topic`
  // beside a theme, they name the code; a longer everyday word ("medical") does not.
  const around = codesNamedAround(library, words, (word) => word.length >= ALIAS_MIN_LENGTH && isEnglishWord(word));
  const rest = around === undefined ? undefined : attempt(() => resolve(around.rest));
  if (around !== undefined && rest?.found !== undefined) return { found: rest.found, named: around.codes, name: around.rest };
  try {
    return { found: resolve(whole), named: [], name: whole };
  } catch (error) {
    const alone = await codesAlone(library, words);
    if (alone !== undefined) throw alone;
    if (around === undefined) throw (await misspeltCodeAround(library, words, resolve)) ?? error;
    // "giftz in alaska": the theme beside the code is the slip, and its own message says what
    // it is near ("did you mean gifts?"), where the words whole were near nothing. Told by the
    // error's kind, not by its words.
    throw isNameOffered(rest?.error) ? rest.error : error;
  }
}

/** What `read` gives, or the user-facing error it throws (any other is a bug, thrown on). */
function attempt<T>(read: () => T): { found: T; error?: undefined } | { found?: undefined; error: EthicsError } {
  try {
    return { found: read() };
  } catch (error) {
    if (!isEthicsError(error)) throw error;
    return { error };
  }
}

/**
 * `topic alaska medi-cal`: codes and no theme, as a new hire asks what two codes say. It was "no
 * topic or concept 'alaska medi-cal'" and the list of topics: said as codes, with the crosswalk
 * of their themes and one theme side by side as commands (and, of two, their diff).
 */
async function codesAlone(library: Library, words: readonly string[]): Promise<UsageError | undefined> {
  const { codeNamesTyped } = await import("../core/codes/code-names-typed.js");
  const { findCode } = await import("../core/codes/resolve.js");
  const names = codeNamesTyped(library, words);
  const found = names.map((name) => findCode(library, name, ["exact"]));
  if (names.length === 0 || found.some((each) => each.kind !== "found")) return undefined;
  const codes = [...new Set(found.map((each) => (each as { value: Code }).value))];
  const ids = codes.map((code) => code.id).join(",");
  const ethics = ethicsForLibrary();
  const diff = codes.length === 2 ? `; compared: \`${ethics} diff ${codes[0]!.id} ${codes[1]!.id}\`` : "";
  return new UsageError(
    `'${words.join(" ")}' ${codes.length === 1 ? "is a code" : "are codes"}, not a topic or concept: topic takes a theme`,
    `the themes ${codes.length === 1 ? "it addresses" : "they address"}: \`${ethics} topics --code ${ids}\`; one theme: \`${ethics} topic gifts --code ${ids}\`${diff}`,
  );
}

/**
 * "gifts in alsaka": a theme, and at one end a name near a code's (codeOffered, which offers
 * none for an English word meant as typed): said as a code misspelt, with the command it meant.
 */
async function misspeltCodeAround(library: Library, words: readonly string[], resolve: (name: string) => unknown): Promise<EthicsError | undefined> {
  const { codeOffered } = await import("../core/codes/resolve.js");
  const { JOINERS } = await import("../core/codes/codes-named-around.js");
  const split = words.flatMap((word) => word.split(/[\s,]+/)).filter((word) => word.length > 0);
  if (split.length < 2) return undefined;
  for (const atEnd of [true, false]) {
    const typed = atEnd ? split[split.length - 1]! : split[0]!;
    const offered = codeOffered(library, typed);
    if (offered === undefined) continue;
    const others = atEnd ? split.slice(0, -1) : split.slice(1);
    // "gifts in alsaka": the word joining them is neither's.
    const edge = atEnd ? others.length - 1 : 0;
    const theme = others.length > 1 && JOINERS.has(others[edge]!.toLowerCase()) ? others.filter((_, at) => at !== edge) : others;
    try {
      resolve(theme.join(" "));
    } catch {
      continue;
    }
    const meant = split.map((word, at) => (at === (atEnd ? split.length - 1 : 0) ? offered : word));
    return new EthicsError(`no code '${typed}' — did you mean ${offered}?`, `\`${ethicsForLibrary()} topic ${meant.map(shellWord).join(" ")}\``);
  }
  return undefined;
}
