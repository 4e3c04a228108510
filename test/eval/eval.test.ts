// The search evaluation against the built-in codes and the concept index: the tuning file (what
// search may be tuned on) and the held-out file (queries written by people who had not seen the
// concept vocabulary, never tuned on). Search does not meet the targets (recall@10 and first hit
// right ≥ 0.9) yet; the suite holds each file at its measured level, a little below it, so that
// no change makes search worse unnoticed, and `npm run eval` reports the figures against the
// targets (exiting 1 below them). Raise a floor when search improves; never lower one to land a
// change.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { standardKey } from "../../src/core/search/inverted-index.js";
import { search } from "../../src/core/search/search.js";
import { isCurated } from "../../src/core/concepts/standard-concepts.js";
import { agreement, builtIndex, casesOfConcepts, evaluate, evaluateInferredApart, evaluateWrittenApart, expectedKey, formatApart, formatSummary, framedCases, FRAMES, judgesCompared, readBuiltinLibrary, readConceptCases, readEvalCases, readQuestions, readRankedCases, SECOND_JUDGED_SESSIONS, STANDARD_JUDGED_SETS, TARGETS, unanswered, USERS_CODES_SETS, withUsersCodes, writtenApart } from "./evaluate.js";

const root = join(import.meta.dirname, "../..");
const library = readBuiltinLibrary(root);
const index = builtIndex(library);
const keysOf = (references: string[]) => references.map((reference) => expectedKey(library, reference));

/**
 * Measured at the end of each session (the held-out file once, after the tuning was done):
 * tuning 0.8800 / 0.9348, held out 0.7664 / 0.8185 (the words of the best concept's best entry
 * answer; -ment word forms; abbreviations of term words; sums of money). The thirteenth session
 * added a third blind-written pool of 146 queries to the tuning file: 0.8594 / 0.9145 with it.
 * The twentieth, once 159 entry terms that were false friends went (terms20): tuning 0.8616 /
 * 0.9209, held out 0.7597 / 0.8185, blind 0.8478 / 0.9028. The twenty-second, once the words
 * naming the collection weighed little and an opening that says who asks was read apart:
 * tuning 0.8633 / 0.9188, held out 0.7562 / 0.8147, blind 0.8478 / 0.9028.
 * Floors just below: a guard, not a target. The held-out floors sit a point lower: a floor right at the
 * measured figure fails on the first change that moves one query, and its message shows the
 * held-out figures, so whoever edits tags and runs the suite would tune on the held-out file.
 */
const FLOORS = {
  // The forty-first session at its end: 0.8782 / 0.9231 (the fortieth's: 0.8722 / 0.9231). The
  // forty-second's: 0.8766 / 0.9338 (the questions each standard answers, asked.ts).
  tuning: { recall: 0.866, firstHit: 0.923 },
  // Raised in the twenty-fifth session, after 865 entry terms written blind (0.7774 / 0.8224),
  // and at its end, 15 of them out again and a pronoun rule for terms (0.7747 / 0.8301). In the
  // twenty-sixth, a third blind round (slang and worried questions, 540 terms): recall 0.7703,
  // the floor moved a point below by the held-out rule; at its end 0.7722 / 0.8263. In the
  // twenty-seventh, at its end 0.7722 / 0.8301: the first-hit floor raised. In the
  // twenty-ninth, 0.7762 / 0.8301 at its end: recall's floor raised. In the thirtieth, 0.7796 /
  // 0.8378 at its end (texting letters and digits, entry terms): both raised. In the
  // thirty-ninth, 0.7908 / 0.8533 at its end (entry terms and see-also rules read): both raised.
  // In the fortieth, 0.7928 / 0.8571 at its end (readings of who and what a question says): both raised.
  // In the forty-first, 0.8005 / 0.8610 at its end (see-also hits, see-also rules): both raised.
  // In the forty-second, 0.8101 / 0.8880 (the questions each standard answers): both raised.
  "held-out": { recall: 0.8, firstHit: 0.878 },
  // Written in the eighteenth session by a helper who read only the codes; measured at the end
  // of that session, 0.8372 / 0.9028 (0.8478 / 0.9028 in the twentieth), and held a point below
  // as the held-out file is. In the twenty-third, 0.8374 / 0.8889 once the words of a closing
  // verdict that names a matter ("…, is that a HIPAA violation?") weighed half (query.ts
  // VERDICT_FACTOR), then 0.8339 / 0.8750 with the entry terms written for the new questions'
  // tuning halves, seen only as figures. The changes stay, as a held-out file's dislike does not
  // undo a change (that would be tuning on it), and the floor is moved a point below. In the
  // twenty-fourth, 0.8362 / 0.8889 at its end; the floor raised a point below that. In the
  // twenty-fifth, 0.8270 / 0.8750 once 865 entry terms written blind were in (by the held-out
  // rule above, the floor moved a point below). In the twenty-sixth, 0.8210 / 0.8750 at its end
  // (a third blind round of terms, place names, phrasal terms): the floor a point below. In the
  // twenty-seventh, 0.8163 / 0.8611 once a concept's soft lending faded below the best one's
  // rather than stopping (rank.ts SOFT_FADES_FROM): the floor a point below, by the rule above.
  // In the twenty-eighth, 0.8187 / 0.8611 at its end: recall's floor raised. In the
  // twenty-ninth, 0.8187 / 0.8750 at its end: the first hit's raised. In the thirty-ninth,
  // 0.8263 / 0.8750 at its end: recall's raised. In the forty-first, 0.8299 / 0.8750: raised.
  // In the forty-second, 0.8386 / 0.9028 (the questions each standard answers): both raised.
  blind: { recall: 0.828, firstHit: 0.892 },
};

describe.each([
  ["tuning", "tuning.yaml", 150],
  ["held-out", "held-out.yaml", 100],
  ["blind", "blind.yaml", 70],
] as const)("the %s evaluation file", (name, file, atLeast) => {
  const cases = readEvalCases(join(import.meta.dirname, file));

  it(`has at least ${atLeast} queries, each naming standards that exist, each once`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(atLeast);
    for (const evalCase of cases) {
      const keys = keysOf(evalCase.expect);
      expect(new Set(keys).size, `${evalCase.query}: a standard listed twice`).toBe(keys.length);
    }
  });

  it(`holds its measured level: recall@10 ≥ ${FLOORS[name].recall}, first hit right ≥ ${FLOORS[name].firstHit} (targets ${TARGETS.recall}, ${TARGETS.firstHit})`, () => {
    const report = evaluate(library, cases, index);
    // Only the figures: a failing held-out query is not printed, so that nobody tunes on it.
    const summary = formatSummary(report, file);
    expect(report.recall, summary).toBeGreaterThanOrEqual(FLOORS[name].recall);
    expect(report.firstHit, summary).toBeGreaterThanOrEqual(FLOORS[name].firstHit);
  });
});

