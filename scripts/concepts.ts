// `npm run concepts`: checks the concept index (data/concepts/) and reports its coverage — the
// curator's view: concepts per topic, standards no concept governs, concepts with few terms or
// questions, and standards a topic lists itself that none of its concepts covers yet.
import { join } from "node:path";
import { DataError } from "../src/core/errors.js";
import { readDataDirectory } from "../src/core/library/read-data.js";
import { allStandards, type StandardKey } from "../src/model.js";

const keyOf = (key: StandardKey) => `${key.code} ${key.section} ${key.number}`;

let library;
try {
  library = readDataDirectory(join(process.cwd(), "data"), "data");
} catch (error) {
  if (error instanceof DataError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
const { codes, topics, concepts } = library;
const tagged = new Map<string, string[]>();
for (const concept of concepts) for (const key of concept.standards) tagged.set(keyOf(key), [...(tagged.get(keyOf(key)) ?? []), concept.id]);

console.log("concepts per topic:");
for (const topic of topics) {
  const own = concepts.filter((concept) => concept.topic === topic.id);
  console.log(`  ${topic.id.padEnd(40)} ${String(own.length).padStart(3)}  ${own.map((concept) => concept.id).join(", ")}`);
}

const standards = codes.flatMap(allStandards);
const untagged = standards.filter((standard) => !tagged.has(keyOf(standard)));
console.log(`\nstandards with no concept: ${untagged.length} of ${standards.length}`);
for (const standard of untagged) console.log(`  ${keyOf(standard).padEnd(52)} ${standard.text.slice(0, 70)}`);

const uncovered = topics.flatMap((topic) => {
  const fromConcepts = new Set(concepts.filter((concept) => concept.topic === topic.id).flatMap((concept) => concept.standards.map(keyOf)));
  return fromConcepts.size === 0 ? [] : topic.standards.filter((key) => !fromConcepts.has(keyOf(key))).map((key) => `${topic.id}: ${keyOf(key)}`);
});
console.log(`\nstandards a topic lists that none of its concepts covers: ${uncovered.length}`);
for (const line of uncovered) console.log(`  ${line}`);

const thin = concepts.filter((concept) => concept.terms.length < 8 || concept.questions.length < 2);
console.log(`\nconcepts with fewer than 8 terms or 2 questions: ${thin.length}`);
for (const concept of thin) console.log(`  ${concept.id}: ${concept.terms.length} terms, ${concept.questions.length} questions`);

// Related rules (search only, no tag): each general rule with the matters it bears on.
const relatedTo = new Map<string, string[]>();
for (const concept of concepts) for (const key of concept.related ?? []) relatedTo.set(keyOf(key), [...(relatedTo.get(keyOf(key)) ?? []), concept.id]);
const links = [...relatedTo.values()].reduce((sum, ids) => sum + ids.length, 0);
console.log(`\nrelated (general rules that bear on a matter; search only): ${relatedTo.size} standards, ${links} links`);
for (const standard of standards) {
  const ids = relatedTo.get(keyOf(standard));
  if (ids) console.log(`  ${keyOf(standard).padEnd(52)} ${ids.join(", ")}`);
}

const termCount = concepts.reduce((sum, concept) => sum + concept.terms.length, 0);
console.log(`\n${concepts.length} concepts, ${termCount} entry terms, ${standards.length - untagged.length}/${standards.length} standards tagged, ${relatedTo.size} related to ${concepts.filter((concept) => (concept.related ?? []).length > 0).length} concepts`);
