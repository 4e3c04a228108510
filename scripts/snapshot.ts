// Run by scripts/build.mjs: validates the built-in data (a bad file fails the build with
// file:line problems) and writes what the CLI reads at run time instead of YAML.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { z } from "zod";
import { DataError } from "../src/core/errors.js";
import { readDataDirectory } from "../src/core/library/read-data.js";
import { codeSchemas } from "../src/core/codes/schema.js";
import { buildSearchIndex, conceptEntryTerms, indexPartOfCode, mergeParts, workedOutWeights, type SearchIndex } from "../src/core/search/inverted-index.js";
import { indexText, readIndexText, typoWordsApart } from "../src/core/search/index-text.js";
import { serializeConceptWeights } from "../src/core/concepts/stored-weights.js";
import { asciiJson, parseSnapshot, serializeConcepts, serializeSnapshot } from "../src/core/library/snapshot.js";
import { inferenceTextsOf } from "../src/core/concepts/standard-concepts.js";
import { everydayEnglish, spokenEnglish } from "./spoken-english.js";

/** Every file under a directory, in a fixed order. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]));
}

export function writeSnapshot(root: string): void {
  try {
    // Relative, so the snapshot does not carry the build machine's paths.
    const data = readDataDirectory(join(root, "data"), "data");
    const library = { ...data, codes: data.codes.map((code) => ({ ...code, file: relative(root, code.file) })) };
    const builtIndex = buildSearchIndex(library, { englishWords: spokenEnglish(), everydayWords: everydayEnglish() });
    const typoWords = typoWordsApart(builtIndex);
    const searchIndex = indexText(typoWords.index, asciiJson);
    // The built-in codes' part of every index that also holds users' codes: made once here,
    // not on each first run over a folder (or cache) of users' codes.
    const builtinPart = asciiJson(mergeParts(library.codes.map((code) => indexPartOfCode(library, code, builtIndex))));
    // A word spelt right is no slip: a search with no hits never answers "weather" with "did
    // you mean father?". Read only then (src/cli/english-words.ts), so no other run pays for it.
    writeFileSync(join(root, "dist/english-words.txt"), [...spokenEnglish(2)].sort().join("\n") + "\n");
    // The model inference over users' codes learns from (src/core/concepts/stored-inference.ts),
    // made here rather than on each first run over them; from the library as a run restores it
    // from the snapshot, so that what is made is what a run would make. Written before the build
    // id is taken: the id covers it.
    const restored = parseSnapshot(serializeSnapshot(library, ""), () => serializeConcepts(library)).library;
    const inference = inferenceTextsOf(restored);
    writeFileSync(join(root, "dist/inference-model.txt"), inference.model);
    writeFileSync(join(root, "dist/inference-phrases.txt"), inference.phrases);
    // The concept weights indexing users' codes reads (src/core/concepts/stored-weights.ts),
    // from the index as a run reads it back.
    writeFileSync(join(root, "dist/concept-weights.txt"), serializeConceptWeights(workedOutWeights(restored, readIndexText(searchIndex) as SearchIndex)));
    // Every file of the build (the bundles, the lazy modules with the loader, schema and
    // normalization in them, the vendored parsers), the data and the index together identify a
    // build: users' cache entries are keyed by it, so no build reads what another one made.
    const hash = createHash("sha256");
    for (const file of filesUnder(join(root, "dist"))) hash.update(`${relative(root, file)}\0`).update(readFileSync(file));
    const buildId = hash.update(serializeSnapshot(library, "")).update(serializeConcepts(library)).update(searchIndex).update(typoWords.text).digest("hex").slice(0, 16);
    writeFileSync(join(root, "dist/builtin.txt"), serializeSnapshot(library, buildId));
    writeFileSync(join(root, "dist/concepts.json"), serializeConcepts(library));
    // For the V8 code cache, which reads it before anything else (src/cli/cache/compile-cache.ts).
    writeFileSync(join(root, "dist/build-id"), `${buildId}\n`);
    writeFileSync(join(root, "dist/search-index.txt"), searchIndex);
    writeFileSync(join(root, "dist/search-words.txt"), typoWords.text);
    writeFileSync(join(root, "dist/builtin-part.json"), builtinPart);
    // What search reads of the concept index (src/cli/concept-entries.ts), so that it need not
    // parse concepts.json: the terms of each concept's and topic's own words, entry by entry,
    // one JSON array a line, after a line of where each of those lines ends (from the first's start).
    const entries = Array.from({ length: library.concepts.length + library.topics.length }, (_, at) => asciiJson(conceptEntryTerms(library, at)) + "\n");
    let end = 0;
    const ends = entries.map((line) => (end += line.length));
    writeFileSync(join(root, "dist/concept-entries.txt"), JSON.stringify(ends) + "\n" + entries.join(""));
  } catch (error) {
    if (error instanceof DataError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  mkdirSync(join(root, "schema"), { recursive: true });
  const schema = z.toJSONSchema(codeSchemas().codeFileSchema, { target: "draft-2020-12", io: "input" });
  const withTitle = { title: "ethics code file", ...schema };
  writeFileSync(join(root, "schema/code.schema.json"), JSON.stringify(withTitle, null, 2) + "\n");
}
