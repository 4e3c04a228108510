// What the quiz reads its answers from, as an unlucky user gives it.
// Node reads a stdin that is a directory (`ethics quiz < ~/`) as an empty stream, without an
// error: the quiz took it for answers that ran out ("no more answers") after printing its first
// question. It is input that cannot be read, said before the quiz begins.
import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root, runEnvironment } from "./run.js";

function quizWithStdin(path: string, args: string[] = []) {
  const stdin = openSync(path, "r");
  const result = spawnSync(process.execPath, [join(root, "bin/ethics.cjs"), "quiz", "--count", "2", "--seed", "1", ...args], {
    env: runEnvironment({}),
    stdio: [stdin, "pipe", "pipe"],
    encoding: "utf8",
    timeout: 60_000,
  });
  closeSync(stdin);
  return { stdout: result.stdout, stderr: result.stderr, code: result.status };
}

describe("quiz with stdin a directory", () => {
  it("says stdin cannot be read, before any question, exit 1", () => {
    const { stdout, stderr, code } = quizWithStdin(mkdtempSync(join(tmpdir(), "ethics-stdin-dir-")));
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^ethics: cannot read the answers: stdin is a directory\nhint: answers are a letter, a number or a choice.s words a line/);
    expect(stderr).not.toMatch(/no more answers|    at /);
    expect(code).toBe(1);
  });

  it("--json reads no answers, so a directory there is no matter", () => {
    const { stdout, stderr, code } = quizWithStdin(tmpdir(), ["--json"]);
    expect(JSON.parse(stdout).questions).toHaveLength(2);
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });

  it("an empty file is still answers that ran out", () => {
    const { stdout, stderr, code } = quizWithStdin("/dev/null");
    expect(stdout).toMatch(/^Quiz: 2 questions/);
    expect(stderr).toMatch(/^ethics: the quiz stopped after 0 of 2 questions: no more answers/);
    expect(code).toBe(1);
  });
});

// An answers file saved by Notepad opens with a byte-order mark: the first answer was echoed
// as "<U+FEFF>a" in the transcript.
describe("answers that open with a byte-order mark", () => {
  it("the first answer is read and echoed without it", () => {
    const result = spawnSync(process.execPath, [join(root, "bin/ethics.cjs"), "quiz", "--count", "2", "--seed", "1"], {
      env: runEnvironment({}),
      input: "\uFEFFa\r\nb\r\n",
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(result.stdout).toMatch(/Your answer \(A–D\): a\n/);
    expect(result.stdout).not.toContain("FEFF");
    expect(result.stdout).toMatch(/Score: \d\/2\n$/);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });
});
