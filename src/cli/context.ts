// What every command needs from the global options: the library and how to print.
import type { Command } from "commander";
import type { Library } from "../model.js";
import type { RenderOptions } from "../render/style.js";
import { escapeJson } from "../render/terminal-text.js";
import { dataDirectories, readLibrary, type DataDirectory, type LoadedLibrary } from "./library.js";
import { plainAsked } from "./plain-asked.js";
import { outputSettings, writeOut, writeResult, type OutputSettings } from "./output.js";

export interface GlobalOptions {
  data?: string[];
  color?: boolean;
  pager?: boolean;
  plain?: boolean;
  json?: boolean;
}

export interface CommandContext {
  json: boolean;
  render: RenderOptions;
  output: OutputSettings;
  dataDirs: DataDirectory[];
  library(): Promise<Library>;
  /**
   * The library with what was needed to make it (the cache's library views too), and, unless
   * `forSearch` is false, its search index prepared for: a first run then makes each new
   * file's index part while its code is at hand. `outputIsCodeFile`: the run writes a code
   * file, which may be one of the folders' files the shell emptied for it (cache/user-codes.ts).
   */
  loaded(forSearch?: boolean, outputIsCodeFile?: boolean): Promise<LoadedLibrary>;
  /** Print a result: JSON when --json, else the rendered text. */
  print(result: unknown, renderText: (options: RenderOptions) => string): Promise<void>;
}

export function contextOf(command: Command): CommandContext {
  const options = command.optsWithGlobals<GlobalOptions>();
  const output = outputSettings(options);
  const dataDirs = dataDirectories(options.data ?? [], process.env);
  const json = options.json === true;
  const render = { color: output.color, width: output.width, plain: plainAsked(options.plain, process.env) };
  return {
    json,
    render,
    output,
    dataDirs,
    library: async () => (await readLibrary(dataDirs)).library,
    loaded: (forSearch = true, outputIsCodeFile = false) => readLibrary(dataDirs, process.env, forSearch, undefined, outputIsCodeFile),
    async print(result, renderText) {
      if (json) writeOut(escapeJson(JSON.stringify(result, null, 2)) + "\n");
      else await writeResult(renderText(render), output);
    },
  };
}
