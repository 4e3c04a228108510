import { Command, Option } from "commander";
import { toCodeFile } from "../../core/codes/code-file.js";
import { copyClash } from "../../core/codes/copy-clash.js";
import { clashWith, fieldName, type Clash } from "../../core/library/merge.js";
import { withLineageFollowed } from "../../core/codes/lineage-check.js";
import { isReachableId, SLUG_PATTERN, SLUG_RULE, unreachableCodeIdMessage } from "../../core/codes/slug.js";
import { EthicsError, UsageError } from "../../core/errors.js";
import { slugify } from "../../core/codes/resolve.js";
import type { Code, Library } from "../../model.js";
import type { StreamFormat } from "../../render/export.js";
import type { WriteAlone } from "../export-parallel.js";
import { escapeJson } from "../../render/terminal-text.js";
import { contextOf } from "../context.js";
import { chosenCodes, codeOption } from "../options.js";
import { writeOut } from "../output.js";
import { warn } from "../library.js";
import { ethicsForLibrary } from "../../core/command-start.js";
import { codeNamesTyped } from "../../core/codes/code-names-typed.js";
import { outputIntoInput } from "../output-into-input.js";

const FORMATS = ["json", "yaml", "md", "csv", "anki", "anki-cloze", "anki-situations", "html"] as const;
type Format = (typeof FORMATS)[number];

/**
 * `--id` renames one code in a code file, to an id the loaded codes do not use already; the id
 * written, which is the one typed read as names are read: full-width letters as plain ones and
 * in lowercase (`ＭＹ-alaska`, `My-Alaska` → my-alaska), as `show` takes them, said on stderr.
 */
function checkNewId(typed: string, format: Format, codes: Code[] | null, library: Library): string {
  if (format !== "json" && format !== "yaml") throw new UsageError(`--id names the code in a code file: use it with --format yaml or json, not ${format}`);
  if (codes === null || codes.length !== 1) {
    // The export meant, of one code (the first named), under the id typed where the copy may take it: a command that runs.
    const example = codes?.[0] ?? library.codes.find((code) => code.id === "alaska") ?? library.codes[0]!;
    const typedId = typed.normalize("NFKC").toLowerCase();
    const id = [typedId, "my-agency", "my-agency-local"].find((candidate) => isFreeId(library, example, candidate));
    throw new UsageError(
      `--id renames one code: ${codes === null ? "name the code to copy" : `${codes.length} are named`}`,
      `e.g. \`${ethicsForLibrary()} export --format ${format} --code ${example.id}${id !== undefined ? ` --id ${id}` : ""}\``,
    );
  }
  const id = typed.normalize("NFKC").toLowerCase();
  const original = codes[0]!;
  if (!SLUG_PATTERN.test(id)) {
    // Other marks than case and width ("My_Code", "my code") are the user's to change: named, as
    // an id the copy may take ("my_agency" beside a code my-agency: not my-agency, its id).
    const slug = slugify(typed);
    const free = [slug, `${slug}-local`].find((candidate) => isFreeId(library, original, candidate));
    throw new UsageError(`--id '${typed}' is not an id: expected ${SLUG_RULE}`, free !== undefined ? `e.g. --id ${free}` : undefined);
  }
  // The schema's rule: a file under an id show cannot reach would not validate.
  const unreachable = unreachableCodeIdMessage(id, "code");
  if (unreachable !== undefined) throw new UsageError(`--id ${unreachable}`);
  const taken = library.codes.find((code) => code.id === id || code.aliases.includes(id));
  if (taken) {
    throw new EthicsError(`--id '${id}' is already ${taken.id === id ? "the id" : "an alias"} of ${taken.id}`, `choose an id no loaded code uses (\`${ethicsForLibrary()} list\` shows them)`);
  }
  const clash = copyClash(library.codes, original, id);
  if (clash !== undefined) throw new EthicsError(copyClashMessage(clash, id), copyClashHint(library, original, id));
  if (id !== typed) warn(`--id '${typed}' is written ${id}, as names are read (ids are lowercase plain letters)`);
  return id;
}

/** Whether a copy of `original` may be written under `id`: an id, show reaches, that no loaded code's name clashes with. */
function isFreeId(library: Library, original: Code, id: string): boolean {
  return isReachableId(id) && !library.codes.some((code) => code.id === id || code.aliases.includes(id)) && copyClash(library.codes, original, id) === undefined;
}

/** What of the copy would clash: its id itself, or the title or short name the id marks. */
function copyClashMessage(clash: Clash, id: string): string {
  // Between users' codes an id outranks a short name or title: the clash is then the other code's.
  if (clash.code.id !== id) return `--id '${id}' is a name of ${clash.code.id} already: its ${fieldName(clash.field)} '${clash.text}'`;
  const how = clashWith(clash, "short");
  if (clash.field === "id") return `--id '${id}' ${how}`;
  return `--id '${id}' makes the copy's ${fieldName(clash.field)} '${clash.text}', which ${how}`;
}

/** Another id, as validate suggests one (name-local), where that one loads. */
function copyClashHint(library: Library, original: Code, id: string): string {
  const other = `${id}-local`;
  const free = !library.codes.some((code) => code.id === other || code.aliases.includes(other)) && copyClash(library.codes, original, other) === undefined;
  return free ? `choose another id, e.g. --id ${other}` : "choose another id";
}

/**
 * The comment a YAML export of code files begins with, in lines of at most 80 columns. Several
 * codes are a stream of documents, which --data and validate do not read (a code file is one
 * code): the file itself says how to split it, where its reader will look.
 */
