import { formatProblem, type FileProblem } from "../core/errors.js";
import { plural } from "./plural.js";
import { visible } from "./terminal-text.js";

export interface ValidationView {
  files: { file: string; problems: FileProblem[] }[];
  problems: number;
}

export function renderValidation(report: ValidationView): string {
  const valid = report.files.filter((file) => file.problems.length === 0).length;
  const lines = report.files.flatMap((file) => file.problems.map((problem) => visible(formatProblem(problem))));
  lines.push(
    report.problems === 0
      ? `${plural(valid, "file")} valid`
      : `${plural(report.problems, "problem")} in ${report.files.length - valid} of ${plural(report.files.length, "file")}`,
  );
  return lines.join("\n");
}
