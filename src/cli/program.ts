// The `ethics` program: global options and every command, registered in one place.
import { Command, Option } from "commander";
import packageJson from "../../package.json" with { type: "json" };
import { complete, completion } from "./commands/completion.js";
import { diff } from "./commands/diff.js";
import { exportCommand } from "./commands/export.js";
import { list } from "./commands/list.js";
import { validate } from "./commands/validate.js";
import { search } from "./commands/search.js";
import { show } from "./commands/show.js";
import { topic, topics } from "./commands/topics.js";

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

export function buildProgram(): Command {
  const program = new Command("ethics")
    .description("The codes of ethics peer support specialists work under: their exact words, with citations.")
    .version(packageJson.version, "-V, --version", "print the version")
    .addOption(new Option("--data <dir>", "add the codes in a directory of YAML files (repeatable; also ETHICS_DATA)").argParser(collect))
    .option("--no-color", "no colour (also NO_COLOR; FORCE_COLOR forces it)")
    .option("--no-pager", "never page long output")
    .showSuggestionAfterError(true)
    .showHelpAfterError("(run 'ethics --help' for usage)")
    .addHelpText(
      "after",
      `
Examples:
  $ ethics list                             the codes
  $ ethics show medi-cal integrity 12       one standard, with its citation
  $ ethics search "can I accept a gift?"    standards about a situation, in every code
  $ ethics topic gifts                      what every code says on one theme
  $ ethics diff california medi-cal         what changed from Working Well Together to Medi-Cal

Exit status: 0 found, 1 not found or bad input, 2 usage error.`,
    );
  for (const command of [list, show, search, topics, topic, diff, exportCommand, validate, completion]) program.addCommand(command);
  // Hidden: the completion scripts call it.
  program.addCommand(complete, { hidden: true });
  return program;
}
