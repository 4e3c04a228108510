import { Command, Option } from "commander";
import { resolveCode } from "../../core/codes/resolve.js";
import { escapeJson } from "../../render/terminal-text.js";
import { contextOf } from "../context.js";
import { writeOut } from "../output.js";

const FORMATS = ["json", "yaml", "md", "csv"] as const;

export const exportCommand = (): Command =>
  new Command("export")
  .description("print whole codes as JSON, YAML, Markdown (handouts) or CSV (spreadsheets)")
  .addOption(new Option("-f, --format <format>", "output format").choices(FORMATS).default("json"))
  .option("-c, --code <id...>", "only these codes (id or alias)")
  .option("--json", "same as --format json: { codes: [Code] }, the whole model")
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
    const codes = options.code ? options.code.map((name) => resolveCode(library, name)) : library.codes;
    const format = options.json ? "json" : options.format;
    let text: string;
    if (format === "json") text = escapeJson(JSON.stringify({ codes }, null, 2)) + "\n";
    else if (format === "yaml") text = (await import("../../render/yaml.js")).renderYaml(codes);
    else if (format === "md") text = (await import("../../render/export.js")).renderMarkdown(codes);
    else text = (await import("../../render/export.js")).renderCsv(codes);
    // An export is for files and pipes: never paged.
    writeOut(text);
  });
