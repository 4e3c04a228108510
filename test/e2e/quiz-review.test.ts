// The standards missed in a quiz at a terminal are kept, and `quiz --review` asks about them
// again until each is answered right twice; a script's answers keep nothing, and a record ethics
// cannot read is said so and left as it is.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";
import { ETHICS_COMMAND, onTerminal, terminalRun } from "./terminal-run.js";

interface JsonQuiz {
  questions: { choices: string[]; answer: number; citation: string }[];
  notes: string[];
}

/** A message as words, whatever the lines it was wrapped into at 80 columns. */
const flat = (text: string) => text.replace(/\s+/g, " ");
/** A message as words, with a command broken with backslashes as a shell reads it pasted. */
const asPasted = (text: string) => flat(text.replace(/\\\n/g, ""));
const newStateDir = () => mkdtempSync(join(tmpdir(), "ethics-review-"));
const recordOf = (stateDir: string) => join(stateDir, "quiz-review.json");
const letter = (at: number) => "abcd"[at]!;
const quizJson = (args: string[], stateDir: string): JsonQuiz => JSON.parse(ethics(["quiz", ...args, "--json"], { env: { ETHICS_STATE_DIR: stateDir } }).stdout);
/** A quiz taken at an 80-column terminal with these answers, one a line, then "n" to asking again. */
const atTerminal = (args: string[], answers: string[], stateDir: string) =>
  onTerminal(`${ETHICS_COMMAND} quiz ${args.join(" ")}`, { size: { columns: 80, rows: 50 }, input: [...answers, "n"].join("\n") + "\n", env: { NO_COLOR: "1", ETHICS_STATE_DIR: stateDir } });

const entry = (code: string, section: string, number: number) => ({ code, section, number, missed: 1, lastMissed: "2026-12-01T08:00:00.000Z", rightSince: 0 });
const writeRecord = (stateDir: string, standards: object[]) => writeFileSync(recordOf(stateDir), JSON.stringify({ standards }));