/**
 * The tuning file's queries in the frames people put around a question, measured in the
 * twenty-second session, recall@10 / first hit (bare: 0.8616 / 0.9209 before, 0.8619 / 0.9188
 * after), before → after the words naming the collection weighed as the commonest of them and an
 * opening that says who asks was read apart when the rest names a matter: "is it ethical: …"
 * 0.8502 / 0.8803 → 0.8597 / 0.9124, "as a peer specialist, …" 0.8603 / 0.8889 → 0.8644 /
 * 0.9167, "as a CPSS, …" 0.8128 / 0.7842 → 0.8528 / 0.9038, "I'm a CPSS. …" 0.8131 / 0.7778 →
 * 0.8528 / 0.9038, "what does my code say about …?" 0.8519 / 0.9145 → 0.8545 / 0.9145, "I have
 * a question. … What should I do?" 0.8567 / 0.9081 → 0.8571 / 0.9081. In the twenty-third,
 * before → after a closing verdict that names no matter was read apart (bare unchanged): "…, is
 * that unethical?" 0.8440 / 0.8632 → 0.8561 / 0.9145, "… . Is this an ethics violation?" 0.8492
 * / 0.8782 → 0.8583 / 0.9145. A framed question may lose a little, never the matter: held a
 * point below the lowest.
 */
const FRAMED_FLOORS = { recall: 0.845, firstHit: 0.898 };

describe("the tuning file's queries, framed as people frame a question", () => {
  const cases = readEvalCases(join(import.meta.dirname, "tuning.yaml"));
  it.each(FRAMES.map(({ name, frame }) => [name, frame] as const))(`%s holds recall@10 ≥ ${FRAMED_FLOORS.recall}, first hit right ≥ ${FRAMED_FLOORS.firstHit}`, (name, frame) => {
    const report = evaluate(library, framedCases(cases, frame), index);
    const summary = formatSummary(report, `tuning.yaml framed "${name}"`);
    expect(report.recall, summary).toBeGreaterThanOrEqual(FRAMED_FLOORS.recall);
    expect(report.firstHit, summary).toBeGreaterThanOrEqual(FRAMED_FLOORS.firstHit);
  });
});

/**
 * Fresh questions labelled by concept (fresh.yaml), measured in the sixteenth session at 0.8003 /
 * 0.8427 (89 scored); in the eighteenth at 0.8220 / 0.8539 (a typo whose stem is a real word
 * corrected; 27 tags whose standards do not govern the matter dropped); in the twenty-fourth at
 * 0.8411 / 0.8652 ("have feelings for" named romance); in the twenty-fifth at 0.8723 / 0.8876
 * (865 entry terms written blind: by helpers who saw neither the index's terms nor any
 * question); 0.8734 / 0.8876 at the twenty-sixth's end; 0.8793 / 0.8989 at the
 * twenty-seventh's. A floor a point below, as the held-out file's: a guard, not a target. In the
 * forty-second, 0.8948 / 0.8876 (the questions each standard answers: one first hit fewer), the
 * first hit's floor a point below that.
 */
const FRESH_FLOORS = { recall: 0.87, firstHit: 0.877 };

describe("the fresh questions, labelled by concept", () => {
  const labelled = readConceptCases(join(import.meta.dirname, "fresh.yaml"));

  it("has at least 80 scored queries, each labelled with concepts that exist", () => {
    const cases = casesOfConcepts(library, labelled);
    expect(cases.length).toBeGreaterThanOrEqual(80);
    for (const evalCase of cases) expect(evalCase.expect.length, evalCase.query).toBeGreaterThan(0);
  });

  it(`holds its measured level: recall@10 ≥ ${FRESH_FLOORS.recall}, first hit right ≥ ${FRESH_FLOORS.firstHit}`, () => {
    const report = evaluate(library, casesOfConcepts(library, labelled), index);
    const summary = formatSummary(report, "fresh.yaml");
    expect(report.recall, summary).toBeGreaterThanOrEqual(FRESH_FLOORS.recall);
    expect(report.firstHit, summary).toBeGreaterThanOrEqual(FRESH_FLOORS.firstHit);
  });

  it("an unknown concept id is an error, not a query expecting nothing", () => {
    expect(() => casesOfConcepts(library, [{ query: "gifts", concepts: ["accepting-gift"] }])).toThrow("no concept 'accepting-gift'");
  });
});

/**
 * The twenty-third session's fresh questions, three sets by helpers who read only the codes
 * (plain questions; situations told at length; slang, brands and abbreviations), each labelled
 * by concept and split at random into halves before any was searched. Entry terms were written
 * for the classes of wording the tuning halves' misses showed. Measured at the end of that
 * session (before → after the terms): plain 0.7734 / 0.8750 → 0.8749 / 0.9643 (tuning half),
 * 0.8412 / 0.8679 → 0.8458 / 0.8679 (held out); narrative 0.7122 / 0.7321 → 0.8313 / 0.9286,
 * 0.5921 / 0.6111 → 0.6152 / 0.6296; slang 0.8150 / 0.8333 → 0.8888 / 0.9074, 0.7068 / 0.7679 →
 * 0.6912 / 0.7500. A floor a point below each: a guard, not a target.
 */
const FRESH23_FLOORS = {
  // 0.8923 / 0.9643 at the twenty-seventh session's end (soft lending that fades).
  "fresh23-tuning.yaml": { recall: 0.887, firstHit: 0.954 },
  // Lowered in the twenty-fifth session: 865 entry terms written blind took it from 0.8458 /
  // 0.8679 to 0.8070 / 0.8679 (the held-out file 0.7564 → 0.7774). Kept by the held-out rule.
  // Raised at the twenty-sixth's end: 0.8242 / 0.8679. In the twenty-seventh, soft lending
  // that fades (rank.ts SOFT_FADES_FROM): 0.8261 / 0.8491, the first-hit floor a point below.
  // At the twenty-eighth's end (stance adverbs, compounds): 0.8342 / 0.8491, recall's raised.
  // In the forty-first, 0.8288 / 0.8491 once 32 see-also rules were related (0.8326 before):
  // recall's floor a point below, by the held-out rule.
  "fresh23-held-out.yaml": { recall: 0.818, firstHit: 0.839 },
  "fresh23-narrative-tuning.yaml": { recall: 0.836, firstHit: 0.918 },
  // Lowered in the twenty-fourth session: terms written for its own situations' tuning half
  // took this half from 0.6152 / 0.6296 to 0.5985 / 0.6111, and to 0.6024 / 0.6296 once 21 of
  // them that were false friends went (docs/search-quality.md). Kept by the held-out rule above.
  // In the twenty-fifth, 865 entry terms written blind: 0.6475 / 0.5926 (recall up, first hit
  // down three questions), 0.6447 / 0.5926 at its end; the floors moved a point below. In the
  // twenty-sixth, a third blind round of terms: recall 0.6353, the floor a point below; at its
  // end 0.6353 / 0.6296 (the first hit up two questions), that floor raised. In the
  // twenty-seventh, soft lending that fades (rank.ts SOFT_FADES_FROM): recall 0.5935, its floor
  // a point below by the held-out rule. At the twenty-eighth's end (stance adverbs, compounds):
  // 0.5824 / 0.6296, recall's floor a point below by the same rule. At the thirtieth's end
  // 0.6088 / 0.6481: both raised. At the thirty-first's end 0.6107 / 0.6481: recall's raised.
  "fresh23-narrative-held-out.yaml": { recall: 0.6, firstHit: 0.638 },
  "fresh23-slang-tuning.yaml": { recall: 0.892, firstHit: 0.934 },
  // The twenty-sixth session's third blind round of terms: first hit 0.7857 (one question); at
  // its end 0.6991 / 0.7857. The forty-second's questions each standard answers: 0.7279 /
  // 0.7857 (a first hit fewer than at the forty-first's end), the first hit's floor a point below.
  "fresh23-slang-held-out.yaml": { recall: 0.694, firstHit: 0.775 },
} as const;

