// `npm run explain -- <query…>`: why search ranks what it does — the query's words with their
// weights, the concepts its terms name and the words each covers, then the first candidates
// with their score, coverage and what carried them. A maintainer's tool for reading a result.
import { join } from "node:path";
import { readDataDirectory } from "../src/core/library/read-data.js";
import { everydayEnglish, spokenEnglish } from "./spoken-english.js";
import { buildSearchIndex, conceptEntryTerms } from "../src/core/search/inverted-index.js";
import { planQuery } from "../src/core/search/query.js";
import { best, coverage, rankAnswers, score } from "../src/core/search/rank.js";
import { layoutOf, standardAt } from "../src/core/search/scope.js";

const query = process.argv.slice(2).join(" ");
const library = readDataDirectory(join(process.cwd(), "data"), "data");
const index = buildSearchIndex(library, { englishWords: spokenEnglish(), everydayWords: everydayEnglish() });
const plan = planQuery(index, query);
const layout = layoutOf(index);
const words = (mask: number) => plan.words.filter((_, at) => mask & (1 << at)).map((word) => word.word).join(",");
console.log("words:", plan.words.map((word) => `${word.word}(${word.stem}) ${word.weight.toFixed(2)}${word.unknown ? " unknown" : ""} → ${[...word.standsFor].join("/")}`).join("\n       "));
console.log("concepts:", plan.matches.map((match) => `${match.concept.kind === "topic" ? "topic " : ""}${match.concept.id} [${words(match.covers)}]${match.apart ? ` apart[${words(match.apart)}]` : ""}`).join("\n          "));
const scores = score(index, plan, 15, () => true, (concept) => conceptEntryTerms(library, concept));
const { answers } = rankAnswers(plan, scores, 15);
for (const document of best(scores, 15)) {
  const standard = standardAt(index, library, layout, document);
  const share = coverage(plan, scores, document);
  console.log(
    `${answers.includes(document) ? "  " : "~ "}${scores.values[document]!.toFixed(2).padStart(6)} cov ${share.toFixed(2)}  ${standard.citation.padEnd(48)} text[${words(scores.textMask[document]!)}] concept[${words(scores.conceptMask[document]!)}] topic[${words(scores.topicMask[document]!)}] soft[${words(scores.softMask[document]!)}]`,
  );
}
