// random, quiz and --strength as their users run them: the built command, its output and exit code.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, expectShortFailure } from "./run.js";
import { ETHICS_COMMAND, onTerminal } from "./terminal-run.js";

describe("ethics random", () => {
  it("shows one standard whole, its strength, and the words that show it again", () => {
    const { stdout, code } = ethics(["random", "--seed", "11", "--code", "medi-cal"]);
    expect(code).toBe(0);
    const [strength, again] = stdout.trimEnd().split("\n").slice(-2);
    const reference = again!.match(/^ethics show (.+)$/)![1]!;
    const shown = ethics(["show", ...reference.split(" ")]);
    expect(shown.code).toBe(0);
    expect(stdout.startsWith(shown.stdout.trimEnd() + "\n\n")).toBe(true);
    expect(strength).toMatch(/^How it binds: (prohibits|requires|defers|aspires|describes)\b/);
  });

  it("--json is the Standard with its strength, qualifiers and the others that say it, as show gives it", () => {
    const picked = JSON.parse(ethics(["random", "--seed", "5", "--json"]).stdout);
    expect(picked.strength).toMatch(/^(prohibits|requires|defers|aspires|describes)$/);
    expect(Array.isArray(picked.sameWords)).toBe(true);
    const { strength: _strength, qualifiers: _qualifiers, sameWords: _sameWords, ...standard } = picked;
    const shown = JSON.parse(ethics(["show", `${standard.code}:${standard.section}:${standard.number}`, "--json"]).stdout);
    expect(standard).toEqual(shown);
  });

  it("is the same for a seed, and --today for the whole day", () => {
    const once = ethics(["random", "--seed", "99"]).stdout;
    expect(ethics(["random", "--seed", "99"]).stdout).toBe(once);
    const today = ethics(["random", "--today", "--json"]).stdout;
    expect(ethics(["random", "--today", "--json"]).stdout).toBe(today);
    expect(ethics(["random", "--today", "--code", "wi,ak", "--json"]).stdout).toBe(ethics(["random", "--today", "--code", "ak,wi", "--json"]).stdout);
    expect(ethics(["random", "--today"]).stdout).toMatch(/^Standard of the day, \d{4}-\d{2}-\d{2}\n/);
  });

  it("draws the same for a seed whatever the order the codes are named in, as quiz does", () => {
    // Seeds where the order once mattered: 9 drew Alaska for ak,wi and Wisconsin for wi,ak.
    for (const seed of ["9", "10", "11"]) {
      const [first, second] = [["ak,wi"], ["wi,ak"]].map(([codes]) => ethics(["random", "--seed", seed, "--code", codes!, "--json"]));
      expect(first!.code).toBe(0);
      expect(second!.stdout).toBe(first!.stdout);
    }
    expect(ethics(["random", "--today", "--code", "wi", "--code", "ak"]).stdout).toBe(ethics(["random", "--today", "--code", "ak,wi"]).stdout);
    expect(ethics(["quiz", "--seed", "9", "--count", "3", "--code", "wi,nc,ak", "--json"]).stdout).toBe(ethics(["quiz", "--seed", "9", "--count", "3", "--code", "ak,nc,wi", "--json"]).stdout);
  });

  it("keeps to the codes and topic asked for", () => {
    for (let seed = 0; seed < 6; seed++) {
      const picked = JSON.parse(ethics(["random", "--seed", String(seed), "--code", "nc,wi", "--topic", "gifts", "--json"]).stdout);
      expect(["North Carolina 15", "Wisconsin 12"]).toContain(picked.citation);
    }
  });

  it.each([
    [["random", "--seed", "x"], 2, "--seed takes a whole number from 0 to 4294967295, not 'x'"],
    [["random", "--today", "--seed", "3"], 2, "--today and --seed both choose the standard"],
    [["random", "--code", "medical-cal"], 1, "no code 'medical-cal'"],
    [["random", "--topic", "giftz"], 1, "did you mean gifts?"],
  ])("refuses %j", (args, exitCode, message) => {
    expectShortFailure(ethics(args), exitCode, message);
  });
});