/**
 * The twenty-fourth session's situations told at length (fresh24-narrative-*.yaml), written by a
 * helper who read only the five codes, labelled by concept after writing, split at random before
 * any was searched. Measured when they came (73504f1): tuning half 0.7214 / 0.8400, held-out half
 * 0.6885 / 0.8600. Its short questions and search-box phrases (fresh24-plain-*.yaml), written
 * and split the same way by another such helper, measured when they came (e32d7c1, after the
 * terms written for the situations): 0.9100 / 0.9400 and 0.8684 / 0.9600. At the session's
 * end, after terms for both tuning halves: situations 0.7925 / 0.9400 and 0.6885 / 0.8600,
 * short questions 0.9320 / 1.0000 and 0.8684 / 0.9600. A floor a point below each: a guard,
 * not a target.
 */
const FRESH24_FLOORS = {
  "fresh24-narrative-tuning.yaml": { recall: 0.818, firstHit: 0.93 },
  // 865 entry terms written blind in the twenty-fifth session: 0.6905 / 0.8800; at the
  // twenty-sixth's end 0.7385 / 0.9200; at the twenty-seventh's 0.7465 / 0.9200.
  "fresh24-narrative-held-out.yaml": { recall: 0.736, firstHit: 0.91 },
  "fresh24-plain-tuning.yaml": { recall: 0.932, firstHit: 0.99 },
  // 0.8764 / 0.9600 at the twenty-fifth's end, 0.8684 / 0.9600 at the twenty-sixth's.
  "fresh24-plain-held-out.yaml": { recall: 0.86, firstHit: 0.95 },
} as const;

describe("the twenty-third and twenty-fourth sessions' fresh questions, in halves", () => {
  it.each(Object.entries({ ...FRESH23_FLOORS, ...FRESH24_FLOORS }))("%s holds its measured level", (file, floors) => {
    const cases = casesOfConcepts(library, readConceptCases(join(import.meta.dirname, file)));
    expect(cases.length).toBeGreaterThanOrEqual(50);
    const report = evaluate(library, cases, index);
    const summary = formatSummary(report, file);
    expect(report.recall, summary).toBeGreaterThanOrEqual(floors.recall);
    expect(report.firstHit, summary).toBeGreaterThanOrEqual(floors.firstHit);
  });
});

/**
 * The twenty-sixth session's questions (fresh26-*.yaml): 120 by a helper who read only the five
 * codes (40 short, 40 situations, 40 in slang or shorthand), judged standard by standard as the
 * tuning file is, split at random within each kind before any was searched. Measured as they
 * came (after that session's third blind round of entry terms): tuning half 0.7259 / 0.8167,
 * held-out half 0.7122 / 0.7667. At the twenty-seventh session's end (soft lending that fades):
 * 0.7322 / 0.8000 and 0.7115 / 0.7833. At the twenty-eighth's (stance adverbs, compounds, asked
 * if I ever): 0.7576 / 0.8333 and 0.7115 / 0.8000. At the thirtieth's: 0.7763 / 0.8667 and
 * 0.7243 / 0.8333. At the sixty-third's (other names of the person served, irregular verbs,
 * a colleague as the doer), the held-out half 0.7287 / 0.8000: one first hit fewer, while the
 * pooled held-out halves of all the fresh sets rose 0.6886 / 0.8571 -> 0.6927 / 0.8581. A floor
 * a point below each: a guard, not a target.
 */
const FRESH26_FLOORS = {
  "fresh26-tuning.yaml": { recall: 0.766, firstHit: 0.856 },
  "fresh26-held-out.yaml": { recall: 0.714, firstHit: 0.79 },
} as const;

/**
 * The twenty-eighth session's questions (fresh28-*.yaml): 90 by a helper who read only the five
 * codes (30 short, 30 situations, 30 in slang or shorthand), judged standard by standard, split
 * at random within each kind before any was searched. Nobody tuned on the held-out half (the
 * tuning half's misses gave the entry terms dx and rx). Measured at the session's start
 * (f429c90) and end: tuning half 0.5766 / 0.7111 → 0.5966 / 0.7333, held-out half 0.6895 /
 * 0.7778 → 0.7073 / 0.8000. At the thirtieth's end: 0.6421 / 0.7778 and 0.7088 / 0.8000. A
 * floor a point below each, raised where a figure rose.
 */
const FRESH28_FLOORS = {
  "fresh28-tuning.yaml": { recall: 0.632, firstHit: 0.767 },
  "fresh28-held-out.yaml": { recall: 0.702, firstHit: 0.79 },
} as const;

/**
 * The twenty-ninth session's questions (fresh29-*.yaml): 90 by a helper who read only the five
 * codes, judged and split the same way; references to a code's value statements (11, which
 * search cannot return: they are no standards) taken out after the split, before any question
 * was searched. Measured at the session's start (2110958) and end: tuning half 0.6947 /
 * 0.8000 → 0.7169 / 0.8000, held-out half 0.6112 / 0.7333 → 0.6174 / 0.7333; at the
 * thirtieth's end 0.7169 / 0.8000 and 0.6307 / 0.7333. A floor a point below each.
 */
const FRESH29_FLOORS = {
  "fresh29-tuning.yaml": { recall: 0.706, firstHit: 0.79 },
  "fresh29-held-out.yaml": { recall: 0.62, firstHit: 0.723 },
} as const;

/**
 * The thirtieth session's questions (fresh30-*.yaml): 90 by a helper who read only the five
 * codes, judged and split the same way (every reference a standard). Measured at the session's
 * start (a4df4da) and end: tuning half 0.6225 / 0.7556 → 0.6890 / 0.8000 (entry terms written
 * for its misses), held-out half, never tuned on, 0.6707 / 0.8000 → 0.6773 / 0.8000. A floor a
 * point below each. At the thirty-first's end the held-out half 0.6829 / 0.8000: raised.
 */
const FRESH30_FLOORS = {
  "fresh30-tuning.yaml": { recall: 0.679, firstHit: 0.79 },
  "fresh30-held-out.yaml": { recall: 0.672, firstHit: 0.79 },
} as const;

/**
 * The thirty-first session's questions (fresh31-*.yaml): 90 by a helper who read only the five
 * codes, judged and split the same way (every reference a standard). Measured at the session's
 * start (7ecd563) and end: tuning half 0.6565 / 0.8000 → 0.6806 / 0.8222 (entry terms written for
 * its misses), held-out half, never tuned on, 0.6765 / 0.8000 → 0.6765 / 0.8000. A floor a point
 * below each.
 */
