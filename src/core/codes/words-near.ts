// A name misspelt in one of its words: "saftey" for Safety & Protection, "cultral" for
// Cultural Responsiveness & Humility. A name is named by a prefix of its words, or of its
// later words (resolve.ts: "safety", "cultural"), so what was typed is compared with each run
// of a name's words, not with the whole name, which is too far from one word misspelt.
import { editDistance, nearest } from "../suggest.js";
import { isSmallWord } from "./small-words.js";

/** What was typed shorter than this is too short to tell a misspelling from another word. */
const FEWEST_LETTERS = 4;

/** Each run of a slug's words ("safety", "safety-and", "and-protection", …), less small words alone ("and"). */
function wordRuns(slug: string): string[] {
  const parts = slug.split("-");
  const runs: string[] = [];
  for (let from = 0; from < parts.length; from++) {
    for (let to = from + 1; to <= parts.length; to++) {
      if (to > from + 1 || !isSmallWord(parts[from]!)) runs.push(parts.slice(from, to).join("-"));
    }
  }
  return runs;
}

/**
 * Of things named by slugs, the label of the one a run of whose words is nearest to `wanted`
 * (a slug), and that run, where none other has a run as near; undefined where no run is near
 * enough (suggest.ts), or two things have one as near: nothing is clearly meant.
 */
export function nearestByWords(wanted: string, named: readonly { label: string; slugs: readonly string[] }[]): { label: string; run: string } | undefined {
  if (wanted.replace(/-/g, "").length < FEWEST_LETTERS) return undefined;
  const near = named.flatMap(({ label, slugs }) => {
    const run = nearest(wanted, slugs.flatMap(wordRuns));
    return run === undefined ? [] : [{ label, run, edits: editDistance(wanted, run) }];
  });
  const fewest = Math.min(...near.map((each) => each.edits));
  const closest = near.filter((each) => each.edits === fewest);
  return closest.length === 1 ? { label: closest[0]!.label, run: closest[0]!.run } : undefined;
}
