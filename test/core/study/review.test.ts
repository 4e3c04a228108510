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
  const bad = (field: string, value: unknown) => JSON.stringify({ standards: [{ ...entry, [field]: value }] });
  const named = "has a standard ethics does not write: the 1st (medi-cal integrity 12)";
  it.each([
    ["text that is not JSON", "{ standards: [", "is not JSON: line 1, column 3: expected property name or '}'"],
    ["a trailing comma, at its line and column", `{"standards": [\n  {"a": 1},\n]}`, "is not JSON: line 3, column 1: unexpected token ']'"],
    ["text cut short", `{"standards": [\n`, "is not JSON: line 2, column 1: it ends before the JSON does"],
    ["JSON without a list", JSON.stringify({ standards: "none" }), "has no list of standards"],
    ["a list alone", JSON.stringify([entry]), "has no list of standards"],
    ["null", "null", "has no list of standards"],
    ["a standard that is no object", JSON.stringify({ standards: [entry, 5] }), "has a standard ethics does not write: the 2nd is 5, not an object of code, section, number, missed, lastMissed and rightSince"],
    ["a standard without its number", bad("number", undefined), "has a standard ethics does not write: the 1st has no number, where a whole number, 0 or more is expected"],
    ["a number past 2^53", `{"standards":[{"code":"medi-cal","section":"integrity","number":99999999999999999999,"missed":1,"lastMissed":"${NOW}","rightSince":0}]}`, "the 1st has number 100000000000000000000, where a whole number, 0 or more is expected"],
    ["a code id with an escape sequence", JSON.stringify({ standards: [entry, { ...entry, code: "medi-cal\u001b[2J" }] }), 'the 2nd has code "medi-cal\\u001b[2J", where a code\'s id (lowercase letters, digits and hyphens), such as wisconsin is expected'],
    ["a section in capitals", bad("section", "Integrity"), 'the 1st has section "Integrity", where a section\'s id'],
    ["no misses", bad("missed", 0), `${named} has missed 0, where a whole number, 1 or more (the times it was missed) is expected`],
    ["a date without its time", bad("lastMissed", "2026-12-01"), `${named} has lastMissed "2026-12-01", where a full time such as 2026-12-01T00:00:00.000Z is expected`],
    ["a time of the form that never was", bad("lastMissed", "2026-13-45T99:99:99Z"), `${named} has lastMissed "2026-13-45T99:99:99Z", where a full time such as 2026-12-01T00:00:00.000Z is expected`],
    ["a day the month has not", bad("lastMissed", "2026-02-30T10:00:00.000Z"), `${named} has lastMissed "2026-02-30T10:00:00.000Z", where a full time such as 2026-12-01T00:00:00.000Z is expected`],
    ["a time not as ethics writes it", bad("lastMissed", "yesterday"), `${named} has lastMissed "yesterday", where a full time such as 2026-12-01T00:00:00.000Z is expected`],
    ["a count of right answers that would have taken it out", bad("rightSince", RIGHT_TO_LEAVE), `${named} has rightSince 2, where a whole number below 2 (right answers since the last miss; at 2 it leaves the review) is expected`],
    ["a count of right answers as text", bad("rightSince", "1"), `${named} has rightSince "1", where a whole number below 2`],
    ["a long value, cut short", bad("code", "x".repeat(300)), `the 1st has code "${"x".repeat(38)}…, where`],
    ["a standard twice", JSON.stringify({ standards: [entry, entry] }), "has a standard twice (medi-cal integrity 12)"],
  ])("refuses %s, saying what is wrong", (_, text, problem) => {
    const parsed = parseReview(text);
    expect(parsed).toHaveProperty("problem");
    expect((parsed as { problem: string }).problem).toContain(problem);
  });
});

describe("parseReview, where one place in the file is wrong, says what to mend there", () => {
  const entry = { ...integrity12, missed: 1, lastMissed: NOW, rightSince: 0 };
  it.each([
    ["not JSON", "{,}", "mend it at that place"],
    ["a field", JSON.stringify({ standards: [entry, { ...entry, number: 3, lastMissed: "2026-12-01" }] }), "mend the 2nd standard's lastMissed in it, or delete that standard"],
    ["a standard twice", JSON.stringify({ standards: [entry, entry] }), "delete the 2nd standard in it, which repeats one before it"],
    ["no list: the whole file", JSON.stringify({}), undefined],
  ])("%s", (_, text, fix) => {
    expect((parseReview(text) as { fix?: string }).fix).toBe(fix);
  });

  it("reads a file a Windows editor saved with a byte order mark as if it had none", () => {
    expect(parseReview("\uFEFF" + serializeReview(after([[integrity12, false]])))).toEqual(after([[integrity12, false]]));
  });
});