const FRESH31_FLOORS = {
  "fresh31-tuning.yaml": { recall: 0.67, firstHit: 0.812 },
  // The forty-second session's questions each standard answers: 0.7086 / 0.7778 (a first hit
  // fewer), the first hit's floor a point below by the held-out rule.
  "fresh31-held-out.yaml": { recall: 0.666, firstHit: 0.767 },
} as const;

/**
 * The thirty-second session's questions (fresh32-*.yaml): 90 by a helper who read only the five
 * codes, judged and split the same way (every reference a standard). Measured at the session's
 * start (fa1a67c) and end: tuning half 0.6783 / 0.8222 → 0.7057 / 0.9111 (entry terms written for
 * its misses), held-out half, never tuned on, 0.6491 / 0.9111 → 0.6491 / 0.9111. A floor a point
 * below each.
 */
const FRESH32_FLOORS = {
  "fresh32-tuning.yaml": { recall: 0.695, firstHit: 0.9 },
  "fresh32-held-out.yaml": { recall: 0.639, firstHit: 0.9 },
} as const;

/**
 * The thirty-third session's questions (fresh33-*.yaml): 90 by a helper who read only the five
 * codes, judged and split the same way (every reference a standard). Measured at the session's
 * start (79404bf) and end: tuning half 0.6675 / 0.8444 → 0.6799 / 0.8667 (entry terms written for
 * its misses), held-out half, never tuned on, 0.6639 / 0.8889 → 0.6639 / 0.8889. A floor a point
 * below each.
 */
const FRESH33_FLOORS = {
  // The forty-second session's questions each standard answers: 0.7176 / 0.8444.
  "fresh33-tuning.yaml": { recall: 0.669, firstHit: 0.834 },
  "fresh33-held-out.yaml": { recall: 0.653, firstHit: 0.877 },
} as const;

/**
 * The thirty-fourth session's questions (fresh34-*.yaml): 90 by a helper who read only the five
 * codes, judged and split the same way (every reference a standard). Measured at the session's
 * start (f3bbdf0): tuning half 0.6724 / 0.7556, held-out half, never tuned on, 0.6820 / 0.8667.
 * A floor a point below each.
 */
const FRESH34_FLOORS = {
  "fresh34-tuning.yaml": { recall: 0.662, firstHit: 0.745 },
  "fresh34-held-out.yaml": { recall: 0.672, firstHit: 0.856 },
} as const;

/**
 * The thirty-fifth session's questions (fresh35-*.yaml): 90 by a helper who read only the five
 * codes, judged and split the same way (seed 3535). Measured at the session's start (2e2bf04):
 * tuning half 0.6610 / 0.9111, held-out half, never tuned on, 0.7077 / 0.8222. A floor a point
 * below each.
 */
const FRESH35_FLOORS = {
  "fresh35-tuning.yaml": { recall: 0.651, firstHit: 0.901 },
  "fresh35-held-out.yaml": { recall: 0.697, firstHit: 0.812 },
} as const;

/**
 * The thirty-sixth session's questions (fresh36-*.yaml): 90 by a helper who read only the five
 * codes, judged and split the same way (seed 3636); its references to values statements, which
 * search does not answer with, were taken out before any question was searched. Measured at the
 * session's start (7193722): tuning half 0.6810 / 0.8444, held-out half, never tuned on, 0.6372
 * / 0.8000. A floor a point below each.
 */
const FRESH36_FLOORS = {
  "fresh36-tuning.yaml": { recall: 0.671, firstHit: 0.834 },
  "fresh36-held-out.yaml": { recall: 0.627, firstHit: 0.79 },
} as const;

/**
 * The thirty-seventh session's questions (fresh37-*.yaml): 90 by a helper who read only the five
 * codes, judged and split the same way (seed 3737), told to cite standards only. Measured before
 * any was searched by hand (82c2efe): tuning half 0.6144 / 0.7778, held-out half, never tuned on,
 * 0.7190 / 0.8444. A floor a point below each.
 */
const FRESH37_FLOORS = {
  "fresh37-tuning.yaml": { recall: 0.604, firstHit: 0.767 },
  "fresh37-held-out.yaml": { recall: 0.709, firstHit: 0.834 },
} as const;

/**
 * The thirty-eighth session's questions (fresh38-*.yaml): 90 by a helper who read only the five
 * codes, judged and split the same way (seed 3838). Written while the session curated the concept
 * index, and first searched after it (8e0668a: the curation kept, the self-injury phrases taken
 * out): tuning half 0.5762 / 0.7556, held-out half, never tuned on, 0.6288 / 0.8444 (with the
 * index as the session found it, a5f307a: 0.5737 / 0.7556 and 0.6214 / 0.8444). A floor a point
 * below each.
 */
const FRESH38_FLOORS = {
  "fresh38-tuning.yaml": { recall: 0.566, firstHit: 0.745 },
  "fresh38-held-out.yaml": { recall: 0.618, firstHit: 0.834 },
} as const;

/**
 * The thirty-ninth session's questions (fresh39-*.yaml): 90 by a helper who read only the five
 * codes, judged and split the same way (seed 3939). Written while the session curated the concept
 * index, and first searched after most of it (68d91f2): tuning half 0.5888 / 0.7111, held-out
 * half, never tuned on, 0.6554 / 0.6667 (with the index as the session found it, 5854db6: 0.5799 /
 * 0.7111 and 0.6526 / 0.6667). A floor a point below each.
 */
const FRESH39_FLOORS = {
  "fresh39-tuning.yaml": { recall: 0.578, firstHit: 0.701 },
  "fresh39-held-out.yaml": { recall: 0.645, firstHit: 0.656 },
} as const;

/**
 * The fortieth session's questions (fresh40-*.yaml): 90 by a helper who read only the five codes,
 * judged and split the same way (seed 4040), first searched after part of the session's changes
 * (fabb8cc): tuning half 0.6896 / 0.8444, held-out half, never tuned on, 0.7375 / 0.9778, the same
 * with the index as the session found it (3d25856). A floor a point below each.
 */
const FRESH40_FLOORS = {
  "fresh40-tuning.yaml": { recall: 0.679, firstHit: 0.834 },
  "fresh40-held-out.yaml": { recall: 0.727, firstHit: 0.967 },
} as const;

/**
 * The forty-first session's questions (fresh41-*.yaml): 90 by a helper who read only the five
 * codes, judged and split the same way (seed 4141), first searched with the index as the session
 * found it (1831050): tuning half 0.6726 / 0.8667, held-out half, never tuned on, 0.5880 /
 * 0.8444; at the session's end (see-also hits, see-also rules) 0.7069 / 0.8667 and 0.6146 /
 * 0.8444. A floor a point below each.
 */
