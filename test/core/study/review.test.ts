// The review kept between quizzes: a miss enters it, right answers since the last miss take it
// out, and a file is read only whole and as ethics writes it.
import { describe, expect, it } from "vitest";
import { standardKeyOf } from "../../../src/core/codes/standard-text.js";
import { EMPTY_REVIEW, parseReview, recordAnswer, RIGHT_TO_LEAVE, serializeReview, withoutStandards, type ReviewRecord } from "../../../src/core/study/review.js";

const integrity12 = { code: "medi-cal", section: "integrity", number: 12 };
const conduct2 = { code: "alaska", section: "conduct", number: 2 };
const NOW = "2026-12-06T10:00:00.000Z";
const LATER = "2026-12-07T09:30:00.000Z";

/** The record after answers in turn: [standard, right]. */
function after(answers: readonly (readonly [typeof integrity12, boolean])[], start: ReviewRecord = EMPTY_REVIEW): ReviewRecord {
  return answers.reduce((record, [key, right], at) => recordAnswer(record, key, right, at === 0 ? NOW : LATER), start);
}

describe("withoutStandards", () => {
  const both = after([[integrity12, false], [conduct2, false]]);
  it.each([
    ["takes out the standards named", [standardKeyOf(integrity12)], [conduct2]],
    ["keeps the others in their order", [], [integrity12, conduct2]],
  ] as const)("%s", (_, keys, expected) => {
    expect(withoutStandards(both, new Set(keys)).standards.map(({ code, section, number }) => ({ code, section, number }))).toEqual(expected);
  });

  it("returns the record itself where none of them is in it, so that no file is written", () => {
    expect(withoutStandards(both, new Set([standardKeyOf({ code: "wisconsin", section: "code-of-conduct", number: 1 })]))).toBe(both);
  });
});

describe("recordAnswer", () => {
  it.each([
    ["a miss enters the review", [[integrity12, false]], [{ ...integrity12, missed: 1, lastMissed: NOW, rightSince: 0 }]],
    ["a right answer on a standard not under review changes nothing", [[integrity12, true]], []],
    ["one right answer since the miss is counted", [[integrity12, false], [integrity12, true]], [{ ...integrity12, missed: 1, lastMissed: NOW, rightSince: 1 }]],
    ["two right answers since the miss take it out", [[integrity12, false], [integrity12, true], [integrity12, true]], []],
    ["a miss after a right answer starts over, and counts", [[integrity12, false], [integrity12, true], [integrity12, false]], [{ ...integrity12, missed: 2, lastMissed: LATER, rightSince: 0 }]],
    ["standards stay in the order first missed", [[integrity12, false], [conduct2, false], [integrity12, false]], [
      { ...integrity12, missed: 2, lastMissed: LATER, rightSince: 0 },
      { ...conduct2, missed: 1, lastMissed: LATER, rightSince: 0 },
    ]],
  ] as const)("%s", (_, answers, expected) => {
    expect(after(answers).standards).toEqual(expected);
  });

  it("returns the record itself where nothing changes, so that no file is written", () => {
    const record = after([[integrity12, false]]);
    expect(recordAnswer(record, conduct2, true, LATER)).toBe(record);
  });

  it("takes a standard out after RIGHT_TO_LEAVE right answers, not before", () => {
    let record = after([[integrity12, false]]);
    for (let right = 1; right < RIGHT_TO_LEAVE; right++) record = recordAnswer(record, integrity12, true, LATER);
    expect(record.standards).toHaveLength(1);
    expect(recordAnswer(record, integrity12, true, LATER).standards).toHaveLength(0);
  });
});

describe("parseReview", () => {
  const written = serializeReview(after([[integrity12, false], [conduct2, false], [conduct2, true]]));

  it("reads back what serializeReview writes", () => {
    expect(parseReview(written)).toEqual(after([[integrity12, false], [conduct2, false], [conduct2, true]]));
  });

  const entry = { ...integrity12, missed: 1, lastMissed: NOW, rightSince: 0 };
  it.each([
    ["text that is not JSON", "{ standards: [", "is not JSON"],
    ["JSON without a list", JSON.stringify({ standards: "none" }), "has no list of standards"],
    ["a list alone", JSON.stringify([entry]), "has no list of standards"],
    ["null", "null", "has no list of standards"],
    ["a standard without its number", JSON.stringify({ standards: [{ ...entry, number: undefined }] }), "has a standard that is not one ethics writes (the 1st)"],
    ["a number past 2^53", `{"standards":[{"code":"medi-cal","section":"integrity","number":99999999999999999999,"missed":1,"lastMissed":"${NOW}","rightSince":0}]}`, "the 1st"],
    ["a code id with an escape sequence", JSON.stringify({ standards: [entry, { ...entry, code: "medi-cal\u001b[2J" }] }), "has a standard that is not one ethics writes (the 2nd)"],
    ["a count of right answers that would have taken it out", JSON.stringify({ standards: [{ ...entry, rightSince: RIGHT_TO_LEAVE }] }), "the 1st"],
    ["a time not as ethics writes it", JSON.stringify({ standards: [{ ...entry, lastMissed: "yesterday" }] }), "the 1st"],
    ["a standard twice", JSON.stringify({ standards: [entry, entry] }), "has a standard twice (medi-cal integrity 12)"],
  ])("refuses %s, saying what is wrong", (_, text, problem) => {
    const parsed = parseReview(text);
    expect(parsed).toHaveProperty("problem");
    expect((parsed as { problem: string }).problem).toContain(problem);
  });
});
