import { Command, Option } from "commander";
import type { ReadStream, WriteStream } from "node:tty";
import { EthicsError } from "../../core/errors.js";
import type { Question, QuestionKind } from "../../core/study/quiz.js";
import { MAX_SEED } from "../../core/study/rng.js";
import { contextOf } from "../context.js";
import { widthNow, writeOut } from "../output.js";
import { fitLines } from "../../render/terminal-text.js";
import { allCodesOption, CODE_BY_DEFAULT, codesChosen } from "../default-codes.js";
import { asList, chosenCodes, codeOption } from "../options.js";
import { countParser, wholeNumber } from "../study-options.js";
import { ethicsForLibrary, ethicsWordsForLibrary } from "../../core/command-start.js";

interface QuizOptions {
  code?: string[];
  allCodes?: boolean;
  topic?: string;
  count: number;
  seed?: number;
  /** md or html; true for --worksheet alone, which is md. */
  worksheet?: WorksheetFormat | true;
  /** --kind's values as typed (kindValues); questionKinds reads them. */
  kind?: string[];
  review?: boolean;
}

type WorksheetFormat = "md" | "html" | "gift";

/** What --kind takes (quiz-kinds.ts KINDS, which reads them), for help and completion. */
const KINDS = ["which-code", "situation", "strength", "cloze"] as const satisfies readonly QuestionKind[];

/** `--kind` as typed, value by value: read (quiz-kinds.ts) when the quiz runs; added to the list of those before, not copied at each. */
const kindValues = (value: string, previous: string[] = []): string[] => {
  previous.push(value);
  return previous;
};

/** The default of --count, left out of a command that repeats a quiz. */
const DEFAULT_COUNT = 10;

/** Read at a width a person can take in: the terminal's, but never over 80 columns. */
const QUIZ_WIDTH = 80;