describe("quiz --review", () => {
  it("asks about the standard missed at a terminal until it is answered right twice", () => {
    const state = newStateDir();
    const quiz = ["--seed", "7", "--count", "2"];
    const [first, second] = quizJson(quiz, state).questions;
    const screen = atTerminal(quiz, [letter((first!.answer + 1) % first!.choices.length), letter(second!.answer)], state);
    const kept = screen.indexOf("Kept for review: the standard you missed. To be asked about it again:\n  ethics quiz --review\n");
    expect(kept).toBeGreaterThan(screen.indexOf("Score: 1/2"));
    const record = JSON.parse(readFileSync(recordOf(state), "utf8"));
    expect(record.standards).toHaveLength(1);
    expect(record.standards[0]).toMatchObject({ missed: 1, rightSince: 0 });

    // The review asks about that standard alone: one question, not ten.
    for (const [round, seed] of [[1, "1"], [2, "2"]] as const) {
      const review = quizJson(["--review", "--seed", seed], state);
      expect(review.questions.map((question) => question.citation)).toEqual([first!.citation]);
      const answered = atTerminal(["--review", "--seed", seed], [letter(review.questions[0]!.answer)], state);
      if (round === 1) expect(JSON.parse(readFileSync(recordOf(state), "utf8")).standards[0]).toMatchObject({ rightSince: 1 });
      else expect(answered).toContain(`Out of your review, answered right twice since missed: ${first!.citation.split(" ")[0]}`);
    }
    const none = ethics(["quiz", "--review"], { env: { ETHICS_STATE_DIR: state } });
    expect(none.code).toBe(1);
    expect(flat(none.stderr)).toContain("ethics: nothing to review: no standard you missed in a quiz at a terminal is kept");
  });

  it("keeps nothing of a scripted quiz: a class's answer files are not the trainer's misses", () => {
    const state = newStateDir();
    const run = ethics(["quiz", "--seed", "7", "--count", "3"], { input: "z\nz\nz\n", env: { ETHICS_STATE_DIR: state } });
    expect(run.code).toBe(0);
    expect(existsSync(recordOf(state))).toBe(false);
    expect(run.stdout).not.toContain("review:");
  });

  it("says which standards it leaves out: codes not loaded, standards no longer in their code", () => {
    const state = newStateDir();
    writeRecord(state, [entry("riverside", "values", 1), entry("medi-cal", "integrity", 99), entry("alaska", "conduct", 2)]);
    const review = quizJson(["--review", "--seed", "3"], state);
    expect(review.questions.map((question) => question.citation)).toEqual(["Alaska · Conduct 2"]);
    expect(review.notes).toEqual([
      "1 standard to review is of codes not loaded (riverside): load its folder with --data to be asked about it.",
      "1 standard to review is no longer in its code: medi-cal integrity 99.",
    ]);
    // A review printed, not taken, writes nothing.
    expect(JSON.parse(readFileSync(recordOf(state), "utf8")).standards).toHaveLength(3);
    const narrowed = ethics(["quiz", "--review", "--code", "wisconsin"], { env: { ETHICS_STATE_DIR: state } });
    expect([narrowed.code, narrowed.stderr]).toEqual([1, "ethics: none of the standards to review is in wisconsin\nhint: `ethics quiz --review` asks about all of them\n"]);
    writeRecord(state, [entry("riverside", "values", 1)]);
    const unloaded = ethics(["quiz", "--review"], { env: { ETHICS_STATE_DIR: state } });
    expect(unloaded.code).toBe(1);
    expect(flat(unloaded.stderr)).toContain("ethics: none of the standards to review is in the codes loaded hint: 1 standard to review is of codes not loaded (riverside)");
  });

  it("taken at a terminal, lets the standards no longer in their codes leave the review", () => {
    const state = newStateDir();
    writeRecord(state, [entry("medi-cal", "integrity", 99), entry("alaska", "conduct", 2), entry("riverside", "values", 1)]);
    const [question] = quizJson(["--review", "--seed", "3"], state).questions;
    const screen = atTerminal(["--review", "--seed", "3"], [letter((question!.answer + 1) % question!.choices.length)], state);
    expect(flat(screen)).toContain("1 standard to review is no longer in its code, and leaves the review: medi-cal integrity 99.");
    const kept = JSON.parse(readFileSync(recordOf(state), "utf8")).standards;
    expect(kept.map((standard: { code: string }) => standard.code)).toEqual(["alaska", "riverside"]);
    // Named once: the next review no longer says so.
    expect(quizJson(["--review", "--seed", "3"], state).notes).toEqual(["1 standard to review is of codes not loaded (riverside): load its folder with --data to be asked about it."]);
  });

  it("asks, without --count, about each standard to review once", () => {
    const state = newStateDir();
    writeRecord(state, [entry("alaska", "conduct", 2), entry("alaska", "conduct", 3), entry("wisconsin", "code-of-conduct", 12)]);
    expect(quizJson(["--review", "--seed", "4"], state).questions).toHaveLength(3);
    expect(quizJson(["--review", "--seed", "4", "--count", "2"], state).questions).toHaveLength(2);
    // Narrowed to Alaska: its two, and no note of questions that could not be made.
    const alaska = quizJson(["--review", "--seed", "4", "--code", "alaska"], state);
    expect([alaska.questions.length, alaska.notes]).toEqual([2, []]);
  });
});

