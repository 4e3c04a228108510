import { Command, Option } from "commander";
import { resolveCode } from "../../core/codes/resolve.js";
import { UsageError } from "../../core/errors.js";
import { contextOf } from "../context.js";
import { writeOut } from "../output.js";

const FORMATS = ["json", "yaml", "md", "csv", "anki", "anki-cloze", "html"] as const;

export const exportCommand = (): Command =>
  new Command("export")
  .description("print whole codes as JSON, YAML, Markdown, CSV, Anki flash cards or a printable HTML handout")
  .addOption(new Option("-f, --format <format>", "output format").choices(FORMATS).default("json"))
  .option("-c, --code <id...>", "only these codes (id or alias)")
  .option("-t, --topic <topic>", "anki, anki-cloze, html: only the standards on this topic (html: the codes side by side)")
  .option("--json", "same as --format json")
  .addHelpText(
    "after",
    `
Examples:
  $ ethics export --format json                 { "codes": [Code, …] }, the whole model
  $ ethics export --format md --code alaska > alaska.md
  $ ethics export --format csv > standards.csv  one row per standard
  $ ethics export --format anki --code medi-cal > medi-cal.txt      Anki: File › Import
  $ ethics export --format anki-cloze --topic gifts > gifts.txt     a word of each left out
  $ ethics export --format html --code alaska > alaska.html         print it, or save as PDF
  $ ethics export --format html --topic gifts > gifts.html          the codes side by side`,
  )
  .action(async (options: { format: (typeof FORMATS)[number]; code?: string[]; topic?: string; json?: boolean }, command: Command) => {
    const context = contextOf(command);
    const library = await context.library();
    const codes = options.code ? options.code.map((name) => resolveCode(library, name)) : library.codes;
    const format = options.json ? "json" : options.format;
    let text: string;
    if (format === "anki" || format === "anki-cloze" || format === "html") {
      text = await (await import("../study-export.js")).renderStudyExport(format, library, codes, options.topic);
    } else if (options.topic !== undefined) throw new UsageError(`--topic works with --format anki, anki-cloze or html, not ${format}`);
    else if (format === "json") text = JSON.stringify({ codes }, null, 2) + "\n";
    else if (format === "yaml") text = (await import("../../render/yaml.js")).renderYaml(codes);
    else if (format === "md") text = (await import("../../render/export.js")).renderMarkdown(codes);
    else text = (await import("../../render/export.js")).renderCsv(codes);
    // An export is for files and pipes: never paged.
    writeOut(text);
  });