describe("ethics quiz", () => {
  const json = (args: string[]) => JSON.parse(ethics(["quiz", ...args, "--json"]).stdout) as {
    seed: number;
    questions: { kind: string; prompt: string; choices: string[]; answer: number; citation: string; explanation: string }[];
    notes: string[];
  };

  it("--json notes, as the quiz on a terminal does, when fewer questions could be made than asked", () => {
    const few = json(["--seed", "1", "--count", "5", "--code", "wisconsin", "--topic", "gifts"]);
    expect(few.questions.length).toBeLessThan(5);
    expect(few.questions).toHaveLength(1);
    expect(few.notes).toEqual(["Only 1 of the 5 questions asked could be made: these standards hold 1 text (standards that say the same count as one), and a quiz asks about each text once."]);
    expect(json(["--seed", "1", "--count", "3"]).notes).toEqual([]);
  });

  it("--json prints the questions and answers without asking; the same seed, the same quiz", () => {
    const quiz = json(["--seed", "42", "--count", "8"]);
    expect(quiz.seed).toBe(42);
    expect(quiz.questions).toHaveLength(8);
    for (const question of quiz.questions) {
      const keys = ["kind", "prompt", "choices", "answer", "citation", "explanation"];
      expect(Object.keys(question)).toEqual(question.kind === "situation" ? [...keys, "choiceStandards"] : keys);
      expect(new Set(question.choices).size).toBeGreaterThanOrEqual(3);
      expect(question.answer).toBeLessThan(question.choices.length);
    }
    expect(json(["--seed", "42", "--count", "8"])).toEqual(quiz);
    expect(json(["--seed", "43", "--count", "8"])).not.toEqual(quiz);
  });

  it("asks all four kinds, situations from the concept index among them", () => {
    const quiz = json(["--seed", "1", "--count", "16"]);
    expect(new Set(quiz.questions.map((question) => question.kind))).toEqual(new Set(["which-code", "situation", "strength", "cloze"]));
  });

  it("scripted: answers line by line, feedback after each, 'Score: N/M' at the end, exit 0", () => {
    const quiz = json(["--seed", "7", "--count", "4"]);
    const letters = quiz.questions.map((question) => "abcd"[question.answer]!);
    const answers = [letters[0], String(quiz.questions[1]!.answer + 1), "z", letters[3]!.toUpperCase()];
    const { stdout, stderr, code } = ethics(["quiz", "--seed", "7", "--count", "4"], { input: answers.join("\n") + "\n" });
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toContain("Question 1 of 4");
    expect(stdout).toContain("'z' is not one of the choices: counted wrong");
    expect(stdout.match(/^Right: /gm)).toHaveLength(3);
    expect(stdout.trimEnd().split("\n").at(-1)).toBe("Score: 3/4");
    for (const question of quiz.questions) expect(stdout.replace(/\s+/g, " ")).toContain(question.explanation);
    for (const line of stdout.split("\n")) expect(line.length).toBeLessThanOrEqual(80);
  });

  it("takes full-width answers, as an input method types them (Ａ, ２)", () => {
    const quiz = json(["--seed", "7", "--count", "2"]);
    const answers = [String.fromCharCode(0xff21 + quiz.questions[0]!.answer), String.fromCharCode(0xff11 + quiz.questions[1]!.answer)];
    const { stdout, code } = ethics(["quiz", "--seed", "7", "--count", "2"], { input: answers.join("\n") + "\n" });
    expect(code).toBe(0);
    expect(stdout.trimEnd().split("\n").at(-1)).toBe("Score: 2/2");
  });

  it("before the score, gives the command that shows each standard answered wrong", () => {
    const quiz = json(["--seed", "7", "--count", "4"]);
    const answers = quiz.questions.map((question, at) => "abcd"[at === 1 ? (question.answer + 1) % question.choices.length : question.answer]!);
    const { stdout, code } = ethics(["quiz", "--seed", "7", "--count", "4"], { input: answers.join("\n") + "\n" });
    expect(code).toBe(0);
    const [heading, command, blank, score] = stdout.trimEnd().split("\n").slice(-4);
    expect([heading, blank, score]).toEqual(["To review the standard you missed:", "", "Score: 3/4"]);
    const shown = ethics(["show", ...command!.replace(/^ {2}ethics show /, "").split(" ")]);
    expect(shown.code).toBe(0);
    expect(shown.stdout.split("\n")[0]).toBe(quiz.questions[1]!.citation);
  });

  it("stops cleanly at the end of the answers, with the score so far", () => {
    const { stdout, stderr, code } = ethics(["quiz", "--seed", "7", "--count", "4"], { input: "a\n" });
    expect(code).toBe(1);
    expect(stdout.trimEnd().split("\n").at(-1)).toMatch(/^Score: [01]\/1$/);
    expect(stderr).toBe("ethics: the quiz stopped after 1 of 4 questions: no more answers\n");
  });

  it("on a terminal asks again after a bad answer", () => {
    const quiz = json(["--seed", "7", "--count", "2"]);
    const right = quiz.questions.map((question) => "abcd"[question.answer]);
    const screen = onTerminal(`${ETHICS_COMMAND} quiz --seed 7 --count 2`, {
      size: { columns: 100, rows: 40 },
      input: ["z", "", right[0], right[1]].join("\n") + "\n",
      // the runner's own terminal kind, as this test has always had it
      env: { NO_COLOR: "1", TERM: process.env.TERM },
    });
    expect(screen).toContain("'z' is not one of the choices: answer with a letter A–");
    expect(screen).toContain("An empty answer is not one of the choices: answer with");
    expect(screen).toContain("Score: 2/2");
  });

  it.each([
    [["quiz", "--count", "0"], 2, "--count takes a whole number ≥ 1, not '0'"],
    // A whole number ≥ 1 all the same, but past the largest a count can be: the range says so.
    [["quiz", "--count", "99999999999999999999"], 2, "--count takes a whole number from 1 to 9007199254740991, not '99999999999999999999'"],
    [["search", "gifts", "--limit", "9007199254740992"], 2, "--limit takes a whole number from 1 to 9007199254740991, not '9007199254740992'"],
    [["quiz", "--seed", "-1"], 2, "--seed takes a whole number"],
    [["quiz", "--code", "nowhere"], 1, "no code 'nowhere'"],
  ])("refuses %j", (args, exitCode, message) => {
    expectShortFailure(ethics(args), exitCode, message);
  });
});

