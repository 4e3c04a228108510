// The built-in library as data/ holds it: the codes, the topics of topics.yaml, the concept
// index of data/concepts/ (a topic's standards being the union of its concepts') and the
// questions of data/questions/. Read at build time (scripts/snapshot.ts) and by tests; the CLI
// reads the snapshot the build makes of it, which leaves the questions to the search index.
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Library } from "../../model.js";
import { readCodeDir } from "../codes/load.js";
import { CONCEPTS_DIRECTORY, readConceptDir } from "../concepts/load-concepts.js";
import { withConceptStandards } from "../concepts/link.js";
import { readTopicsFile, TOPICS_FILE_NAME } from "../concepts/load-topics.js";
import { QUESTIONS_DIRECTORY, readQuestionsDir } from "./read-questions.js";

/** `displayRoot` is how file names appear in problems and in each code's `file`. */
export function readDataDirectory(dataDir: string, displayRoot = dataDir): Library {
  const codes = readCodeDir(dataDir, "builtin");
  const topics = readTopicsFile(join(dataDir, TOPICS_FILE_NAME), codes, join(displayRoot, TOPICS_FILE_NAME));
  const conceptDir = join(dataDir, CONCEPTS_DIRECTORY);
  const concepts = existsSync(conceptDir) ? readConceptDir(conceptDir, topics, codes, join(displayRoot, CONCEPTS_DIRECTORY)) : [];
  const questionsDir = join(dataDir, QUESTIONS_DIRECTORY);
  const asked = existsSync(questionsDir) ? readQuestionsDir(questionsDir, codes, join(displayRoot, QUESTIONS_DIRECTORY)) : undefined;
  return { codes, topics: withConceptStandards(topics, concepts), concepts, ...(asked && { asked }) };
}
