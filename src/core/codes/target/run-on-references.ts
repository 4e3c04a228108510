// References typed one after another with nothing between them, where a reference without
// numbers is whole before the next code's name: `medi-cal definitions alaska conduct 4`,
// `medi-cal integrity wi 3`. After numbers a reference ends by itself (ref.ts); after a section,
// the preamble or the definitions the words ran on, and were one section name "definitions
// alaska conduct" that Medi-Cal has not.
import type { Library } from "../../../model.js";
import { EthicsError } from "../../errors.js";
import type { NumberSelection, Reference } from "../ref.js";
import { mayBeginCodeName, mostCodeNameParts, mostSectionNameParts, slugify } from "../resolve.js";
import { codeNamedFirst, namesCodeExactly } from "./code-named.js";
import type { Target } from "./kinds.js";
import { resolveTarget } from "./resolve-target.js";

/** Places tried as a reference's end, at most: a list read aloud, not a page of words. */
const MOST_TRIES = 16;

/**
 * `words` read as references, each but the last whole without numbers and followed by a code
 * named whole (its id, alias, name or title), the last given `selection`; each reference ends at
 * the first such place where it names something. `codeWords`: how many of the first words a `·`
 * or the one-word form marks as the first reference's code (`alaska:conduct medi-cal integrity`),
 * which it keeps and no later reference has. Undefined where the words are one reference; where
 * the last names nothing, its error.
 */
export function runOnReferences(library: Library, words: readonly string[], selection: NumberSelection | undefined, codeWords?: number): Target[] | undefined {
  const mostParts = mostCodeNameParts(library);
  // A word no code's name begins as is passed at once: 100,000 words of a pasted page were each
  // looked up as a code's name, 18 s.
  const mayBeginCode = mayBeginCodeName(library);
  const targets: Target[] = [];
  let tries = 0;
  let from = 0;
  // A reference is a code's name and a section's at the longest (and marks between words).
  const longest = 2 * (mostParts + Math.max(0, ...library.codes.map(mostSectionNameParts))) + 2;
  // The code marked is the first reference's whole: the next code is named after it.
  for (let end = Math.max(from + 1, codeWords ?? 0); end < words.length && tries < MOST_TRIES; end++) {
    if (end - from > longest) return undefined;
    if (!mayBeginCode(slugify(words[end]!))) continue;
    if (codeNamedFirst(library, words.slice(end, end + mostParts), mostParts) === undefined) continue;
    const first = reference(words.slice(from, end), undefined, from === 0 ? codeWords : undefined);
    if (!namesCodeExactly(library, first)) continue;
    tries++;
    const target = named(library, first);
    if (target === undefined) continue;
    targets.push(target);
    from = end;
  }
  if (targets.length === 0) return undefined;
  // The references before it whole, the last one's own error says what is wrong ("Alaska
  // Conduct has 1–9"), where the whole's ("no section 'definitions alaska conduct'") did not.
  targets.push(resolveTarget(library, reference(words.slice(from), selection)));
  return targets;
}

const reference = (words: readonly string[], selection?: NumberSelection, codeWords?: number): Reference => ({
  words: [...words],
  ...(codeWords !== undefined && { codeWords }),
  text: words.join(" "),
  ...(selection !== undefined && { selection }),
});

/** What `typed` names, or undefined where the grammar refuses it. */
function named(library: Library, typed: Reference): Target | undefined {
  try {
    return resolveTarget(library, typed);
  } catch (error) {
    if (error instanceof EthicsError) return undefined;
    throw error;
  }
}
