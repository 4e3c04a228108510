// `ethics search gifts --code wi and nc`: an option takes one word, so "and nc" was searched for
// as words, in Wisconsin alone, without a word said. Since `export alaska and wi` and `list wi
// and nc` read "and" between codes, the habit comes to --code too. As getopt-style tools do, the
// option still takes one value; the words after it that join more codes to it are a usage error
// whose hint is the command with the codes in --code's own list. Words after --code that join
// no code's name (`--code wi and money`) stay the query's, as `search gifts and money`'s do.
import { UsageError } from "../core/errors.js";
import { findCode, mostCodeNameParts, wordsOneNameTakes } from "../core/codes/resolve.js";
import { shellWord } from "../core/shell-path.js";
import type { Library } from "../model.js";
import { typedOption } from "./command-name.js";

/** What joins one more code to a list, said aloud or typed: "and", "&", a comma. */
const JOINER = /^(?:and|&|,)$/i;

/**
 * The codes `words` join to a list from their start ("and nc", "& north carolina, alaska",
 * ",nc"): each a joiner, then a code's id, alias or name, whole; each as typed where one word
 * names it, else its id, and how many of the words they take. Undefined where the first words
 * join none.
 */
function codesJoined(library: Library, words: readonly string[]): { names: string[]; count: number } | undefined {
  // A comma is a joiner of its own where it is written onto a word ("nc,", ",nc").
  const tokens = words.flatMap((word, at) => word.split(/(,)/).filter((part) => part.trim() !== "").map((text) => ({ text, at })));
  const names: string[] = [];
  const most = mostCodeNameParts(library);
  let next = 0;
  let count = 0;
  while (next < tokens.length && JOINER.test(tokens[next]!.text)) {
    // The name ends at the next joiner: "nc ," names North Carolina as "nc" does.
    const rest = tokens.slice(next + 1).map((token) => token.text);
    const ends = rest.findIndex((text) => JOINER.test(text));
    const after = ends < 0 ? rest : rest.slice(0, ends);
    let found: { name: string; length: number } | undefined;
    for (let length = wordsOneNameTakes(after, most); length >= 1 && found === undefined; length--) {
      const lookup = findCode(library, after.slice(0, length).join(" "), ["exact"]);
      if (lookup.kind === "found") found = { name: length === 1 ? after[0]! : lookup.value.id, length };
    }
    if (found === undefined) break;
    names.push(found.name);
    next += 1 + found.length;
    count = tokens[next - 1]!.at + 1;
  }
  return names.length === 0 ? undefined : { names, count };
}

/**
 * The usage error for codes joined after --code's value (`args`, the words after the script),
 * or undefined where none are.
 */
export function codesJoinedAfterOption(library: Library, args: readonly string[]): UsageError | undefined {
  for (let at = 0; at < args.length && args[at] !== "--"; at++) {
    const option = typedOption(args, at, "--code", "-c");
    if (option === undefined) continue;
    at = option.last;
    if (option.value === undefined) continue;
    const joined = codesJoined(library, args.slice(at + 1));
    if (joined === undefined) continue;
    // The word holding the value (`wi`, `--code=wi`, `-cwi`) with the whole list for it.
    const word = args[at]!;
    const listed = `${word.slice(0, word.length - option.value.length)}${option.value},${joined.names.join(",")}`;
    const typed = args.slice(at + 1, at + 1 + joined.count).join(" ");
    const command = [...args.slice(0, at), listed, ...args.slice(at + 1 + joined.count)];
    return new UsageError(
      `'${typed}' after --code ${option.value} would be searched for as words: --code takes one value, codes separated by commas`,
      `\`${["ethics", ...command.map(shellWord)].join(" ")}\``,
    );
  }
  return undefined;
}
