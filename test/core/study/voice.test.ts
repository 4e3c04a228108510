// "Which code says this?" was answered by how a code writes: Alaska's standards all say "I will…",
// North Carolina's open "PSS…", Wisconsin's "Peer Specialists…". A code's marks are the subjects
// its standards open with; a passage's voice the marks it bears; a code is offered only beside a
// passage in a voice some standard of its is written in (src/core/study/voice.ts).
import { describe, expect, it } from "vitest";
import { codeVoices, openingSubject } from "../../../src/core/study/voice.js";
import { allStandards } from "../../../src/model.js";
import { builtinLibrary, standardAt } from "./library.js";

describe("the subject a standard opens with", () => {
  it.each([
    ["alaska", "relationship-with-clients", 1, { mark: "I", written: "I" }],
    // after a frame: "As a peer support worker, I will respect…"
    ["alaska", "relationship-with-clients", 5, { mark: "I", written: "I" }],
    ["north-carolina", null, 2, { mark: "ps", written: "PSS" }],
    ["north-carolina", null, 6, { mark: "ps", written: "PSS" }],
    // "PSS's documentation in the agency record…"
    ["north-carolina", null, 18, { mark: "ps", written: "PSS" }],
    ["north-carolina", null, 15, null],
    ["north-carolina", null, 1, null],
    ["wisconsin", null, 2, { mark: "peer specialist", written: "Peer Specialists" }],
    ["wisconsin", null, 1, null],
    ["medi-cal", "integrity", 7, null],
    ["california", "respect", 1, null],
  ] as const)("%s %s %i: %j", (code, section, number, subject) => {
    expect(openingSubject(standardAt(builtinLibrary, code, section, number).text)).toEqual(subject);
  });

  it.each([
    ["May accept a small token gift worth no more than $20.", null],
    ["Staff will not accept cash.", { mark: "staff", written: "Staff" }],
    ["The Peer Support Specialist(s) will keep records.", { mark: "peer support specialist", written: "Peer Support Specialist" }],
    ["We will keep records.", { mark: "we", written: "We" }],
    ["Professional boundaries are kept.", { mark: "professional", written: "Professional" }],
  ])("%s: %j", (text, subject) => {
    expect(openingSubject(text)).toEqual(subject);
  });
});

describe("the voice of the built-in codes' standards", () => {
  const voices = codeVoices();
  const voicesOf = (id: string) => new Set(allStandards(builtinLibrary.codes.find((code) => code.id === id)!).map((standard) => voices.voiceOf(standard, builtinLibrary.codes)));

  it.each([
    ["alaska", ["I"]],
    ["wisconsin", ["peer specialist"]],
    // North Carolina 15 alone names no PSS
    ["north-carolina", ["", "ps"]],
    ["medi-cal", [""]],
    ["california", [""]],
  ])("%s writes in %j", (id, expected) => {
    expect([...voicesOf(id)].sort()).toEqual(expected);
  });

  it.each([
    // the name anywhere in the passage: "…the performance of duties as a Peer Support Specialist(s) (PSS)"
    ["north-carolina", null, 1, "ps"],
    ["wisconsin", null, 1, "peer specialist"],
    ["north-carolina", null, 15, ""],
  ] as const)("%s %s %i bears %j", (code, section, number, voice) => {
    expect(voices.voiceOf(standardAt(builtinLibrary, code, section, number), builtinLibrary.codes)).toBe(voice);
  });

  it("the usual subject of a code, as written", () => {
    expect(builtinLibrary.codes.map((code) => voices.usualSubject(code))).toEqual(builtinLibrary.codes.map((code) => ({ alaska: "I", "north-carolina": "PSS", wisconsin: "Peer Specialists" })[code.id as "alaska"] ?? null));
  });
});