describe("--strength", () => {
  it("on show: every prohibition of a code, each whole, JSON with strength", () => {
    const standards = JSON.parse(ethics(["show", "medi-cal", "--strength", "prohibits", "--json"]).stdout) as { citation: string; strength: string }[];
    expect(standards.length).toBeGreaterThan(10);
    expect(standards.every((standard) => standard.strength === "prohibits")).toBe(true);
    expect(standards.map((standard) => standard.citation)).toContain("Medi-Cal · Integrity 12");
    const { stdout } = ethics(["show", "medi-cal", "--strength", "prohibits"]);
    expect(stdout).toMatch(/Medi-Cal · Integrity 12\n {2}Shall not provide services[^\n]*\n {2}a\. Drugs or medications/);
  });

  it("on show of a section, and a section with none", () => {
    const defers = JSON.parse(ethics(["show", "medi-cal", "integrity", "--strength", "defers", "--json"]).stdout);
    expect(defers.map((standard: { citation: string }) => standard.citation)).toEqual(["Medi-Cal · Integrity 5"]);
    expectShortFailure(ethics(["show", "wisconsin", "12", "--strength", "defers"]), 1, "no standard of Wisconsin 12 defers");
  });

  // Found by the 45th session's adversarial review: one reference with none failed them all.
  it("on several references: what binds so in any of them, an error only when none has one", () => {
    const shown = JSON.parse(ethics(["show", "wi", "12", "nc", "15", "--strength", "prohibits", "--json"]).stdout) as { citation: string }[];
    expect(shown.map((standard) => standard.citation)).toEqual(["Wisconsin 12"]);
    const joined = JSON.parse(ethics(["show", "wi and nc", "--strength", "describes", "--json"]).stdout) as { citation: string }[];
    expect(joined.length).toBeGreaterThan(0);
    expect(joined.every((standard) => standard.citation.startsWith("North Carolina "))).toBe(true);
    expectShortFailure(ethics(["show", "wi", "1-15", "--strength", "aspires"]), 1, "no standard of Wisconsin 1–15 aspires");
    expectShortFailure(ethics(["show", "wi", "12", "nc", "15", "--strength", "aspires"]), 1, "no standard of Wisconsin 12 or North Carolina 15 aspires");
  });

  it("on search: only the hits that bind so, JSON hits with strength", () => {
    const result = JSON.parse(ethics(["search", "gifts", "--strength", "prohibits", "--json"]).stdout);
    const citations = result.hits.map((hit: { citation: string }) => hit.citation);
    expect(citations).toEqual(expect.arrayContaining(["Alaska · Conflicts of Interest 3", "Wisconsin 12"]));
    expect(citations).not.toContain("North Carolina 15");
    expect(result.hits.every((hit: { strength: string }) => hit.strength === "prohibits")).toBe(true);
    const limited = JSON.parse(ethics(["search", "confidentiality", "--strength", "requires", "--limit", "2", "--json"]).stdout);
    expect(limited.hits).toHaveLength(2);
  });

  it.each([
    [["show", "medi-cal", "--strength", "prohibit"], "not 'prohibit' — did you mean prohibits?"],
    [["search", "gifts", "--strength", "forbids"], "--strength takes one of prohibits, requires, defers, aspires, describes, not 'forbids'"],
  ])("refuses %j with the valid values", (args, message) => {
    expectShortFailure(ethics(args), 2, message);
  });
});

