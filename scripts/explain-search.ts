// `npm run explain -- <query…>`: why search ranks what it does — the query's words with their
// weights, the concepts its terms name and the words each covers, then the first candidates
// in the order search gives them (answers, then ~ loosely related), with their score (after
// feedback, and the query's own), the share of it the questions people ask gave (asked.ts),
// coverage and what carried them. A maintainer's tool for reading a result.
import { join } from "node:path";
import { readDataDirectory } from "../src/core/library/read-data.js";
import { everydayEnglish, spokenEnglish } from "./spoken-english.js";
import { buildSearchIndex, conceptEntryTerms, documentCount } from "../src/core/search/inverted-index.js";
import { planQuery } from "../src/core/search/query.js";
import { coverage, rankAnswers, score } from "../src/core/search/rank.js";
import { applyFeedback } from "../src/core/search/feedback.js";
import { layoutOf, standardAt } from "../src/core/search/scope.js";
import { scoreAsked } from "../src/core/search/asked.js";

const query = process.argv.slice(2).join(" ");
const library = readDataDirectory(join(process.cwd(), "data"), "data");
const index = buildSearchIndex(library, { englishWords: spokenEnglish(), everydayWords: everydayEnglish() });
const plan = planQuery(index, query);
const layout = layoutOf(index);
const words = (mask: number) => plan.words.filter((_, at) => mask & (1 << at)).map((word) => word.word).join(",");
console.log("words:", plan.words.map((word) => `${word.word}(${word.stem}) ${word.weight.toFixed(2)}${word.unknown ? " unknown" : ""} → ${[...word.standsFor].join("/")}`).join("\n       "));
console.log("concepts:", plan.matches.map((match) => `${match.concept.kind === "topic" ? "topic " : ""}${match.concept.id} [${words(match.covers)}]${match.apart ? ` apart[${words(match.apart)}]` : ""}`).join("\n          "));
// As search runs it (search.ts): its first ten, feedback applied, answers then loosely related.
const LIMIT = Number(process.env.EXPLAIN_LIMIT ?? 10);
const scores = score(index, plan, LIMIT, () => true, (concept) => conceptEntryTerms(library, concept));
applyFeedback(index, plan, scores, (document) => standardAt(index, library, layout, document));
const { answers, loose } = rankAnswers(plan, scores, LIMIT);
const own = scores.own ?? scores.values;
const asked = new Map<number, number>();
scoreAsked(index, plan, documentCount(index), (document, value) => asked.set(document, (asked.get(document) ?? 0) + value));
for (const document of [...answers, ...loose]) {
  const standard = standardAt(index, library, layout, document);
  const share = coverage(plan, scores, document);
  console.log(
    `${answers.includes(document) ? "  " : "~ "}${scores.values[document]!.toFixed(2).padStart(6)} own ${own[document]!.toFixed(2).padStart(6)} asked ${(asked.get(document) ?? 0).toFixed(2).padStart(5)} cov ${share.toFixed(2)}  ${standard.citation.padEnd(48)} text[${words(scores.textMask[document]!)}] concept[${words(scores.conceptMask[document]!)}] topic[${words(scores.topicMask[document]!)}] related[${words(scores.relatedMask[document]!)}] soft[${words(scores.softMask[document]!)}]`,
  );
}
