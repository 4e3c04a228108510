import { Argument, Command } from "commander";
import type { Library } from "../../model.js";
import { completeWords, DIRECTORIES, FILES, typedDataDirectories, typedLine } from "../complete.js";
import { completionScripts, SHELLS, type Shell } from "../completion-scripts.js";
import { contextOf } from "../context.js";
import { shellPath } from "../../core/shell-path.js";
import { dataDirectories, readBuiltinLibrary, readLibrary, warn, type DataDirectory } from "../library.js";
import { writeOut } from "../output.js";

export const completion = (): Command =>
  new Command("completion")
  .description("print a shell script that completes commands, options, codes, sections and paths")
  .addArgument(new Argument("<shell>", "the shell").choices(SHELLS))
  .option("--json", "print JSON: { shell, script }")
  .addHelpText(
    "after",
    `
Install:
  bash  $ ethics completion bash \\
            > ~/.local/share/bash-completion/completions/ethics
  zsh   $ ethics completion zsh > "\${fpath[1]}/_ethics"      (then restart zsh)
  fish  $ ethics completion fish > ~/.config/fish/completions/ethics.fish`,
  )
  .action(async (shell: Shell, _options, command: Command) => {
    const context = contextOf(command);
    if (context.json) await context.print({ shell, script: completionScripts[shell] }, () => "");
    else writeOut(completionScripts[shell]);
  });

/**
 * The codes to complete from: those of each directory given to ethics (ETHICS_DATA) and typed on
 * the line (--data) that can be read (one may be half typed), else the built-in codes: a
 * completion never fails. All are read together first, as nearly always they read; else each
 * is tried in turn, given and typed alike, with those that read before it. What was left out is
 * said on stderr, which the scripts drop (a note would garble the line being edited), for
 * whoever runs `ethics __complete` by hand to see why their codes do not complete, as cobra's
 * completions say it.
 */
async function libraryFor(command: Command, words: readonly string[]): Promise<Library> {
  const given = contextOf(command).dataDirs;
  const typed = dataDirectories(typedDataDirectories(command.parent!, words), {});
  const attempt = async (directories: readonly DataDirectory[]) => (await readLibrary(directories).catch(() => undefined))?.library;
  const all = await attempt([...given, ...typed]);
  if (all !== undefined) return all;
  let library = readBuiltinLibrary();
  const kept: DataDirectory[] = [];
  const leftOut: DataDirectory[] = [];
  for (const directory of [...given, ...typed]) {
    const read = await attempt([...kept, directory]);
    if (read === undefined) {
      leftOut.push(directory);
      continue;
    }
    library = read;
    kept.push(directory);
  }
  sayLeftOut(leftOut);
  return library;
}

function sayLeftOut(directories: readonly DataDirectory[]): void {
  for (const directory of directories) {
    const typed = directory.typed ?? directory.path;
    warn(`completing without the codes in ${typed}: they could not be read; \`ethics --data ${shellPath(typed)} list\` says why`);
  }
}

/** Called by the completion scripts: prints one candidate a line. */
export const complete = (): Command =>
  new Command("__complete")
  .description("(used by the completion scripts)")
  .argument("[words...]", "the words typed so far, before the one being completed")
  // Before the "--" that starts the words; scripts of an earlier version leave it out.
  .option("--current <word>", "the word being completed, as typed so far")
  .allowUnknownOption(true)
  .helpOption(false)
  .action(async (words: string[] | undefined, options: { current?: string }, command: Command) => {
    const { before, current, prefix } = typedLine(words ?? [], options.current ?? "");
    const found = completeWords(command.parent!, await libraryFor(command, before), before, current);
    // After "--data=" the shell completes the path itself, past the "=" (zsh's compset, fish's
    // __fish_complete_directories): the directive alone, with no options to offer.
    const offered = prefix === "" ? found : found[0] === FILES || found[0] === DIRECTORIES ? found.slice(0, 1) : found.map((candidate) => prefix + candidate);
    // One candidate a line, as every script reads them: one that holds a line break (a list's
    // typed part repeated, `--code 'a<newline>b,`) would be read as two, neither of them offered.
    const candidates = offered.filter((candidate) => !candidate.includes("\n"));
    if (candidates.length > 0) writeOut(candidates.join("\n") + "\n");
  });