function yamlHead(count: number, renamedFrom: string | undefined): string[] {
  if (renamedFrom !== undefined) return [`Exported by ethics from the code '${renamedFrom}'.`];
  if (count === 1) return ["Exported by ethics. Give the code an id of its own (or export with --id)", "to load it beside the original."];
  return [
    `Exported by ethics: ${count} codes, one YAML document each, separated by ---.`,
    "--data and `ethics validate` read one code a file: split this file at its",
    "--- lines (or export each code alone), as this does for codes.yaml:",
    `  awk '/^---$/ { n++ } { print > ("code-" n+1 ".yaml") }' codes.yaml`,
    "then give each code an id of its own to load it beside the original, as",
    "export --id does: a new id, no aliases, source.derivedFrom: the original's id.",
  ];
}

/** An export that goes out a code at a time, as each is rendered (on several threads when it pays). */
async function writeChunks(format: StreamFormat, library: Library, codes: readonly Code[], writeAlone?: WriteAlone): Promise<void> {
  const { exportChunks, titlesOf } = await import("../export-parallel.js");
  // Titles of the whole library: a code exported alone may name another as what it was adapted
  // from. A Markdown code's header says so as show's does (a lineage that loops: not at all).
  const told = format === "md" ? withLineageFollowed(codes, library.codes) : codes;
  for await (const chunk of exportChunks(format, told, titlesOf(library.codes), process.env, writeAlone)) writeOut(chunk);
}

export const exportCommand = (): Command =>
  new Command("export")
  .description("print whole codes as JSON, YAML, Markdown, CSV, Anki flash cards or a printable HTML handout")
  .argument("[code...]", "only these codes: id, alias or name (north carolina, quoted or not), as --code takes them")
  .addOption(new Option("-f, --format <format>", "output format").choices(FORMATS).default("json"))
  .addOption(codeOption("only these codes (repeatable, or comma-separated: alaska,wisconsin); with json or yaml, as code files (the format of data/)"))
  .option("--id <new-id>", "with one code and json or yaml: the code file under this id, without the original's aliases")
  .option("-t, --topic <topic>", "anki, anki-cloze, anki-situations, html: only the standards on this topic (html: the codes side by side)")
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

Codes are named as arguments, with --code, or both. With codes named, json and
yaml write code files: the format of data/*.yaml, which \`ethics validate\`
checks and --data loads once the code has an id of its own (export with --id
to give it one). One code is one object; several are a JSON list, or a YAML
stream of documents separated by ---, one code file each: split it at its ---
lines to load them (the stream's first lines say how).`,
  )
  .action(async (typed: string[], options: { format: Format; code?: string[]; id?: string; topic?: string; json?: boolean }, command: Command) => {
    const context = contextOf(command);
    // --json is --format json: with another format given, neither can win silently.
    if (options.json && options.format !== "json" && command.getOptionValueSource("format") !== "default") {
      throw new UsageError(`--json and --format ${options.format} conflict: --json is --format json`, `give one: \`${ethicsForLibrary()} export --format ${options.format}\``);
    }
    const format = options.json ? "json" : options.format;
    // Anki's tags and a topic handout read users' codes' concepts from the search index: the library as loaded for it.
    const forStudy = format === "anki" || format === "anki-cloze" || format === "anki-situations" || (format === "html" && options.topic !== undefined);
    // A code file may be written into a folder read (`> my-codes/mine.yaml`): the file the
    // shell's > made or emptied for it is then the output, not a code (cache/user-codes.ts).
    const writesCodeFile = (format === "json" || format === "yaml") && (typed.length > 0 || options.code !== undefined);
    const loaded = await context.loaded(forStudy, writesCodeFile);
    const { library, emptiedOutput } = loaded;
    const names = [...codeNamesTyped(library, typed), ...(options.code ?? [])];
    // Read only by an export into a file of a folder read (rare): loaded for those runs alone.
    const emptied = emptiedOutput === undefined ? undefined : await import("../emptied-output.js");
    if (emptiedOutput !== undefined) emptied!.refuseNameOfEmptied(library, names, emptiedOutput);
    const chosen = chosenCodes(library, names) ?? null;
    // Several codes make a stream of documents, which the folder would fail to read next time.
    if (emptiedOutput !== undefined && chosen !== null && chosen.length > 1) throw outputIntoInput(emptiedOutput, true);
    if (emptiedOutput !== undefined && chosen !== null && options.id === undefined) {
      throw emptied!.copyWithoutId(chosen[0]!, emptiedOutput, (id) => isFreeId(library, chosen[0]!, id));
    }
    const codes = chosen ?? library.codes;
    const newId = options.id !== undefined ? checkNewId(options.id, format, chosen, library) : undefined;
    const files = chosen && (format === "json" || format === "yaml") ? chosen.map((code) => toCodeFile(code, newId !== undefined ? { id: newId } : {})) : null;
    // An export is for files and pipes: never paged. The whole library goes out a code at a
    // time, as each is rendered: a thousand users' codes make tens of megabytes.
    let text: string;
    if (format === "anki" || format === "anki-cloze" || format === "anki-situations" || format === "html") {
      await (await import("../study-export.js")).writeStudyExport(format, library, codes, options.topic, writeOut, forStudy ? loaded : null);
      return;
    } else if (options.topic !== undefined) throw new UsageError(`--topic works with anki, anki-cloze, anki-situations or html, not ${format}`);
    else if (format === "json" && files) text = escapeJson(JSON.stringify(files.length === 1 ? files[0] : files, null, 2)) + "\n";
    else if (format === "yaml") {
      if (!files) return writeChunks(format, library, codes, async (code) => (await import("../../render/yaml.js")).libraryYamlItem(code));
      const { renderYamlCodeFiles } = await import("../../render/yaml.js");
      text = renderYamlCodeFiles(files, yamlHead(files.length, options.id !== undefined ? chosen![0]!.id : undefined));
    } else return writeChunks(format, library, codes);
    writeOut(text);
  });
