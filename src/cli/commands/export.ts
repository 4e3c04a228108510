import { Command, Option } from "commander";
import { toCodeFile } from "../../core/codes/code-file.js";
import { withLineageFollowed } from "../../core/codes/lineage-check.js";
import { UsageError } from "../../core/errors.js";
import { ethicsForLibrary } from "../../core/command-start.js";
import { shellWord } from "../../core/shell-path.js";
import type { Code, Library } from "../../model.js";
import type { StreamFormat } from "../../render/export.js";
import type { WriteAlone } from "../export-parallel.js";
import { escapeJson } from "../../render/terminal-text.js";
import { contextOf } from "../context.js";
import { chosenCodes, codeOption } from "../options.js";
import { writeOut } from "../output.js";
import { warn } from "../library.js";
import { commandAsTypedWithout } from "../typed-command.js";
import { typedOption } from "../command-name.js";
import { codeNamesTyped } from "../../core/codes/code-names-typed.js";
import { findCode } from "../../core/codes/resolve.js";
import { outputIntoInput } from "../output-into-input.js";

const FORMATS = ["json", "yaml", "md", "csv", "anki", "anki-cloze", "anki-situations", "html"] as const;
export type Format = (typeof FORMATS)[number];

/** An export that goes out a code at a time, as each is rendered (on several threads when it pays). */
async function writeChunks(format: StreamFormat, library: Library, codes: readonly Code[], writeAlone?: WriteAlone, lead = ""): Promise<void> {
  const { exportChunks, titlesOf } = await import("../export-parallel.js");
  // Titles of the whole library: a code exported alone may name another as what it was adapted
  // from. A Markdown code's header says so as show's does (a lineage that loops: not at all).
  const told = format === "md" ? withLineageFollowed(codes, library.codes) : codes;
  // The lead (a byte order mark) goes out with the first chunk: after every check, before any text.
  let first = lead;
  for await (const chunk of exportChunks(format, told, titlesOf(library.codes), process.env, writeAlone)) {
    if (first !== "") writeOut(first);
    first = "";
    writeOut(chunk);
  }
}

