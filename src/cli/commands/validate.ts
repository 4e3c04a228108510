import { Command } from "commander";
import { EthicsError } from "../../core/errors.js";
import { plural } from "../../render/plural.js";
import { contextOf } from "../context.js";
import { packageRoot, readBuiltinLibrary } from "../library.js";

export const validate = (): Command =>
  new Command("validate")
  .description("check code files: every problem as file:line:col path: message")
  .argument("<path...>", "YAML code files or directories of them")
  .option("--json", "print JSON: { files: [{ file, id, problems: [{ file, line, col, path, message }] }], problems }")
  .addHelpText(
    "after",
    `
Examples:
  $ ethics validate my-codes/                    every file in a directory
  $ ethics validate agency.yaml other.yaml
  $ ethics validate my-codes/ --json             { files: [{ file, id, problems }], problems }

Exit status: 0 when every file is valid, 1 when any has a problem.
The format is documented in docs/data-format.md; schema/code.schema.json is its JSON Schema.`,
  )
  .action(async (paths: string[], _options, command: Command) => {
    const context = contextOf(command);
    // YAML and the schema validator load only for the commands that read YAML.
    const { validatePaths } = await import("../../core/codes/validate.js");
    const { renderValidation } = await import("../../render/validate.js");
    const report = validatePaths(paths, readBuiltinLibrary(), packageRoot);
    await context.print(report, (options) => renderValidation(report, options));
    if (report.problems > 0) throw new EthicsError(`${plural(report.problems, "problem")} found`);
  });
