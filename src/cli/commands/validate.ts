import { statSync } from "node:fs";
import { basename } from "node:path";
import { Command } from "commander";
import { builtInOnlyWarning, codeFileNameMeant, isTopicsFileName, listCodeDirectory, savedAsTextWhy } from "../../core/codes/code-files.js";
import { EthicsError, UsageError } from "../../core/errors.js";
import { plural } from "../../render/plural.js";
import { contextOf } from "../context.js";
import { packageRoot, readLibrary, readSnapshot, warn } from "../library.js";
import { cacheDirectory } from "../cache/cache-dir.js";
import { codeFilesNamed, refuseOutputIntoInput } from "../output-into-input.js";

/**
 * Code files saved as text (`pine.yaml.txt`, code-files.ts) that --data would not read: those
 * named, which validate checks (valid, they said "1 file valid" and no more), and those in the
 * folders named beside code files (a folder of none says so in its problem).
 */
function savedAsTextWarnings(paths: readonly string[], valid: (path: string) => boolean): string[] {
  const found: string[] = [];
  for (const path of paths) {
    try {
      if (statSync(path).isDirectory()) {
        const listing = listCodeDirectory(path);
        if (listing.files.length > 0) for (const file of listing.savedAsText) found.push(`${file} is not read by --data: ${savedAsTextWhy(codeFileNameMeant(basename(file))!)}`);
        continue;
      }
    } catch {
      continue;
    }
    const meant = codeFileNameMeant(basename(path));
    if (meant !== null) found.push(`${path} is ${valid(path) ? "valid, but " : ""}not read by --data: ${savedAsTextWhy(meant)}`);
  }
  return found;
}

/**
 * The topics.yaml files among `paths`, and the parts of data/'s layout a user's folder does not
 * use (topics.yaml, concepts/, questions/) in the folders they name: --data skips them with a
 * warning, and validate, which skipped them in silence (a folder of one said it had "no .yaml
 * or .yml code files"), says the same.
 */
function builtInOnlyNamed(paths: readonly string[]): string[] {
  const found: string[] = [];
  for (const path of paths) {
    try {
      if (statSync(path).isDirectory()) found.push(...listCodeDirectory(path).builtInOnly);
      else if (isTopicsFileName(basename(path))) found.push(path);
    } catch {
      // a path that cannot be read is validate's own problem to report
    }
  }
  return found;
}

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
  $ ethics validate my-codes/ --json             the same, as JSON
  $ ethics --data my-codes validate copy.yaml    against my-codes/' codes too

Checked against the built-in codes and the codes of --data and ETHICS_DATA.

Exit status: 0 when every file is valid, 1 when any has a problem. Two standards
of a code with the same words are a warning (stderr), unless an editorial
remark on one says the source repeats itself.
The format is documented in docs/data-format.md; schema/code.schema.json is its JSON Schema.`,
  )
  .action(async (paths: string[], _options, command: Command) => {
    const context = contextOf(command);
    // `validate "$FILE"` with FILE unset: an empty path names nothing (it was ": no such file
    // or directory", naming no file), as `--data ""` does.
    if (paths.includes("")) throw new UsageError("validate needs a file or directory, not an empty path", "e.g. `ethics validate my-codes/`; an empty value (an unset variable?) names none");
    // `-` is stdin to most tools (`cat draft.yaml | ethics validate -`): it was looked up as a
    // file named "-" and reported missing, as if the code had been read and not found.
    if (paths.includes("-")) throw new UsageError("validate reads files: '-' (stdin) is not read", "save the code to a file and name it, e.g. `ethics validate draft.yaml`; a file named - is ./-");
    const [{ identitiesNamed, parsingCheck, validatePaths, validateChecks }, { renderValidation }, { openCache }, { pruneCacheOnExit }, { checkedFiles }] = await Promise.all([
      import("../../core/codes/validate.js"),
      import("../../render/validate.js"),
      import("../cache/json-cache.js"),
      import("../cache/prune.js"),
      import("../cache/checked-files.js"),
    ]);
    refuseOutputIntoInput(() => codeFilesNamed(paths));
    for (const path of builtInOnlyNamed(paths)) warn(builtInOnlyWarning(path));
    const { library: builtin, buildId } = readSnapshot();
    // Checked against the codes every other command of this run would load with them (--data,
    // ETHICS_DATA), less the files checked here: a clash or a lineage is then found now, not
    // when the files are first loaded with those codes.
    const { library: known } = await readLibrary(context.dataDirs, process.env, false, identitiesNamed(paths));
    // What each file's check found is cached per file content and build (checked-files.ts).
    const cache = openCache(cacheDirectory(process.env));
    if (cache) pruneCacheOnExit(cache, process.env);
    const checked = cache ? checkedFiles(cache, buildId, paths, validateChecks(builtin)) : undefined;
    const report = await validatePaths(paths, known, packageRoot, checked?.check ?? (await parsingCheck(builtin)));
    checked?.save();
    const { warnings, ...found } = report;
    for (const warning of warnings) warn(warning);
    const valid = (path: string) => report.files.some((file) => file.file === path && file.problems.length === 0);
    for (const warning of savedAsTextWarnings(paths, valid)) warn(warning);
    await context.print(found, (options) => renderValidation(report, options));
    if (report.problems > 0) throw new EthicsError(`${plural(report.problems, "problem")} found`);
  });