export const exportCommand = (): Command =>
  new Command("export")
  .description("print whole codes as JSON, YAML, Markdown, CSV, Anki flash cards or a printable HTML handout")
  .argument("[code...]", "only these codes: id, alias or name (north carolina, quoted or not), as --code takes them")
  .addOption(new Option("-f, --format <format>", "output format").choices(FORMATS).default("json"))
  .addOption(codeOption("only these codes (repeatable, or comma-separated: alaska,wisconsin); with json or yaml, as code files (the format of data/)"))
  .option("--id <new-id>", "with one code and json or yaml: the code file under this id, without the original's aliases")
  .option("-t, --topic <topic>", "anki, anki-cloze, anki-situations, html, csv, md: only the standards on this topic (html: the codes side by side)")
  .option("--bom", "csv: begin with a UTF-8 byte order mark, which Excel needs to read curly quotes and accents right")
  .option("--json", "same as --format json: { codes: [Code] }, the whole model; with codes named, each code as a code file (the format of data/)")
  .addHelpText(
    "after",
    `
Examples:
  $ ethics export --format json               { "codes": [Code, …] }: the model
  $ ethics export --format md --code alaska > alaska.md
  $ ethics export alaska medi-cal --format md
                                              codes as arguments, as --code
  $ ethics export --format csv > standards.csv
  $ ethics export --format yaml --code alaska --id my-alaska > my-alaska.yaml
                                              a code file to edit and load
  $ ethics export --format anki --code medi-cal > medi-cal.txt
                                              flash cards (Anki: File › Import)
  $ ethics export --format anki-cloze --topic gifts > gifts.txt
                                              a word left out of each
  $ ethics export --format anki-situations --code alaska > situations.txt
                                              a question practitioners ask, and
                                              the standards that govern it
  $ ethics export --format html --code alaska > alaska.html
                                              print it, or save a PDF
  $ ethics export --format html --topic gifts > gifts.html
                                              the codes side by side
  $ ethics export --format csv --topic gifts > gifts.csv
                                              a theme's standards, a row each

Codes are named as arguments, with --code, or both. With codes named, json and
yaml write code files: the format of data/*.yaml, which \`ethics validate\`
checks and --data loads once the code has an id of its own (export with --id
to give it one). One code is one object; several are a JSON list, or a YAML
stream of documents separated by ---, one code file each: split it at its ---
lines to load them (the stream's first lines say how).`,
  )
  .action(async (typed: string[], options: { format: Format; code?: string[]; id?: string; topic?: string; json?: boolean; bom?: boolean }, command: Command) => {
    const context = contextOf(command);
    // --json is --format json: with another format given, neither can win silently.
    if (options.json && options.format !== "json" && command.getOptionValueSource("format") !== "default") {
      // The command typed without --json: the codes and topic asked for kept.
      throw new UsageError(`--json and --format ${options.format} conflict: --json is --format json`, `give one: \`${commandAsTypedWithout(process.argv.slice(2), "--json")}\``);
    }
    const format = options.json ? "json" : options.format;
    const lead = options.bom ? "\uFEFF" : "";
    if (options.bom && format !== "csv") throw new UsageError(`--bom is for --format csv, not ${format}`, "Excel reads a CSV's UTF-8 by its byte order mark; other formats go without");
    // Anki's tags and a topic handout read users' codes' concepts from the search index: the library as loaded for it.
    const forStudy = format === "anki" || format === "anki-cloze" || format === "anki-situations" || (options.topic !== undefined && (format === "html" || format === "csv" || format === "md"));
    // A code file may be written into a folder read (`> my-codes/mine.yaml`): the file the
    // shell's > made or emptied for it is then the output, not a code (cache/user-codes.ts).
    const writesCodeFile = (format === "json" || format === "yaml") && (typed.length > 0 || options.code !== undefined);
    const loaded = await context.loaded(forStudy, writesCodeFile);
    const { library, emptiedOutput } = loaded;
    // `--topic dual relationships`, `--code north carolina`: the words that join a value into a name are its.
    if (typed.length > 0) (await import("../value-of-several-words.js")).readValuesOfSeveralWords(command, library, process.argv.slice(2));
    // `--topic astrology stuff`: "stuff" is the theme's, not a code, where the codes read without it.
    if (options.topic !== undefined && command.args.length > 0) {
      const namesCodes = (args: readonly string[]) => codeNamesTyped(library, args).every((name) => findCode(library, name).kind === "found");
      (await import("../theme-words-left.js")).readWordsAfterTopic(command, library, process.argv.slice(2), true, namesCodes);
      options.topic = command.getOptionValue("topic") as string;
    }
    const codesTyped = command.args;
    // `--code wi and nc`: the codes after "and" are joined to --code's, as `export wi and nc`
    // joins them, and come after them; the "and" was refused as a code's name ("no code 'and'").
    const joinedToCode = options.code !== undefined && /^(?:and|&)$/i.test(codesTyped[0] ?? "") && codesTyped.length > 1;
    const argumentNames = codeNamesTyped(library, joinedToCode ? codesTyped.slice(1) : codesTyped);
    // `export "North Carolina 15"` was "no code '15'", its words read as names one by one: a
    // citation is said as one, with the command that shows it.
    if (argumentNames.some((name) => findCode(library, name).kind === "none")) {
      const cited = (await import("../../core/codes/cited-as-code.js")).citedAsCode(library, joinedToCode ? codesTyped.slice(1) : codesTyped, { takes: "export takes whole codes" });
      if (cited !== undefined) throw cited;
    }
    // In the order typed: `export --code nc wi` is North Carolina's, then Wisconsin's, as `export nc wi` is.
    const codeFirst = joinedToCode || (options.code !== undefined && codeOptionFirst(process.argv.slice(2)));
    const names = codeFirst ? [...options.code!, ...argumentNames] : [...argumentNames, ...(options.code ?? [])];
    // Read only by an export into a file of a folder read (rare): loaded for those runs alone.
    const emptied = emptiedOutput === undefined ? undefined : await import("../emptied-output.js");
    if (emptiedOutput !== undefined) emptied!.refuseNameOfEmptied(library, names, emptiedOutput);
    const chosen = (await chosenCodes(library, names)) ?? null;
    // Several codes make a stream of documents, which the folder would fail to read next time.
    if (emptiedOutput !== undefined && chosen !== null && chosen.length > 1) throw outputIntoInput(emptiedOutput, true);
    if (emptiedOutput !== undefined && chosen !== null && options.id === undefined) {
      const { isFreeId } = await import("../export-id.js");
      throw emptied!.copyWithoutId(chosen[0]!, emptiedOutput, (id) => isFreeId(library, chosen[0]!, id));
    }
    const codes = chosen ?? library.codes;
    const newId = options.id !== undefined ? (await import("../export-id.js")).checkNewId(options.id, format, chosen, library) : undefined;
    if (newId !== undefined && newId !== options.id) warn(`--id '${options.id}' is written ${newId}, as names are read (ids are lowercase plain letters)`);
    const files = chosen && (format === "json" || format === "yaml") ? chosen.map((code) => toCodeFile(code, newId !== undefined ? { id: newId } : {})) : null;
    // An export is for files and pipes: never paged. The whole library goes out a code at a
    // time, as each is rendered: a thousand users' codes make tens of megabytes.
    let text: string;
    if (format === "anki" || format === "anki-cloze" || format === "anki-situations" || format === "html") {
      await (await import("../study-export.js")).writeStudyExport(format, library, codes, options.topic, writeOut, forStudy ? loaded : null);
      return;
    } else if (options.topic !== undefined && (format === "csv" || format === "md")) {
      await (await import("../topic-export.js")).writeTopicTable(format, library, codes, options.topic, (text) => writeOut(lead + text), loaded);
      return;
    } else if (options.topic !== undefined) {
      // JSON and YAML write whole codes (code files, or the model): a theme's part of one is neither.
      throw new UsageError(`--topic works with anki, anki-cloze, anki-situations, html, csv or md, not ${format}`, `a theme's standards as JSON: \`${ethicsForLibrary()} topic ${shellWord(options.topic)} --json\``);
    }
    else if (format === "json" && files) text = escapeJson(JSON.stringify(files.length === 1 ? files[0] : files, null, 2)) + "\n";
    else if (format === "yaml") {
      if (!files) return writeChunks(format, library, codes, async (code) => (await import("../../render/yaml.js")).libraryYamlItem(code));
      const [{ renderYamlCodeFiles }, { yamlHead }] = await Promise.all([import("../../render/yaml.js"), import("../export-id.js")]);
      text = renderYamlCodeFiles(files, yamlHead(files.length, options.id !== undefined ? chosen![0]!.id : undefined));
    } else return writeChunks(format, library, codes, undefined, lead);
    writeOut(text);
  });

/** export's options that take a value, by long name and letter. */
const VALUE_OPTIONS: readonly (readonly [string, string?])[] = [["--code", "-c"], ["--format", "-f"], ["--topic", "-t"], ["--id"], ["--data"]];

/** Whether --code is typed before export's first argument (`export --code nc wi`), in `args` (the words after the script). */
function codeOptionFirst(args: readonly string[]): boolean {
  let commandSeen = false;
  for (let at = 0; at < args.length && args[at] !== "--"; at++) {
    const typed = VALUE_OPTIONS.map(([long, short]) => ({ long, option: typedOption(args, at, long, short) })).find(({ option }) => option !== undefined);
    if (typed !== undefined) {
      if (commandSeen && typed.long === "--code") return true;
      at = typed.option!.last;
    } else if (!args[at]!.startsWith("-")) {
      if (commandSeen) return false;
      commandSeen = args[at] === "export";
    }
  }
  return false;
}
