// What sets listed things apart ("Accepting gifts · Giving gifts", "26 same · 69 changed",
// "Alaska · 3 sections · 22 standards"): a "·", or with --plain a ";". A screen reader at its
// usual punctuation level skips the "·" (NVDA has "middle dot" at level "most"), so that the
// names ran on as one: "Accepting gifts Giving gifts Gift value limits". At a ";" it pauses,
// and a name may hold a comma of its own ("Billing fraud, waste and abuse"). The "·" of a
// citation ("Medi-Cal · Integrity 12") stays: skipped there, it leaves the code's name and the
// section's in order, as show reads them back (marks-in-words.ts).
import type { RenderOptions } from "./style.js";

type Plain = Pick<RenderOptions, "plain">;

/** Between two listed things, joined on a line: " · ", or "; " with --plain. */
export function listSeparator(options: Plain): string {
  return options.plain ? "; " : " · ";
}

/**
 * The phrases of listed things (each thing's phrases, for wrapPhrases), the list's mark after
 * each but the last: a "·" as a phrase of its own, which wrapPhrases keeps on the line before
 * it, or with --plain a ";" at the end of the thing's last phrase.
 */
export function markedApart(things: readonly (readonly string[])[], options: Plain): string[] {
  const listed = things.filter((phrases) => phrases.length > 0);
  return listed.flatMap((phrases, at) => {
    if (at === listed.length - 1) return [...phrases];
    return options.plain ? [...phrases.slice(0, -1), `${phrases.at(-1)!};`] : [...phrases, "·"];
  });
}
