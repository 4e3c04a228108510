// Entry point and the one error boundary: commands throw, this prints and sets the exit code.
// Whoever throws, a message may quote a user's file name, a key from their file or a word they
// typed: here it is made visible (render/terminal-text.ts) and fitted to the terminal.
import { resolve } from "node:path";
import { CommanderError, type Command } from "commander";
import { EXIT_USAGE, PROBLEMS_SHOWN, formatProblem, isEthicsError, type DataError, type EthicsError } from "../core/errors.js";
import { visible, wrap } from "../render/terminal-text.js";
import { fitHelpLines } from "../render/help-examples.js";
import { helpWidth, stderrText, writeErr, writeOut } from "./output.js";
import { withTypedCut } from "./typed-words.js";
import { marksInWords } from "../render/marks-in-words.js";
import { runIsPlain } from "./plain-asked.js";
import { buildProgram, misplacedOption } from "./program.js";
import { optionAsValue } from "./option-as-value.js";
import { optionLettersInPath } from "./option-letters.js";
import { repeatedOption } from "./repeated-options.js";
import { typographicDashOption } from "./typographic-dashes.js";
import { firstOfHelpAndVersion } from "./help-or-version.js";
import { helpHasNoJson, jsonAskedOf, versionJson } from "./help-version-json.js";
import { commanderMessage, hintGivesShowExample, unknownHelpTopic } from "./usage-messages.js";
import { commandSaidOtherwise } from "./command-words.js";
import { codesForHints, showExampleForHints } from "./hint-library.js";
import { runAgainWithoutEntriesRead } from "./cache-fault.js";
import { currentFolderGone } from "./current-folder.js";
import { missingBuildFile } from "./missing-build-file.js";
import { isEnglishWord } from "./english-words.js";
import { judgeWordsBy } from "../core/word-check.js";
import { recordRunDataFolders } from "../core/command-start.js";
import { dataFoldersTyped } from "./command-name.js";

/** A bug, not bad input: still no stack trace unless asked for. */
const EXIT_INTERNAL = 3;

/**
 * Help fitted to the terminal: a paragraph of prose (lines at the margin, not laid out in
 * columns) is wrapped anew, anything else (usage, options, examples) fitted line by line, an
 * example's command continued with a backslash where it is broken (render/help-examples.ts).
 */
function fitHelp(text: string, plain: boolean): string {
  const width = helpWidth();
  return (plain ? marksInWords(text) : text)
    .split(/(\n{2,})/)
    .map((block) => {
      const end = block.endsWith("\n") && !/^\n+$/.test(block) ? "\n" : "";
      const lines = block.slice(0, block.length - end.length).split("\n");
      const prose = lines.length > 1 && lines.every((line) => /^\S/.test(line) && !/\S {2,}\S/.test(line) && !line.endsWith(":"));
      return (prose ? wrap(lines.join(" "), width) : fitHelpLines(lines, width).join("\n")) + end;
    })
    .join("");
}

/** A message for stderr: words typed too long for a line cut short, made visible and fitted. */
function errorText(text: string): string {
  return stderrText(withTypedCut(text));
}

/**
 * One line of a message as ethics writes it: a line break in it belongs to something it quotes
 * (a word typed, a file's name, a key of a file), so it is shown (␊), never obeyed, or the
 * quoted text could begin a line of its own, such as a forged "hint:".
 */
function messageLine(text: string): string {
  return visible(withTypedCut(text));
}

function report(message: string, hint?: string): void {
  writeErr(stderrText(`ethics: ${message}${hint ? `\nhint: ${messageLine(hint)}` : ""}`) + "\n");
}

/** An error's message: one line, or a data error's heading and its problems a line each. */
function errorMessage(error: EthicsError): string {
  if (!("problems" in error && "heading" in error)) return messageLine(error.message);
  const { heading, problems } = error as DataError;
  const shown = problems.slice(0, PROBLEMS_SHOWN).map((problem) => messageLine(formatProblem(problem)));
  const more = problems.length - shown.length;
  return [heading, ...shown, ...(more > 0 ? [`… and ${more.toLocaleString("en-US")} more`] : [])].join("\n");
}

/** A folder as library.ts resolves it; as typed where the current folder is gone (main reports that). */
function resolvedIfCan(folder: string): string {
  try {
    return resolve(folder);
  } catch {
    return folder;
  }
}

