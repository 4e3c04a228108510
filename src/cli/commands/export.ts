import { Command, Option } from "commander";
import { contextOf } from "../context.js";
import { chosenCodes, codeOption } from "../options.js";
import { writeOut } from "../output.js";

const FORMATS = ["json", "yaml", "md", "csv"] as const;

export const exportCommand = (): Command =>
  new Command("export")
  .description("print whole codes as JSON, YAML, Markdown (handouts) or CSV (spreadsheets)")
  .addOption(new Option("-f, --format <format>", "output format").choices(FORMATS).default("json"))
  .addOption(codeOption("only these codes (repeatable, or comma-separated: alaska,wisconsin)"))
  .option("--json", "same as --format json")
  .addHelpText(
    "after",
    `
Examples:
  $ ethics export --format json                 { "codes": [Code, …] }, the whole model
  $ ethics export --format md --code alaska > alaska.md
  $ ethics export --format csv > standards.csv  one row per standard`,
  )
  .action(async (options: { format: (typeof FORMATS)[number]; code?: string[]; json?: boolean }, command: Command) => {
    const context = contextOf(command);
    const library = await context.library();
    const codes = chosenCodes(library, options.code) ?? library.codes;
    const format = options.json ? "json" : options.format;
    let text: string;
    if (format === "json") text = JSON.stringify({ codes }, null, 2) + "\n";
    else if (format === "yaml") text = (await import("../../render/yaml.js")).renderYaml(codes);
    else if (format === "md") text = (await import("../../render/export.js")).renderMarkdown(codes);
    else text = (await import("../../render/export.js")).renderCsv(codes);
    // An export is for files and pipes: never paged.
    writeOut(text);
  });
