// The words that name the collection rather than a matter. Most codes' titles share a few words
// (the five built-in codes: code, ethics, peer, support, specialist): they say what every code
// is, so a question framed "is it ethical to…" or "as a peer specialist, can I…" asks what it
// would ask without them. Rare as some of them are in the standards' texts ("ethical" in eight
// of 262, "specialist" in twenty, fifteen of them one code's), their rarity there would make
// them telling, and carry the few standards that happen to say them above the rules on the
// matter asked about.
import type { SearchIndex } from "./inverted-index.js";

const known = new WeakMap<object, ReadonlySet<string>>();

/** The stems that the titles of most of the index's codes (more than half) use. */
export function collectionStems(index: Pick<SearchIndex, "codes">): ReadonlySet<string> {
  const remembered = known.get(index);
  if (remembered) return remembered;
  const codesUsing = new Map<string, number>();
  for (const code of index.codes) {
    for (const stemmed of code.titleStems.split(" ")) if (stemmed !== "") codesUsing.set(stemmed, (codesUsing.get(stemmed) ?? 0) + 1);
  }
  const stems = new Set([...codesUsing].filter(([, count]) => count * 2 > index.codes.length).map(([stemmed]) => stemmed));
  known.set(index, stems);
  return stems;
}
