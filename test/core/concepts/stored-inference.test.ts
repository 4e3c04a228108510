// Inference over users' codes reads the model the build made for the built-in library
// (dist/inference-*.txt) instead of making it on each first run: what it reads must be what it
// would have made, weight for weight and phrase for phrase, and only a library that learns from
// what the built-in one does may use it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { inferenceModel, phrasesByFirstStem, type InferenceModel } from "../../../src/core/concepts/infer.js";
import { registerMadeAhead } from "../../../src/core/concepts/made-ahead.js";
import { conceptsOfCode, inferenceTextsOf, isCurated } from "../../../src/core/concepts/standard-concepts.js";
import { parseInference, type InferenceTexts } from "../../../src/core/concepts/stored-inference.js";
import { readDataDirectory } from "../../../src/core/library/read-data.js";
import { parseSnapshot, serializeConcepts, serializeSnapshot } from "../../../src/core/library/snapshot.js";
import { allStandards, type Code, type Library } from "../../../src/model.js";

const root = join(import.meta.dirname, "../../..");
const data = readDataDirectory(join(root, "data"), "data");

/** The model as inference makes it, and every telling phrase by its first stem. */
function madeFor(library: Library): { model: InferenceModel; phrases: ReturnType<typeof phrasesByFirstStem> } {
  const curated = library.codes.filter((code) => isCurated(library, code.id)).flatMap(allStandards);
  return { model: inferenceModel(curated, library.concepts), phrases: phrasesByFirstStem(library.concepts) };
}

/** What a model holds, its lazily compiled phrases aside (compared apart). */
const modelPart = ({ phrasesFrom: _, ...rest }: InferenceModel) => rest;

function expectSameModel(read: InferenceModel, made: ReturnType<typeof madeFor>): void {
  expect(modelPart(read)).toEqual(modelPart(made.model));
  for (const [stem, phrases] of made.phrases) expect(read.phrasesFrom(stem)).toEqual(phrases);
  expect(read.phrasesFrom("no-such-stem")).toBeUndefined();
}

/** A text of the model made for `library`; no concept weights (indexing's, not inference's). */
function inferenceTextOf(library: Library, part: keyof InferenceTexts | "weights"): string {
  if (part === "weights") throw new Error("no weights here");
  return inferenceTextsOf(library)[part];
}

/** Phrases made, where the texts' do not read: none, so that a test sees which were used. */
const noPhrases = () => new Map<string, never[]>();

const readTexts = (texts: InferenceTexts) => parseInference(texts.model, () => texts.phrases, noPhrases);

describe("the inference model the build ships (dist/inference-*.txt)", () => {
  const shipped: InferenceTexts = {
    model: readFileSync(join(root, "dist/inference-model.txt"), "latin1"),
    phrases: readFileSync(join(root, "dist/inference-phrases.txt"), "latin1"),
  };

  it("is the one made from the built-in data, every weight and phrase", () => {
    expectSameModel(readTexts(shipped), madeFor(data));
  });

  it("is the one made from the built-in library as a run restores it from the snapshot", () => {
    const restored = parseSnapshot(serializeSnapshot(data, "b"), () => serializeConcepts(data)).library;
    expect(shipped).toEqual(inferenceTextsOf(restored));
  });

  it("reads back what inferenceTextsOf writes", () => {
    expectSameModel(readTexts(inferenceTextsOf(data)), madeFor(data));
  });
});

