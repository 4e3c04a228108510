// diff weighs every standard of one code against every standard of the other (the wording
// pass of core/compare/wording.ts runs whatever --section says; the section narrows only what
// is shown), so its time and memory grow with the product of their sizes. Measured here (two
// codes of one section each, concept-compared, medians of noisy runs): 1,000 × 1,000 standards
// took 1.6 s and 131 MB; 2,000 × 2,000, 5.5 s and 224 MB; 5,000 × 5,000, 60 s and 770 MB; and
// 10,000 × 10,000 was killed after 120 s at 2.1 GB. The largest built-in code has 108
// standards, and test/e2e/diff-long-codes.test.ts holds two of 2,000 to a report that fits:
// the bound is theirs, four million pairs, and refuses with a message the runs that would
// have taken minutes and gigabytes.
import type { Code } from "../model.js";
import { codeSize } from "../model.js";
import { EthicsError } from "../core/errors.js";
import { ethicsFor } from "../core/command-start.js";

/** The most pairs of standards diff weighs: two codes of 2,000 standards each. */
export const MOST_PAIRS_COMPARED = 4_000_000;

const counted = (count: number) => count.toLocaleString("en-US");

/**
 * Throws when comparing `a` with `b` would weigh more pairs of standards than diff bounds. Codes
 * of the same standards (`same`: a code and itself, or a copy) are paired one for one, weighing none.
 */
export function refuseTooLargeToCompare(a: Code, b: Code, same: (a: Code, b: Code) => boolean): void {
  const [aCount, bCount] = [codeSize(a).standards, codeSize(b).standards];
  if (aCount * bCount <= MOST_PAIRS_COMPARED || same(a, b)) return;
  throw new EthicsError(
    `${a.id} and ${b.id} are too large to compare: ${counted(aCount)} × ${counted(bCount)} standards; diff weighs at most ${counted(MOST_PAIRS_COMPARED)} pairs (two codes of 2,000 standards)`,
    `compare their text instead: \`${ethicsFor(a, b)} export --format md --code ${a.id} > a.md\`, the same for ${b.id} > b.md, then \`diff a.md b.md\``,
  );
}