describe("a review record ethics cannot read", () => {
  it.each([
    ["not JSON", (file: string) => writeFileSync(file, "{ standards: ["), "is not JSON: line 1, column 3: expected property name or '}'"],
    ["a hand-edited code id with an escape sequence", (file: string) => writeFileSync(file, JSON.stringify({ standards: [entry("alaska\u001b[2J", "conduct", 2)] })), 'has a standard ethics does not write: the 1st has code "alaska\\u001b[2J", where a code\'s id (lowercase letters, digits and hyphens), such as wisconsin is expected'],
    ["a directory", (file: string) => mkdirSync(file), "is a directory"],
    ["not UTF-8", (file: string) => writeFileSync(file, Buffer.from([0x7b, 0xe9, 0x7d])), "is not UTF-8 text"],
  ])("%s: --review says so and how to start again; a quiz says its misses were not kept, and leaves it as it is", (_, damage, problem) => {
    const state = newStateDir();
    const file = recordOf(state);
    damage(file);
    const review = ethics(["quiz", "--review"], { env: { ETHICS_STATE_DIR: state } });
    expect(review.code).toBe(1);
    expect(flat(review.stderr)).toContain(`ethics: cannot read the quiz review record: ${file} ${problem}`);
    expect(flat(review.stderr)).toMatch(/ hint: it was left as it is(; to start a new record|: mend)/);
    expect(asPasted(review.stderr)).toContain(`move it away: \`mv ${file} ${file}.old\``);
    expect(review.stderr).not.toContain("\u001b");

    const before = existsSync(file) && !problem.includes("directory") ? readFileSync(file) : null;
    const [question] = quizJson(["--seed", "7", "--count", "1"], state).questions;
    const { screen, status } = terminalRun(`${ETHICS_COMMAND} quiz --seed 7 --count 1`, {
      size: { columns: 80, rows: 50 },
      input: `${letter((question!.answer + 1) % question!.choices.length)}\nn\n`,
      env: { NO_COLOR: "1", ETHICS_STATE_DIR: state },
    });
    expect(status).toBe(0);
    expect(screen.replace(/\n/g, " ")).toContain(`Not kept for review: ${file} ${problem}; it was left as it is.`);
    if (before !== null) expect(readFileSync(file)).toEqual(before);
  });

  it("in a folder that is a file: says which, and where the review is kept instead of how to move it", () => {
    const notAFolder = join(newStateDir(), "plain-file");
    writeFileSync(notAFolder, "");
    const review = ethics(["quiz", "--review"], { env: { ETHICS_STATE_DIR: notAFolder } });
    expect([review.code, flat(review.stderr)]).toEqual([
      1,
      `ethics: cannot read the quiz review record: ${notAFolder}/quiz-review.json cannot be made: ${notAFolder} is not a folder hint: the review is kept in ETHICS_STATE_DIR, else XDG_STATE_HOME/ethics, else ~/.local/state/ethics: set one to a folder `,
    ]);
    const [question] = quizJson(["--seed", "7", "--count", "1"], notAFolder).questions;
    const { screen } = terminalRun(`${ETHICS_COMMAND} quiz --seed 7 --count 1`, {
      size: { columns: 80, rows: 50 },
      input: `${letter((question!.answer + 1) % question!.choices.length)}\nn\n`,
      env: { NO_COLOR: "1", ETHICS_STATE_DIR: notAFolder },
    });
    expect(flat(screen)).toContain(`Not kept for review: ${notAFolder}/quiz-review.json cannot be made: ${notAFolder} is not a folder. You missed 1 question.`);
  });
});

