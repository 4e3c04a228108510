import { formatProblem, type FileProblem } from "../core/errors.js";
import { marksInWords } from "./marks-in-words.js";
import { plural } from "./plural.js";
import type { RenderOptions } from "./style.js";
import { fitLine, visible } from "./terminal-text.js";

export interface ValidationView {
  files: { file: string; problems: FileProblem[] }[];
  problems: number;
}

/**
 * A problem a line, `file:line:col path: message`, as compilers print them (editors jump to
 * them); on a terminal a long one goes on indented, so that each still starts at the margin.
 * File names, paths and messages quote the user's file: made visible.
 */
export function renderValidation(report: ValidationView, options: Pick<RenderOptions, "width" | "plain"> = { width: Infinity }): string {
  const valid = report.files.filter((file) => file.problems.length === 0).length;
  // With --plain, "its standards are 1–14" is said "1 to 14" (marks-in-words.ts).
  const said = (problem: string) => (options.plain ? marksInWords(problem) : problem);
  const lines = report.files.flatMap((file) => file.problems.map((problem) => fitLine(said(visible(formatProblem(problem))), options.width, 2)));
  lines.push(
    report.problems === 0
      ? `${plural(valid, "file")} valid`
      : `${plural(report.problems, "problem")} in ${filesWithProblems(report.files.length - valid, report.files.length)}`,
  );
  return lines.join("\n");
}

/** "2 of 5 files"; where every file has a problem, "1 file", "both files", "all 3 files" ("1 of 1 file" read oddly). */
function filesWithProblems(withProblems: number, files: number): string {
  if (withProblems < files) return `${withProblems} of ${plural(files, "file")}`;
  return files === 1 ? "1 file" : files === 2 ? "both files" : `all ${files} files`;
}
