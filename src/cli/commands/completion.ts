import { Argument, Command } from "commander";
import { completeWords } from "../complete.js";
import { completionScripts, SHELLS, type Shell } from "../completion-scripts.js";
import { contextOf } from "../context.js";
import { writeOut } from "../output.js";

export const completion = (): Command =>
  new Command("completion")
  .description("print a shell script that completes commands, options, codes and sections")
  .addArgument(new Argument("<shell>", "the shell").choices(SHELLS))
  .option("--json", "print JSON: { shell, script }")
  .addHelpText(
    "after",
    `
Install:
  bash  $ ethics completion bash > ~/.local/share/bash-completion/completions/ethics
  zsh   $ ethics completion zsh > "\${fpath[1]}/_ethics"      (then restart zsh)
  fish  $ ethics completion fish > ~/.config/fish/completions/ethics.fish`,
  )
  .action(async (shell: Shell, _options, command: Command) => {
    const context = contextOf(command);
    if (context.json) await context.print({ shell, script: completionScripts[shell] }, () => "");
    else writeOut(completionScripts[shell]);
  });

/** Called by the completion scripts: prints one candidate a line. */
export const complete = (): Command =>
  new Command("__complete")
  .description("(used by the completion scripts)")
  .argument("[words...]", "the words typed so far, before the one being completed")
  .allowUnknownOption(true)
  .helpOption(false)
  .action(async (words: string[], _options, command: Command) => {
    const program = command.parent!;
    const candidates = completeWords(program, await contextOf(command).library(), words ?? []);
    if (candidates.length > 0) writeOut(candidates.join("\n") + "\n");
  });