describe("a hand-edited review record: what to mend, and where", () => {
  const at80 = (state: string) => ethics(["quiz", "--review"], { env: { ETHICS_STATE_DIR: state, COLUMNS: "80" } });
  const wisconsin6 = { code: "wisconsin", section: "code-of-conduct", number: 6, missed: 1, lastMissed: "2026-12-01T00:00:00.000Z", rightSince: 0 };

  it.each([
    ["a date without its time", { lastMissed: "2026-12-01" }, 'has lastMissed "2026-12-01", where a full time such as 2026-12-01T00:00:00.000Z is expected', "lastMissed"],
    ["no misses", { missed: 0 }, "has missed 0, where a whole number, 1 or more (the times it was missed) is expected", "missed"],
    ["right answers enough to leave", { rightSince: 2 }, "has rightSince 2, where a whole number below 2 (right answers since the last miss; at 2 it leaves the review) is expected", "rightSince"],
  ])("%s: names the standard, the field and the form expected, and the mv is pasteable", (_, change, said, field) => {
    const state = newStateDir();
    const file = recordOf(state);
    writeRecord(state, [{ ...wisconsin6, number: 5 }, { ...wisconsin6, ...change }]);
    const run = at80(state);
    expect([run.code, run.stdout]).toEqual([1, ""]);
    expect(flat(run.stderr)).toContain(`ethics: cannot read the quiz review record: ${file} has a standard ethics does not write: the 2nd (wisconsin code-of-conduct 6) ${said} hint: it was left as it is: mend the 2nd standard's ${field} in it, or delete that standard; to start a new record instead, losing what it holds, move it away:`);
    // In backticks, as hints print commands, and broken with a backslash, not wrapped as prose.
    expect(asPasted(run.stderr)).toContain(`move it away: \`mv ${file} ${file}.old\``);
    expect(run.stderr).not.toMatch(/away: mv /);
    for (const line of run.stderr.split("\n")) expect(line.length).toBeLessThanOrEqual(80);
  });

  it("a folder too long for a line: the mv goes on with a backslash, not at a space as prose", () => {
    const state = join(newStateDir(), "a-rather-long-folder-for-the-state", "of-the-quiz-review");
    mkdirSync(state, { recursive: true });
    writeRecord(state, [{ ...wisconsin6, missed: 0 }]);
    const run = at80(state);
    expect(run.code).toBe(1);
    const hint = run.stderr.slice(run.stderr.indexOf("hint: "));
    expect(hint).toMatch(/`mv \S+\\\n/);
    // What a shell reads from the lines pasted: the command, its words as printed.
    const pasted = hint.slice(hint.indexOf("`mv") + 1, hint.lastIndexOf("`")).replace(/\\\n/g, "").replace(/ +/g, " ");
    expect(pasted).toBe(`mv ${recordOf(state)} ${recordOf(state)}.old`);
  });

  it.each([
    ["a trailing comma", (text: string) => text.replace(/}\n  \]/, "},\n  ]"), "is not JSON: line 12, column 3: unexpected token ']'"],
    ["an object left open", (text: string) => text.replace(/}\n$/, ""), "is not JSON: line 13, column 1: expected ',' or '}' after property value"],
  ])("%s: says the line and column", (_, damage, said) => {
    const state = newStateDir();
    const file = recordOf(state);
    writeFileSync(file, damage(JSON.stringify({ about: "x", standards: [wisconsin6] }, null, 2) + "\n"));
    const run = at80(state);
    expect([run.code, run.stdout]).toEqual([1, ""]);
    expect(flat(run.stderr)).toContain(`${file} ${said} hint: it was left as it is: mend it at that place;`);
    for (const line of run.stderr.split("\n")) expect(line.length).toBeLessThanOrEqual(80);
  });

  it("reads a record saved with a byte order mark (a Windows editor's) as if it had none", () => {
    const state = newStateDir();
    writeFileSync(recordOf(state), "\uFEFF" + JSON.stringify({ standards: [wisconsin6] }));
    expect(quizJson(["--review", "--seed", "1"], state).questions.map((question) => question.citation)).toEqual(["Wisconsin 6"]);
  });
});

describe("a review record naming a code by its alias", () => {
  it.each([
    ["the only standard", [entry("wi", "code-of-conduct", 6)], "1st"],
    ["after one by its id", [entry("alaska", "conduct", 2), entry("wi", "code-of-conduct", 6)], "2nd"],
  ])("%s: says the field needs the code's id, not that the code is not loaded", (_, standards, place) => {
    const state = newStateDir();
    writeRecord(state, standards);
    const run = ethics(["quiz", "--review"], { env: { ETHICS_STATE_DIR: state, COLUMNS: "80" } });
    expect([run.code, run.stdout]).toEqual([1, ""]);
    expect(flat(run.stderr)).toBe(
      `ethics: cannot read the quiz review record: ${recordOf(state)} names a code by its alias: the ${place} standard has code "wi", where the code's id, "wisconsin", is expected hint: it was left as it is: write "wisconsin" for "wi" in it, as ethics writes each code, by its id `,
    );
    expect(run.stderr).not.toContain("--data");
    for (const line of run.stderr.split("\n")) expect(line.length).toBeLessThanOrEqual(80);
  });
});