const FRESH41_FLOORS = {
  // The forty-second session's questions each standard answers: 0.6859 / 0.8444.
  "fresh41-tuning.yaml": { recall: 0.675, firstHit: 0.834 },
  "fresh41-held-out.yaml": { recall: 0.604, firstHit: 0.834 },
} as const;

/**
 * The forty-second session's questions (fresh42-*.yaml): 90 by a helper who read only the five
 * codes, judged and split the same way (seed 4242), first searched with the index as the session
 * found it (0f8bbc0): tuning half 0.6555 / 0.8222, held-out half, never tuned on, 0.6286 /
 * 0.8889; at the session's end (the questions each standard answers, asked.ts) 0.6638 / 0.8667
 * and 0.6364 / 0.9111. A floor a point below each.
 */
const FRESH42_FLOORS = {
  "fresh42-tuning.yaml": { recall: 0.653, firstHit: 0.856 },
  "fresh42-held-out.yaml": { recall: 0.626, firstHit: 0.9 },
} as const;

/**
 * The forty-third session's questions (fresh43-*.yaml): 90 by a helper who read only the five
 * codes, judged and split the same way (seed 4343), first searched with the index as the session
 * found it (6d43ec3): tuning half 0.7178 / 0.8889, held-out half, never tuned on, 0.7050 /
 * 0.8444. A floor a point below each.
 */
const FRESH43_FLOORS = {
  "fresh43-tuning.yaml": { recall: 0.707, firstHit: 0.878 },
  "fresh43-held-out.yaml": { recall: 0.695, firstHit: 0.834 },
} as const;

/**
 * The forty-fourth session's questions (fresh44-*.yaml): 90 by a helper who read only the five
 * codes, judged and split the same way (seed 4444), first searched with the index as the session
 * found it (its curated search unchanged since 6d43ec3): tuning half 0.5777 / 0.7556, held-out
 * half, never tuned on, 0.6961 / 0.9333. A floor a point below each.
 */
const FRESH44_FLOORS = {
  "fresh44-tuning.yaml": { recall: 0.567, firstHit: 0.745 },
  "fresh44-held-out.yaml": { recall: 0.686, firstHit: 0.922 },
} as const;

/**
 * The forty-fifth session's questions (fresh45-*.yaml): 90 by a helper who read only the five
 * codes, judged and split the same way (seed 4545), first searched with the index as the session
 * found it (2001481): tuning half 0.5839 / 0.8667, held-out half, never tuned on, 0.6355 /
 * 0.7333. A floor a point below each.
 */
const FRESH45_FLOORS = {
  "fresh45-tuning.yaml": { recall: 0.573, firstHit: 0.856 },
  "fresh45-held-out.yaml": { recall: 0.625, firstHit: 0.723 },
} as const;

/**
 * A second set written to the forty-fifth session's brief (fresh45b-*.yaml): 90 questions by
 * another helper who read only the five codes, the same seed; searched once in that session for
 * its figures only, kept out of the repo, and added unchanged in the forty-sixth: tuning half
 * 0.6360 / 0.8889, held-out half 0.6360 / 0.8222. A floor a point below each.
 */
const FRESH45B_FLOORS = {
  "fresh45b-tuning.yaml": { recall: 0.626, firstHit: 0.878 },
  "fresh45b-held-out.yaml": { recall: 0.626, firstHit: 0.812 },
} as const;

/**
 * The forty-eighth session's questions (fresh48-*.yaml): 90 by a helper who read only the five
 * codes, judged and split the same way (seed 4848), first searched with the index as the session
 * found it (search unchanged since f842666): tuning half 0.6681 / 0.9111, held-out half, never
 * tuned on, 0.5852 / 0.8444. At the sixty-third session's end, the held-out half 0.5880 /
 * 0.8000 (one first hit fewer; the pooled held-out halves rose, see FRESH26_FLOORS). A floor a
 * point below each.
 */
const FRESH48_FLOORS = {
  "fresh48-tuning.yaml": { recall: 0.658, firstHit: 0.9 },
  "fresh48-held-out.yaml": { recall: 0.575, firstHit: 0.79 },
} as const;

/**
 * The sixty-first session's questions (fresh61-*.yaml): 90 by a helper who read only the five
 * codes, judged and split the same way (seed 6161), first searched with the index as the session
 * found it (search unchanged since 9b11399): tuning half 0.6920 / 0.8000, held-out half, never
 * tuned on, 0.7197 / 0.9333. A floor a point below each.
 */
const FRESH61_FLOORS = {
  "fresh61-tuning.yaml": { recall: 0.682, firstHit: 0.79 },
  "fresh61-held-out.yaml": { recall: 0.709, firstHit: 0.923 },
} as const;

/**
 * The sixty-second session's questions (fresh62-*.yaml): 90 by a helper who read only the five
 * codes, judged and split the same way (seed 6262), first searched with the index as the session
 * found it (search unchanged since 9b11399's quoted passages): tuning half 0.6385 / 0.8889,
 * held-out half, never tuned on, 0.5646 / 0.7778. A floor a point below each.
 */
const FRESH62_FLOORS = {
  "fresh62-tuning.yaml": { recall: 0.628, firstHit: 0.878 },
  "fresh62-held-out.yaml": { recall: 0.554, firstHit: 0.767 },
} as const;

/**
 * The sixty-third session's questions (fresh63-*.yaml): 90 by a helper who read only the five
 * codes, judged and split the same way (seed 6363), written while the session changed search and
 * searched with both: with the index as the session found it (1016de21), tuning half 0.7193 /
 * 0.8222, held-out half 0.7611 / 0.9111; with the session's search, 0.7148 / 0.8222 and 0.7805 /
 * 0.9333 (neither half tuned on). A floor a point below the lower of each.
 */
const FRESH63_FLOORS = {
  "fresh63-tuning.yaml": { recall: 0.704, firstHit: 0.812 },
  "fresh63-held-out.yaml": { recall: 0.751, firstHit: 0.901 },
} as const;

/**
 * The sixty-fourth session's questions (fresh64-*.yaml): 90 by a helper who read only the five
 * codes (30 plain, 30 situations told by a supervisor or a peer, 30 typed as on a phone), judged
 * and split the same way (seed 6464), first searched with the index as the session found it
 * (c563a454): tuning half 0.6589 / 0.8667, held-out half, never tuned on, 0.6725 / 0.8222. A
 * floor a point below each.
 */
const FRESH64_FLOORS = {
  "fresh64-tuning.yaml": { recall: 0.648, firstHit: 0.856 },
  "fresh64-held-out.yaml": { recall: 0.662, firstHit: 0.812 },
} as const;

/**
 * The sixty-fifth session's questions (fresh65-*.yaml): 90 by a helper who read only the five
 * codes (30 asked by supervisors and trainers, 30 situations told by a peer worker, 30 typed as
 * search-box keywords), judged and split the same way (seed 6565), first searched with the index
 * as the session found it (61fc84d7): tuning half 0.7387 / 0.8444, held-out half, never tuned
 * on, 0.7200 / 0.8444. A floor a point below each.
 */
const FRESH65_FLOORS = {
  "fresh65-tuning.yaml": { recall: 0.728, firstHit: 0.834 },
  "fresh65-held-out.yaml": { recall: 0.710, firstHit: 0.834 },
} as const;