export async function main(typed: string[]): Promise<number> {
  // `ethics help help` asks about help itself: the program's help answers, as `git help help`
  // does (commander took the second "help" for a command it does not have); so does `help help
  // help`, which the first "help" taken out still called an unknown command.
  let argv = firstOfHelpAndVersion(typed);
  while (argv[2] === "help" && argv[3] === "help") argv = [...argv.slice(0, 3), ...argv.slice(4)];
  // Before the program is built: its help-after-error hint is a command to copy too.
  recordRunDataFolders(dataFoldersTyped(argv.slice(2)).map(resolvedIfCan));
  const program = buildProgram(argv);
  judgeWordsBy(isEnglishWord);
  const hintCodes = await codesForHints(argv.slice(2));
  // show's example in the code ETHICS_CODE names takes reading the library, which commander's
  // callback cannot wait for: its error is written once commander has thrown, and the library
  // read then, not on every run (`show --help` read it, and said its warnings).
  let waitingForExample: { command: Command; text: string; write: (text: string) => void } | undefined;
  // Help's arrows and ranges said in words (marks-in-words.ts): --plain is not yet parsed when help is asked.
  const plain = runIsPlain(argv.slice(2));
  for (const command of [program, ...program.commands]) {
    command.exitOverride();
    command.configureOutput({
      // Help and --version: help is fitted to the terminal (the examples' text too).
      writeOut: (text) => writeOut(fitHelp(text, plain)),
      writeErr: (text) => writeErr(errorText(text)),
      getOutHelpWidth: () => helpWidth(),
      getErrHelpWidth: () => helpWidth(process.env, 2),
      outputError: (text, write) => {
        if (hintGivesShowExample(command, text)) waitingForExample = { command, text, write };
        else write(commanderMessage(command, text, argv.slice(2), hintCodes));
      },
    });
  }
  // Loaded only where a word of one dash and a name is typed: every run passes here. Both cases
  // spelt out, not the i flag: V8 works out a class's other cases through ICU when it compiles
  // such a pattern (~0.8 M instructions of every run), and without u the two match the same.
  const longOptionWithOneDash = argv.slice(2).some((word) => /^-[a-zA-Z][\w-]/.test(word)) ? (await import("./one-dash-long-option.js")).longOptionWithOneDash : () => undefined;
  const misplaced = misplacedOption(program, argv.slice(2)) ?? longOptionWithOneDash(program, argv.slice(2)) ?? optionAsValue(program, argv.slice(2)) ?? optionLettersInPath(program, argv.slice(2)) ?? repeatedOption(program, argv.slice(2)) ?? typographicDashOption(program, argv.slice(2)) ?? unknownHelpTopic(program, argv.slice(2)) ?? commandSaidOtherwise(argv.slice(2), program, hintCodes);
  if (misplaced) {
    report(messageLine(misplaced.message), misplaced.hint);
    return EXIT_USAGE;
  }
  const jsonAsked = jsonAskedOf(program, argv.slice(2));
  if (jsonAsked === "version") {
    writeOut(versionJson(program.version()!));
    return 0;
  }
  if (jsonAsked === "help") {
    const { message, hint } = helpHasNoJson(argv.slice(2));
    report(message, hint);
    return EXIT_USAGE;
  }
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (thrown) {
    // The current folder deleted under the run is the user's surroundings, not a bug (current-folder.ts).
    // So is a file of the build gone from an install (missing-build-file.ts).
    const error = currentFolderGone(thrown) ?? missingBuildFile(thrown) ?? thrown;
    if (error instanceof CommanderError) {
      if (waitingForExample) {
        const { command, text, write } = waitingForExample;
        write(commanderMessage(command, text, argv.slice(2), hintCodes, await showExampleForHints(argv.slice(2))));
      }
      return error.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    if (isEthicsError(error)) {
      if ("runAgain" in error) {
        const again = await runAgainWithoutEntriesRead(process.env);
        if (again !== undefined) return again;
      }
      // An EthicsError without a message ends quietly (Ctrl-C in the pager).
      if (error.message !== "") report(errorMessage(error), error.hint);
      return error.exitCode;
    }
    // Perhaps a cache entry this run read: then the command runs again without it.
    const again = await runAgainWithoutEntriesRead(process.env);
    if (again !== undefined) return again;
    const message = error instanceof Error ? error.message : String(error);
    report(messageLine(`internal error: ${message}`), "this is a bug in ethics; run with ETHICS_DEBUG=1 for details");
    if (process.env.ETHICS_DEBUG) console.error(error);
    return EXIT_INTERNAL;
  }
}

void main(process.argv).then((code) => {
  process.exitCode = code;
});