describe("ethics export --format anki", () => {
  it("writes a file Anki imports as it is: headers, then a note per standard", () => {
    const { stdout, code } = ethics(["export", "--format", "anki", "--code", "alaska,wi"]);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split("\n");
    expect(lines.slice(0, 6)).toEqual(["#separator:tab", "#html:true", "#notetype:Basic", "#deck:Codes of ethics", "#columns:Front\tBack\tTags", "#tags column:3"]);
    const notes = lines.slice(6).map((line) => line.split("\t"));
    expect(notes).toHaveLength(22 + 15);
    for (const note of notes) expect(note).toHaveLength(3);
    const tags = notes.find((note) => note[0] === "Wisconsin 12")![2]!.split(" ");
    expect(tags.slice(0, 2)).toEqual(["wisconsin", "wisconsin::code-of-conduct"]);
    expect(tags).toEqual(expect.arrayContaining(["concept::accepting-gifts", "concept::lending-and-borrowing-money", "topic::gifts", "topic::money-and-loans"]));
    for (const tag of tags) expect(tag).toMatch(/^\S+$/);
  });

  it("--topic and anki-cloze: the standards on a topic, a word of each hidden", () => {
    const { stdout, code } = ethics(["export", "--format", "anki-cloze", "--topic", "gifts", "--code", "medi-cal"]);
    expect(code).toBe(0);
    expect(stdout).toContain("#notetype:Cloze\n#deck:Codes of ethics::Medi-Cal::Gifts\n#columns:Text\tBack Extra\tTags\n");
    const notes = stdout.trimEnd().split("\n").filter((line) => !line.startsWith("#"));
    expect(notes.map((note) => note.split("<br>")[0])).toEqual(["<b>Medi-Cal · Integrity 5</b>", "<b>Medi-Cal · Integrity 6</b>"]);
    for (const note of notes) expect(note).toMatch(/\{\{c1::[^}]+\}\}/);
  });

  it("a short name with a :: of its own is one deck, not a deck and its subdeck", () => {
    const dir = mkdtempSync(join(tmpdir(), "ethics-deck-"));
    writeFileSync(
      join(dir, "county.yaml"),
      'id: county\ntitle: County Code\nshortName: "County::Riverside"\njurisdiction: Nowhere\nnumbering: source\nsource:\n  document: County\n' +
        "sections:\n  - id: only\n    title: Only\n    standards:\n      - number: 1\n        text: Will not accept gifts from people they support.\n",
    );
    const { stdout, stderr, code } = ethics(["--data", dir, "export", "--format", "anki", "--code", "county", "--topic", "gifts"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    // A zero width joiner between the name's colons: Anki shows "County::Riverside", one deck.
    expect(stdout.split("\n")[3]).toBe("#deck:Codes of ethics::County:\u200d:Riverside::Gifts");
  });
});