/**
 * The sixty-sixth session's questions (fresh66-*.yaml): 90 by a helper who read only the five
 * codes (30 asked by people who receive peer support about their peer worker, 30 written as
 * certification study or exam questions, 30 typed fast on a phone with shorthand and typos),
 * judged and split the same way (seed 6666), first searched with the index as the session found
 * it (f9d02f36): tuning half 0.7952 / 0.9333, held-out half, never tuned on, 0.6591 / 0.7778.
 * A floor a point below each.
 */
const FRESH66_FLOORS = {
  "fresh66-tuning.yaml": { recall: 0.785, firstHit: 0.923 },
  "fresh66-held-out.yaml": { recall: 0.649, firstHit: 0.767 },
} as const;

/**
 * The sixty-seventh session's questions (fresh67-*.yaml): 90 by a helper who read only the five
 * codes (30 role-play and discussion prompts a certification trainer writes for a class, 30 by
 * peer specialists writing English as a second language, 30 by peers in veterans' services,
 * jails, reentry and drug courts in their settings' words), judged and split the same way (seed
 * 6767), first searched with the index as the session found it (f3335266): tuning half 0.5341 /
 * 0.8222, held-out half, never tuned on, 0.6408 / 0.9333. A floor a point below each.
 */
const FRESH67_FLOORS = {
  "fresh67-tuning.yaml": { recall: 0.524, firstHit: 0.812 },
  "fresh67-held-out.yaml": { recall: 0.630, firstHit: 0.923 },
} as const;

/**
 * The sixty-eighth session's questions (fresh68-*.yaml): 90 by a helper who read only the five
 * codes (30 by family peer specialists, parent partners and relatives of people served, 30 by
 * program managers, HR and compliance staff writing policy and personnel questions, 30 by
 * young-adult peers typing fast in text-speak and slang), judged and split the same way (seed
 * 6868), first searched with the index as the session found it (d7a02967): tuning half 0.4828 /
 * 0.6444, held-out half, never tuned on, 0.6034 / 0.8000. A floor a point below each.
 */
const FRESH68_FLOORS = {
  "fresh68-tuning.yaml": { recall: 0.472, firstHit: 0.634 },
  "fresh68-held-out.yaml": { recall: 0.593, firstHit: 0.790 },
} as const;

/**
 * The sixty-ninth session's questions (fresh69-*.yaml): 90 by a helper who read only the five
 * codes (30 by peers in hospital emergency departments, inpatient psychiatric units, crisis
 * stabilization units and mobile crisis teams, 30 by harm-reduction, street-outreach and
 * housing-first peers, 30 by peers in small towns, rural counties, tribal and village
 * communities), judged and split the same way (seed 6969), first searched with the index as the
 * session found it (aaac14a7): tuning half 0.4906 / 0.6444, held-out half, never tuned on,
 * 0.5011 / 0.7111. A floor a point below each.
 */
const FRESH69_FLOORS = {
  "fresh69-tuning.yaml": { recall: 0.480, firstHit: 0.634 },
  "fresh69-held-out.yaml": { recall: 0.491, firstHit: 0.701 },
} as const;

const JUDGED_BY_STANDARD_FLOORS: Record<string, { recall: number; firstHit: number }> = { ...FRESH26_FLOORS, ...FRESH28_FLOORS, ...FRESH29_FLOORS, ...FRESH30_FLOORS, ...FRESH31_FLOORS, ...FRESH32_FLOORS, ...FRESH33_FLOORS, ...FRESH34_FLOORS, ...FRESH35_FLOORS, ...FRESH36_FLOORS, ...FRESH37_FLOORS, ...FRESH38_FLOORS, ...FRESH39_FLOORS, ...FRESH40_FLOORS, ...FRESH41_FLOORS, ...FRESH42_FLOORS, ...FRESH43_FLOORS, ...FRESH44_FLOORS, ...FRESH45_FLOORS, ...FRESH45B_FLOORS, ...FRESH48_FLOORS, ...FRESH61_FLOORS, ...FRESH62_FLOORS, ...FRESH63_FLOORS, ...FRESH64_FLOORS, ...FRESH65_FLOORS, ...FRESH66_FLOORS, ...FRESH67_FLOORS, ...FRESH68_FLOORS, ...FRESH69_FLOORS };

describe("the twenty-sixth, twenty-eighth to forty-fifth, forty-eighth and sixty-first to sixty-ninth sessions' fresh questions (two sets the forty-fifth's), judged by standard, in halves", () => {
  it("holds a floor for both halves of every session npm run eval reports", () => {
    const halves = STANDARD_JUDGED_SETS.flatMap((set) => [`fresh${set}-tuning.yaml`, `fresh${set}-held-out.yaml`]);
    expect(Object.keys(JUDGED_BY_STANDARD_FLOORS).sort()).toEqual(halves.sort());
  });

  it.each(Object.entries(JUDGED_BY_STANDARD_FLOORS))("%s holds its measured level", (file, floors) => {
    const cases = readEvalCases(join(import.meta.dirname, file));
    expect(cases.length).toBeGreaterThanOrEqual(45);
    const report = evaluate(library, cases, index);
    const summary = formatSummary(report, file);
    expect(report.recall, summary).toBeGreaterThanOrEqual(floors.recall);
    expect(report.firstHit, summary).toBeGreaterThanOrEqual(floors.firstHit);
  });
});

/**
 * A second judge read the forty-first and forty-second sessions' questions
 * (freshN-second-judge.yaml), knowing neither the first judge's lists nor the search: how far two
 * careful readers agree is the most a search can be expected to reach on questions judged
 * standard by standard. As measured in the forty-second session, the second judge's first ten
 * hold of the first judge's lists (recall@10) 0.9159 and 0.9131 (41st, tuning and held-out
 * halves), 0.8796 and 0.8646 (42nd), every first pick one of them; the search, judged by the
 * second judge's lists, 0.5809 / 0.8667, 0.5436 / 0.8444, 0.5968 / 0.7778 and 0.5831 / 0.8889;
 * at the session's end (the questions each standard answers, asked.ts) 0.5720 / 0.8889, 0.5436 /
 * 0.8667, 0.5965 / 0.8222 and 0.5944 / 0.9111 (floors a point below).
 */
const SECOND_JUDGE_FIGURES = {
  "41 tuning": { judges: 0.9159, search: { recall: 0.562, firstHit: 0.878 } },
  "41 held-out": { judges: 0.9131, search: { recall: 0.533, firstHit: 0.856 } },
  "42 tuning": { judges: 0.8796, search: { recall: 0.586, firstHit: 0.812 } },
  "42 held-out": { judges: 0.8646, search: { recall: 0.584, firstHit: 0.9 } },
} as const;