describe("texts that are no inference model", () => {
  const texts = inferenceTextsOf(data);
  const made = madeFor(data);
  it.each([
    ["empty", ""],
    ["cut short", texts.model.slice(0, 1000)],
    ["of another format", texts.model.replace('{"format":4,', '{"format":3,')],
    ["with a posting list cut short", texts.model.replace(/"columns":\[\d+,/, '"columns":[')],
    ["with a column too few tagged", texts.model.replace('"tags":[[', '"tags":[')],
  ])("a model %s: throws", (_, damaged) => {
    expect(() => parseInference(damaged, () => texts.phrases, noPhrases)).toThrow();
  });

  const firstStem = texts.phrases.slice(0, texts.phrases.indexOf("\t"));
  it.each([
    ["missing", () => {
      throw new Error("no such file");
    }],
    ["empty", () => ""],
    ["cut short", () => texts.phrases.slice(0, texts.phrases.lastIndexOf("\n", texts.phrases.length - 2) + 1)],
    ["with a line too many", () => `${texts.phrases}zzz\tgifts zzz\n`],
  ])("phrases %s: the phrases made are used, and the model's own read", (_, readPhrases) => {
    const model = parseInference(texts.model, readPhrases, () => made.phrases);
    expect(modelPart(model)).toEqual(modelPart(made.model));
    expect(model.phrasesFrom(firstStem)).toEqual(made.phrases.get(firstStem));
    expect(model.phrasesFrom(firstStem)).not.toBeUndefined();
    expect(parseInference(texts.model, readPhrases, noPhrases).phrasesFrom(firstStem)).toBeUndefined();
  });

  it("phrases read only when first asked for, and once", () => {
    let reads = 0;
    const model = parseInference(texts.model, () => (reads++, texts.phrases), noPhrases);
    expect(reads).toBe(0);
    expect(model.phrasesFrom(firstStem)).toEqual(made.phrases.get(firstStem));
    expect(model.phrasesFrom("gift")).toEqual(made.phrases.get("gift"));
    expect(reads).toBe(1);
  });
});

describe("which libraries use the model made ahead", () => {
  // Each case registers a model for a library of its own: a registration left behind is for a
  // library no later case's is (its concepts are another list), so it is never used.
  const fresh = (): Library => readDataDirectory(join(root, "data"), "data");

  /** A user's code: Medi-Cal under another id, its first standard reworded, so that it is inferred. */
  const userCode: Code = (() => {
    const original = data.codes.find((code) => code.id === "medi-cal")!;
    return {
      ...original,
      id: "my-agency",
      origin: "user",
      source: { ...original.source, derivedFrom: undefined },
      sections: original.sections.map((section, at) => ({
        ...section,
        standards: section.standards.map((standard, number) => ({
          ...standard,
          code: "my-agency",
          text: at === 0 && number === 0 ? "Will not accept gifts of more than token value from the people they support." : standard.text,
        })),
      })),
    };
  })();
  const expected = [...conceptsOfCode({ ...data, codes: [...data.codes, userCode] }, userCode)];

  /** Libraries the model is read for (its reads counted), and not. */
  const withUsers = (library: Library): Library => ({ ...library, codes: [...library.codes, userCode] });
  const otherConcepts = (library: Library): Library => ({ ...library, concepts: [...library.concepts], codes: [...library.codes, userCode] });
  const fewerCurated = (library: Library): Library => ({ ...library, codes: [...library.codes.filter((code) => code.id !== "alaska"), userCode] });
  it.each([
    ["the built-in library with a user's code", 1, withUsers],
    ["a library with the same concepts in another list", 0, otherConcepts],
    ["a library that learns from fewer curated codes", 0, fewerCurated],
  ] as const)("%s: reads the model %i time(s), and infers what it would have made itself", (_, reads, libraryOf) => {
    const madeItself = [...conceptsOfCode(libraryOf(fresh()), userCode)];
    const builtin = fresh();
    let count = 0;
    registerMadeAhead(builtin, (part) => (part === "model" && count++, inferenceTextOf(builtin, part)));
    const library = libraryOf(builtin);
    expect([...conceptsOfCode(library, userCode)]).toEqual(madeItself);
    expect([...conceptsOfCode(library, userCode)]).toEqual(madeItself);
    expect(count).toBe(reads);
  });

  it("a second library that learns from the same codes shares the one read", () => {
    const builtin = fresh();
    let count = 0;
    registerMadeAhead(builtin, (part) => (part === "model" && count++, inferenceTextOf(builtin, part)));
    expect([...conceptsOfCode(withUsers(builtin), userCode)]).toEqual(expected);
    expect([...conceptsOfCode(withUsers(builtin), userCode)]).toEqual(expected);
    expect(count).toBe(1);
  });

  it("one that does not read is made: the same concepts", () => {
    const builtin = fresh();
    let count = 0;
    registerMadeAhead(builtin, () => {
      count++;
      throw new Error("no such file");
    });
    expect([...conceptsOfCode(withUsers(builtin), userCode)]).toEqual(expected);
    expect([...conceptsOfCode(withUsers(builtin), userCode)]).toEqual(expected);
    expect(count).toBe(1);
  });

  it("one made for other standards is the one used: the library's own model is not made", () => {
    // The proof that the text is what inference uses: a model learnt from one curated code
    // answers otherwise than the built-in library's.
    const builtin = fresh();
    const curatedIds = new Set(builtin.codes.filter((code) => isCurated(builtin, code.id)).map((code) => code.id));
    const oneCode = { ...builtin, codes: builtin.codes.filter((code) => code.id === "alaska" || !curatedIds.has(code.id)) };
    registerMadeAhead(builtin, (part) => inferenceTextOf(oneCode, part));
    const read = [...conceptsOfCode(withUsers(builtin), userCode)];
    expect(read).toEqual([...conceptsOfCode(withUsers(oneCode), userCode)]);
    expect(read).not.toEqual(expected);
  });
});
