// Reads data/questions/<code id>.yaml: for each standard of a built-in code, what people type when
// it is what they need to read (search's second field, src/core/search/asked.ts). Every problem
// comes back located as file:line:col, all files' problems together.
import { join } from "node:path";
import { z } from "zod";
import type { Code } from "../../model.js";
import { DataError, type FileProblem } from "../errors.js";
import { didYouMean } from "../suggest.js";
import { standardKeyOf } from "../codes/standard-text.js";
import { parseIndexText, readIndexText, resolveEntry, text, yamlFilesIn } from "../concepts/index-file.js";

export const QUESTIONS_DIRECTORY = "questions";

const questionsFileSchema = z.record(
  z.string(),
  z.array(text("question"), { error: "expected a list of questions" }).min(1, { message: "expected at least one question" }),
  { error: "expected, per standard (e.g. 'integrity 5'), a list of questions" },
);

/** Each standard's questions, by standardKeyOf, from the text of one code's file. */
export function parseQuestionsText(source: string, file: string, code: Code, asked: Map<string, readonly string[]>): FileProblem[] {
  const { data, problems, report } = parseIndexText(source, file, questionsFileSchema, () => []);
  if (!data) return problems;
  for (const [reference, questions] of Object.entries(data)) {
    const resolved = resolveEntry(reference, code);
    if (typeof resolved === "string") report([], resolved, reference);
    else if (resolved.length !== 1) report([], `'${reference}' names ${resolved.length} standards: give the questions of one`, reference);
    else if (asked.has(standardKeyOf(resolved[0]!))) report([], `${code.id} ${resolved[0]!.section} ${resolved[0]!.number} is given questions twice`, reference);
    else asked.set(standardKeyOf(resolved[0]!), questions.map((question) => question.trim()));
  }
  return problems;
}

/** Every file of a directory, each named after the built-in code whose standards it holds questions for; throws DataError listing every problem. */
export function readQuestionsDir(dir: string, codes: readonly Code[], displayDir = dir): ReadonlyMap<string, readonly string[]> {
  const names = yamlFilesIn(dir, displayDir);
  const problems: FileProblem[] = [];
  const asked = new Map<string, readonly string[]>();
  for (const name of names) {
    const file = join(displayDir, name);
    const id = name.replace(/\.ya?ml$/, "");
    const code = codes.find((candidate) => candidate.id === id);
    if (code === undefined) {
      const suggestion = didYouMean(id, codes.map((candidate) => candidate.id));
      problems.push({ file, line: 0, col: 0, path: "", message: `no code '${id}': a file of questions is named after the code it is for${suggestion ? ` — ${suggestion}` : ""}` });
      continue;
    }
    problems.push(...parseQuestionsText(readIndexText(join(dir, name), file), file, code, asked));
  }
  if (problems.length > 0) throw new DataError(problems, "a file of questions maps each standard of its code ('integrity 5', or '13' in a code of one list) to a list of questions");
  return asked;
}