describe("two judges of the same questions", () => {
  const truth = [{ query: "q", expect: ["wisconsin 12", "california integrity 5", "medi-cal integrity 5"] }];
  const eleven = ["north-carolina 1", "north-carolina 2", "north-carolina 3", "north-carolina 4", "north-carolina 5", "north-carolina 6", "north-carolina 7", "north-carolina 8", "north-carolina 9", "north-carolina 10", "wisconsin 12"];
  it.each([
    ["the same standards in another order", ["medi-cal integrity 5", "wisconsin 12", "california integrity 5"], 1, 1],
    ["a third of them, first", ["wisconsin 12", "alaska conduct 1"], 1 / 3, 1],
    ["a third of them, not first", ["alaska conduct 1", "wisconsin 12"], 1 / 3, 0],
    ["none of them", ["alaska conduct 1"], 0, 0],
    ["one only eleventh: past the first ten", eleven, 0, 0],
  ])("%s", (_, ranked, recall, firstHit) => {
    const report = agreement(library, truth, [{ query: "q", ranked }]);
    expect(report.recall).toBeCloseTo(recall, 10);
    expect(report.firstHit).toBe(firstHit);
  });

  it("needs a ranking of every question judged", () => {
    expect(() => agreement(library, truth, [{ query: "another", ranked: ["wisconsin 12"] }])).toThrow(/no ranking of 'q'/);
  });

  it.each(SECOND_JUDGED_SESSIONS)("the second judge ranked each of the %ith session's questions once, at most ten standards, each naming one", (session) => {
    const rankings = readRankedCases(join(import.meta.dirname, `fresh${session}-second-judge.yaml`));
    const questions = ["tuning", "held-out"].flatMap((half) => readEvalCases(join(import.meta.dirname, `fresh${session}-${half}.yaml`)).map((evalCase) => evalCase.query));
    expect(rankings.map((ranking) => ranking.query).sort()).toEqual(questions.sort());
    for (const { ranked } of rankings) {
      expect(ranked.length).toBeLessThanOrEqual(10);
      expect(new Set(ranked.map((reference) => expectedKey(library, reference))).size).toBe(ranked.length);
    }
  });

  it("holds figures for both halves of every second-judged session", () => {
    expect(Object.keys(SECOND_JUDGE_FIGURES).sort()).toEqual(SECOND_JUDGED_SESSIONS.flatMap((session) => [`${session} tuning`, `${session} held-out`]).sort());
  });

  const compared = SECOND_JUDGED_SESSIONS.flatMap((session) => judgesCompared(library, index, import.meta.dirname, session));
  it.each(compared.map((half) => [`${half.session} ${half.half}`, half] as const))("%s: the judges agree as measured, and search holds its floor against the second", (name, half) => {
    const figures = SECOND_JUDGE_FIGURES[name as keyof typeof SECOND_JUDGE_FIGURES];
    expect(half.secondOnFirst.recall).toBeCloseTo(figures.judges, 4);
    expect(half.secondOnFirst.firstHit).toBe(1);
    const summary = formatSummary(half.searchOnSecond, `search judged by the second judge, ${name}`);
    expect(half.searchOnSecond.recall, summary).toBeGreaterThanOrEqual(figures.search.recall);
    expect(half.searchOnSecond.firstHit, summary).toBeGreaterThanOrEqual(figures.search.firstHit);
  });
});

/**
 * Questions no code answers (off-topic-*.yaml, written in the twenty-third session), measured at
 * its end: 16 of 40 given no answer in each half. Most of the rest share one word with a matter
 * ("who sang respect originally", "iphone stuck in recovery mode"); a rule that asked such
 * answers to cover half the query when it has a word the codes and the index do not know gave
 * the tuning half 26 of 40, and was not kept for what it cost on-topic questions (README). In
 * the twenty-sixth, a query whose hits rest on one matter word, about no one, that the matter's
 * words leave mostly unexplained, has no answer (rank.ts claimsAnswers): the tuning half 28 of
 * 40, and the held-out half, run once at the session's end, 24 of 40 (16 before). In the
 * twenty-eighth, a compound's words side by side the other way round no longer match it: the
 * tuning half 29 ("iphone stuck in recovery mode" had named modeling recovery through "model
 * recovery", "mode" read as a slip of "model"), the held-out half 24. Held a question below
 * each: a guard, not a target.
 */
const OFF_TOPIC_FLOORS = { "off-topic-tuning.yaml": 28, "off-topic-held-out.yaml": 23 } as const;

describe("questions no code answers", () => {
  it.each(Object.entries(OFF_TOPIC_FLOORS))("%s: at least %i given no answer", (file, floor) => {
    const report = unanswered(library, readQuestions(join(import.meta.dirname, file)), index);
    expect(report.total).toBe(40);
    // Only the count: the held-out half's questions are read by nobody who changes search.
    expect(report.unanswered, `${file}: ${report.unanswered} of ${report.total} given no answer`).toBeGreaterThanOrEqual(floor);
  });
});

/**
 * Search within a code written apart from the others, its concepts inferred as a user's code's
 * are (the tuning file's queries): measured in the fourteenth session, as the mean over the five
 * codes, 0.8345 / 0.7579 (curated: 0.9391 / 0.8576); 0.8384 / 0.7648 once a standard that only
 * resembles a curated one is also about what its own entry terms name; 0.8770 / 0.7766 once a
 * standard whose concepts were guessed also bears on the matters the curators file with its own
 * (implied-concepts.ts); 0.8747 / 0.7806 once a second reading dropped 27 tags whose standards
 * do not govern the matter (issue 11), some of which the inference had leaned on; 0.8747 /
 * 0.7854 once false-friend entry terms went (twentieth session); 0.8737 / 0.7854 once an
 * opening that says who asks was read apart (twenty-second session: "Youth peer here. A 16 year
 * old I work with told me…" lost recall within California and Medi-Cal inferred, and went from
 * 0.333 to 1.000 on the curated codes); 0.8770 / 0.7824 at the twenty-sixth session's end;
 * 0.8800 / 0.7910 once a concept three loose neighbours agree on is inferred too (infer.ts
 * VOTE_SIMILARITY); 0.8963 / 0.7941 at the forty-third session's end; 0.9179 / 0.7992 once a
 * guessed standard is lent the rank of the curated rules it resembles (search/likeness.ts). A
 * floor just below.
 */
const APART_FLOORS = { recall: 0.916, firstHit: 0.798 };