export const quiz = (): Command =>
  new Command("quiz")
  .allowExcessArguments(true)
  .description("multiple-choice questions made from the codes, each with the standard that decides it")
  .addOption(codeOption(CODE_BY_DEFAULT))
  .addOption(allCodesOption())
  .option("-t, --topic <topic>", "only standards on this topic")
  .addOption(new Option("-n, --count <n>", "how many questions").argParser(countParser("--count", 1)).default(DEFAULT_COUNT))
  .addOption(new Option("--seed <n>", "the same seed gives the same quiz").argParser(wholeNumber("--seed", 0, MAX_SEED)))
  .option("-r, --review", "only the standards you missed in earlier quizzes at a terminal, until answered right twice")
  .addOption(asList(new Option("-k, --kind <kind>", "only these kinds of question (repeatable, or comma-separated)").choices(KINDS).argParser(kindValues)))
  .addOption(
    new Option("--worksheet [format]", "a quiz on paper: the questions without asking, then the answer key; md is Markdown (the default), html a page to print, gift Moodle's import format")
      .choices(["md", "html", "gift"])
      .conflicts("json"),
  )
  .option("--json", "print the questions as JSON without asking: { seed, questions: [{ kind, prompt, choices, answer, citation, explanation, choiceStandards? }], notes }")
  .addHelpText(
    "after",
    `
Examples:
  $ ethics quiz                                ten questions on every code
  $ ethics quiz --code medi-cal --count 5
  $ ethics quiz --topic gifts --seed 42        the same quiz for a whole class
  $ ethics quiz --kind situation               situations: which rule governs
  $ ethics quiz --review                       again: the standards you missed
  $ ethics quiz --seed 42 < answers.txt        scripted: one answer a line
  $ ethics quiz --seed 42 --worksheet > quiz.md
                                               on paper, with the answer key
  $ ethics quiz --seed 42 --worksheet html > quiz.html
                                               to print: the key on a page apart
  $ ethics quiz --seed 42 --worksheet gift > quiz.gift
                                               for Moodle's question bank
  $ ethics quiz --seed 42 --json               the answers too, as data

Questions: which code says this (of two or more codes); which standard governs a situation (from the concept index);
does a standard prohibit, require, defer to agency policy or encourage; the missing word.
Answer with a letter, a number or a choice's words. On a terminal a bad answer is asked again,
and at the end the questions missed may be asked again; scripted a bad answer counts as wrong. Exit status: 0 after a completed quiz, 1 when the answers ran out before the end.
A seed gives the same quiz for the same --code, --topic and --kind, whatever other codes are loaded.

At a terminal, the standards of the questions you miss are kept for --review (in
$ETHICS_STATE_DIR, else $XDG_STATE_HOME/ethics, else ~/.local/state/ethics), until answered right in two later questions.`,
  )
  .action(async (options: QuizOptions, command: Command) => {
    const context = contextOf(command);
    // Words that join a value into a name (`--topic dual relationships`) are its; codes joined
    // after --code's value are said so, with them in its list; other words, as commander said.
    if (command.args.length > 0) (await import("../excess-arguments.js")).readArguments(command, await context.library());
    // Checked before any work, as a parser would: a usage error, with the kind meant.
    const kinds = options.kind && (await import("../quiz-kinds.js")).questionKinds(options.kind);
    // On a topic, users' codes' concepts come from the search index: only then is it prepared for.
    const loaded = await context.loaded(options.topic !== undefined);
    const { freshSeed } = await import("../../core/study/rng.js");
    const { promptText } = await import("../../core/study/quiz.js");
    const codeNames = await codesChosen(loaded.library, options);
    await chosenCodes(loaded.library, codeNames); // a name that is several codes written apart is said so before any work
    const request = { codes: codeNames ?? [], ...(options.topic !== undefined ? { topic: options.topic } : {}) };
    // Taken at a terminal, a review writes its answers to the record, and so its clearing too.
    const atTerminal = !context.json && !options.worksheet && (await import("node:tty")).isatty(0);
    const review = options.review ? (await import("../review-scope.js")).reviewScope(loaded.library, { forgetGone: atTerminal }) : undefined;
    // Asked for no number, a review asks about each standard in scope once, up to the usual ten.
    const reviewed = review && { keys: review.keys, askEachOnce: command.getOptionValueSource("count") === "default" };
    const made = await (await import("../quiz-of.js")).quizOf(loaded, request, { count: options.count, seed: options.seed ?? freshSeed(), ...(kinds && { kinds }) }, reviewed);
    if (review) made.notes.unshift(...review.notes);
    if (context.json) {
      const questions = made.questions.map((question) => ({
        kind: question.kind,
        prompt: promptText(question),
        choices: question.choices,
        answer: question.answer,
        citation: question.citation,
        explanation: question.explanation,
        // A situation's choices are standards: each whole, as `show --json` gives one.
        ...(question.choiceStandards && { choiceStandards: question.choiceStandards }),
      }));
      // as every --json is written: the codes' bidi and invisible characters escaped (\u202e).
      // The notes a quiz on the terminal prints (fewer questions than asked) go with it: a
      // handout made from the JSON would otherwise be short without a word.
      await context.print({ seed: made.seed, questions, notes: made.notes }, () => "");
      return;
    }
    // The command that asks the same questions: the worksheet's line, and the terminal's heading.
    const { shellWord } = await import("../../core/shell-path.js");
    const codes = (await chosenCodes(loaded.library, codeNames))?.map((code) => code.id);
    const sameQuizWords = [
      ...ethicsWordsForLibrary(),
      "quiz",
      ...(codes !== undefined ? ["--code", codes.join(",")] : []),
      ...(options.topic !== undefined ? ["--topic", shellWord(options.topic)] : []),
      ...(options.review ? ["--review"] : []),
      ...(options.count !== DEFAULT_COUNT ? ["--count", String(options.count)] : []),
      ...(kinds !== undefined ? ["--kind", kinds.join(",")] : []),
      "--seed",
      String(made.seed),
    ];
    if (options.worksheet) {
      const sameQuiz = sameQuizWords.join(" ");
      if (options.worksheet === "gift") {
        const { renderQuizGift } = await import("../../render/quiz-gift.js");
        // A file to import, as the page is: never paged or fitted to the terminal.
        writeOut(renderQuizGift(made, { sameQuiz }));
        return;
      }
      if (options.worksheet === "html") {
        const { renderQuizWorksheetHtml } = await import("../../render/quiz-worksheet-html.js");
        // A page for a browser or a file, as `export --format html` writes one: never paged or fitted to the terminal.
        writeOut(renderQuizWorksheetHtml(made, { sameQuiz }));
        return;
      }
      const { renderQuizWorksheet } = await import("../../render/quiz-worksheet.js");
      await context.print(made, (render) => renderQuizWorksheet(made, { width: Math.min(render.width, QUIZ_WIDTH), sameQuiz }));
      return;
    }
    const { isatty } = await import("node:tty");
    const { readStdinLines, unreadableStdin, withoutKeySequences } = await import("../line-reader.js");
    const { takeQuiz } = await import("../quiz-session.js");
    // Said before the first question: a quiz that cannot be answered is not begun.
    const unreadable = unreadableStdin();
    if (unreadable) throw new EthicsError(`cannot read the answers: ${unreadable}`, `answers are a letter, a number or a choice's words a line, typed or from a file, e.g. \`${ethicsForLibrary()} quiz < answers.txt\``);
    // Asked again before each write: a terminal resized mid-quiz got the questions after it at
    // the width of the start, each line broken by the terminal mid-word.
    const width = () => Math.min(widthNow(), QUIZ_WIDTH);
    // Every line fitted as writeResult fits other commands' output: a renderer leaves a word
    // that the line could hold but its indent cannot for this last fitting to set it further
    // left (a note's word of 40 columns after "  Note: " made a line of 48 at 40 columns).
    const fitted = (text: string) => writeOut(fitLines(text, width()));
    // Typed on a terminal and shown on it: a prompt left behind by Ctrl-Z and fg is drawn again.
    const onTerminal = isatty(0) && isatty(1);
    const output = onTerminal ? (await import("../prompt-redraw.js")).redrawnOnResume(fitted) : { write: fitted, unfinished: () => "", stop: () => {} };
    // Typed on a terminal: edited as at any prompt (arrows, Home, End, Delete), not escape codes.
    const lines = onTerminal ? (await import("../terminal-lines.js")).readTerminalLines(process.stdin as ReadStream, process.stdout as WriteStream, output.unfinished) : readStdinLines();
    // Typed on a terminal whose output goes elsewhere (`| tee`): the terminal edits the line, and
    // the keys it does not edit (arrows) are dropped.
    const readLine = async () => {
      const line = await lines.next();
      return line !== null && isatty(0) && !onTerminal ? withoutKeySequences(line) : line;
    };
    const io = { interactive: isatty(0), write: output.write, readLine };
    try {
      const { codeOf, showReference } = await import("../../core/study/scope.js");
      const { ethicsWordsFor } = await import("../../core/command-start.js");
      const showCommand = (question: Question) => {
        const code = codeOf(loaded.library, question.standard);
        return [...ethicsWordsFor([code]), "show", ...showReference(code, question.standard).split(" ")];
      };
      // Kept only of a quiz typed at a terminal: a class's answer files, run by a trainer, are not the trainer's misses.
      const reviewFile = io.interactive ? (await import("../review-record.js")).reviewFile(process.env) : null;
      const kept = reviewFile !== null ? (await import("../quiz-review.js")).keptForReview(reviewFile, [...ethicsWordsForLibrary(), "quiz", "--review"]) : undefined;
      const outcome = await takeQuiz(made, io, () => ({ ...context.render, width: width() }), showCommand, kept, sameQuizWords);
      if (!outcome.completed) {
        const why = lines.stoppedEarly();
        throw new EthicsError(
          `the quiz stopped after ${outcome.asked} of ${made.questions.length} questions: ${why ?? "no more answers"}`,
          why && `answers are a letter, a number or a choice's words a line, typed or from a file, e.g. printf 'a\\nc\\n' | \`${ethicsForLibrary()} quiz\``,
        );
      }
    } finally {
      output.stop();
      lines.close();
    }
  });