describe("codes written apart", () => {
  it("leave the code uncurated and its lineage out: Medi-Cal without Working Well Together, and the other way", () => {
    const apart = writtenApart(library, "medi-cal");
    expect(isCurated(apart, "medi-cal")).toBe(false);
    expect(apart.codes.map((code) => code.id)).not.toContain("california");
    expect(writtenApart(library, "california").codes.map((code) => code.id)).not.toContain("medi-cal");
    expect(writtenApart(library, "alaska").codes).toHaveLength(library.codes.length);
    expect(isCurated(writtenApart(library, "alaska"), "medi-cal")).toBe(true);
  });

  it(`hold their measured level, inferred: mean recall@10 ≥ ${APART_FLOORS.recall}, first hit right ≥ ${APART_FLOORS.firstHit}`, () => {
    const tuning = readEvalCases(join(import.meta.dirname, "tuning.yaml"));
    const results = evaluateInferredApart(library, tuning);
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    const enough = results.every(({ inferred }) => inferred.results.length >= 100);
    const recall = mean(results.map(({ inferred }) => inferred.recall));
    const firstHit = mean(results.map(({ inferred }) => inferred.firstHit));
    // The table beside the curated figures explains a failure: made (five more indexes) only then.
    const holds = enough && recall >= APART_FLOORS.recall && firstHit >= APART_FLOORS.firstHit;
    const summary = holds ? "" : formatApart(evaluateWrittenApart(library, tuning), "codes written apart");
    expect(enough, summary).toBe(true);
    expect(recall, summary).toBeGreaterThanOrEqual(APART_FLOORS.recall);
    expect(firstHit, summary).toBeGreaterThanOrEqual(APART_FLOORS.firstHit);
    // Five indexes built and searched (ten on a failure): ~20 s on a free core; ten took 190 s at
    // a load of 20 (a full run beside two helpers' tests). The limit guards against a hang.
  }, 300_000);
});

/**
 * Questions on codes nobody in the project wrote (test/eval/apartNN-*.yaml): a helper of the
 * sixty-second session who saw none of our codes, search or vocabulary wrote two codes in voices
 * of their own (test/fixtures/apart62/: an agency's "Staff shall…" and a recovery coach's "I
 * will…") and 80 questions in askers' words, each judged within its code and split by seed 6262.
 * Searched within their code, as a user's codes are, with the index as the session found it:
 * tuning half 0.6754 / 0.5263, held-out half, never tuned on, 0.7103 / 0.5000. The sixty-third
 * session's helper, likewise, wrote a family-and-youth network's "You…" code and a certification
 * board's disciplinary rules (test/fixtures/apart63/), and 80 questions split by seed 6363:
 * with the index as that session found it, tuning half 0.6535 / 0.3947, held-out half 0.7817 /
 * 0.6667. The sixty-seventh session's helper wrote a teen mentoring program's "Mentors do /
 * don't … Why:" code and a harm-reduction drop-in's numbered volunteer agreement
 * (test/fixtures/apart67/), and 80 questions split by seed 6767: with the index as that session
 * found it, tuning half 0.6053 / 0.4211, held-out half 0.6984 / 0.5000. The sixty-eighth
 * session's helper wrote a recovery community centre's coach commitments in "We …" paragraphs and
 * a warmline's volunteer handbook in questions and answers (test/fixtures/apart68/), and 80
 * questions split by seed 6868: with the index as that session found it, tuning half 0.8377 /
 * 0.3947, held-out half 0.8452 / 0.5238. The sixty-ninth session's helper wrote a text-chat app's
 * guidelines for its paid peer supporters and a wellness lodge's covenant of teachings
 * (test/fixtures/apart69/), and 80 questions split by seed 6969: with the index as that session
 * found it, tuning half 0.6360 / 0.4211, held-out half 0.7540 / 0.4524. A floor a point below
 * each.
 */
const USERS_CODES_FLOORS: Record<string, { recall: number; firstHit: number }> = {
  "apart62-tuning.yaml": { recall: 0.665, firstHit: 0.516 },
  "apart62-held-out.yaml": { recall: 0.7, firstHit: 0.49 },
  "apart63-tuning.yaml": { recall: 0.643, firstHit: 0.384 },
  "apart63-held-out.yaml": { recall: 0.771, firstHit: 0.656 },
  "apart67-tuning.yaml": { recall: 0.595, firstHit: 0.411 },
  "apart67-held-out.yaml": { recall: 0.688, firstHit: 0.49 },
  "apart68-tuning.yaml": { recall: 0.827, firstHit: 0.384 },
  "apart68-held-out.yaml": { recall: 0.835, firstHit: 0.513 },
  "apart69-tuning.yaml": { recall: 0.626, firstHit: 0.411 },
  "apart69-held-out.yaml": { recall: 0.744, firstHit: 0.442 },
};

describe("questions on codes written for the evaluation, searched as a user's codes", () => {
  const sets = USERS_CODES_SETS.flatMap(({ set, codes }) => (["tuning", "held-out"] as const).map((half) => ({ file: `${set}-${half}.yaml`, codes })));

  it("holds a floor for both halves of every set", () => {
    expect(Object.keys(USERS_CODES_FLOORS).sort()).toEqual(sets.map(({ file }) => file).sort());
  });

  // One library and index a set of codes, for both its halves (an index of the built-in codes and
  // the set's is ~0.5 s to build).
  const searched = new Map<string, { withCodes: ReturnType<typeof withUsersCodes>; codesIndex: ReturnType<typeof builtIndex> }>();
  const searchedWith = (codes: string) => {
    let found = searched.get(codes);
    if (found === undefined) {
      const withCodes = withUsersCodes(library, join(root, codes));
      searched.set(codes, (found = { withCodes, codesIndex: builtIndex(withCodes) }));
    }
    return found;
  };

  it.each(sets)("$file holds its measured level, each question searched within its code", ({ file, codes }) => {
    const { withCodes, codesIndex } = searchedWith(codes);
    const cases = readEvalCases(join(import.meta.dirname, file));
    expect(cases.length).toBeGreaterThanOrEqual(38);
    expect(cases.every((evalCase) => evalCase.codes?.length === 1 && withCodes.codes.some((code) => code.id === evalCase.codes![0] && code.origin === "user"))).toBe(true);
    const report = evaluate(withCodes, cases, codesIndex);
    const summary = formatSummary(report, file);
    expect(report.recall, summary).toBeGreaterThanOrEqual(USERS_CODES_FLOORS[file]!.recall);
    expect(report.firstHit, summary).toBeGreaterThanOrEqual(USERS_CODES_FLOORS[file]!.firstHit);
  });
});

describe("the first round's named cases", () => {
  const gifts = keysOf([
    "california integrity 5",
    "california integrity 6",
    "medi-cal integrity 5",
    "medi-cal integrity 6",
    "alaska conflicts-of-interest 3",
    "wisconsin 12",
    "north-carolina 15",
  ]);

  it("gifts: the gift standards of all five codes come before 'skills, gifts, and talents'", () => {
    const hits = search(index, library, "gifts", { limit: 20 }).hits.map(standardKey);
    expect(hits.slice(0, gifts.length).sort()).toEqual([...gifts].sort());
    for (const key of keysOf(["california strengths-based 1", "medi-cal strengths-based 1"])) {
      if (hits.includes(key)) expect(hits.indexOf(key)).toBeGreaterThanOrEqual(gifts.length);
    }
  });

  it("romantic relationship: finds Wisconsin 8, which never says romantic", () => {
    const hits = search(index, library, "romantic relationship").hits;
    expect(hits.find((hit) => hit.code === "wisconsin")?.number).toBe(8);
  });

  it("confidentialty: forgives the typo", () => {
    const { hits } = search(index, library, "confidentialty");
    expect(hits.length).toBeGreaterThan(5);
    expect(hits[0]!.matched.some((word) => /^confidential/i.test(word))).toBe(true);
  });
});
