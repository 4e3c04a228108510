// The README's examples are what a new user copies first, so each one that shows a command and
// what it prints is run as that user would run it (sh, `ethics` on PATH, 80 columns, no
// terminal, stderr beside stdout) and must print what the README shows. A line "…" alone stands
// for lines the README leaves out. The examples on a user's own codes run in a home folder made
// here, standing for /home/me as the README writes it, with the files those examples read.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { root, runEnvironment } from "./run.js";

interface Example {
  command: string;
  expected: string[];
}

/** Every `$ command` of the README's code blocks, with the lines shown after it. */
export function readmeExamples(markdown: string): Example[] {
  const examples: Example[] = [];
  for (const [, body] of markdown.matchAll(/^```[a-z]*\n([\s\S]*?)^```/gm)) {
    if (!body!.startsWith("$ ")) continue;
    for (const line of body!.replace(/\n$/, "").split("\n")) {
      if (line.startsWith("$ ")) examples.push({ command: line.slice(2), expected: [] });
      else examples.at(-1)!.expected.push(line);
    }
  }
  return examples;
}

/** Whether `actual` is `expected` where each line "…" alone may stand for any lines, none included. */
export function matchesWithElisions(expected: readonly string[], actual: readonly string[]): boolean {
  const parts: string[][] = [[]];
  for (const line of expected) {
    if (line === "…") parts.push([]);
    else parts.at(-1)!.push(line);
  }
  const at = (position: number, part: readonly string[]) => part.every((line, offset) => actual[position + offset] === line);
  const [first, ...rest] = parts;
  if (!at(0, first!)) return false;
  if (rest.length === 0) return actual.length === first!.length;
  let position = first!.length;
  for (const [index, part] of rest.entries()) {
    if (index === rest.length - 1) return actual.length - part.length >= position && at(actual.length - part.length, part);
    while (position + part.length <= actual.length && !at(position, part)) position++;
    if (position + part.length > actual.length) return false;
    position += part.length;
  }
  return true;
}

describe("matchesWithElisions", () => {
  it.each([
    { expected: ["a", "b"], actual: ["a", "b"], matches: true },
    { expected: ["a", "b"], actual: ["a", "b", "c"], matches: false },
    { expected: ["a", "…"], actual: ["a", "b", "c"], matches: true },
    { expected: ["a", "…", "c"], actual: ["a", "c"], matches: true },
    { expected: ["a", "…", "c"], actual: ["a", "b", "c"], matches: true },
    { expected: ["a", "…", "c"], actual: ["a", "c", "b"], matches: false },
    { expected: ["a", "…", "c", "…"], actual: ["a", "b", "c", "d"], matches: true },
    { expected: ["x", "…"], actual: ["a", "b"], matches: false },
  ])("$expected against $actual: $matches", ({ expected, actual, matches }) => {
    expect(matchesWithElisions(expected, actual)).toBe(matches);
  });
});

/** Examples that print what no run repeats: the bench's timings. */
const NOT_REPEATABLE = [/^(BENCH_\w+=\S+ )*npm run bench/];

const examples = readmeExamples(readFileSync(join(root, "README.md"), "utf8")).filter(({ command }) => !NOT_REPEATABLE.some((pattern) => pattern.test(command)));

/** The home folder the README's examples show. */
const README_HOME = "/home/me";

/**
 * A folder whose path is as long as README_HOME, to stand for it: messages that name a file are
 * wrapped at 80 columns, so the path printed must be as long as the one shown.
 */
function homeOfReadmeLength(): string {
  for (let attempt = 0; attempt < 100; attempt++) {
    const name = Array.from({ length: README_HOME.length - "/tmp/".length }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("");
    const home = `/tmp/${name}`;
    try {
      mkdirSync(home);
      return home;
    } catch {
      // Taken: draw another name.
    }
  }
  throw new Error("no free folder /tmp/xxx for the README's home");
}

/**
 * A home as the README's examples on users' codes assume: my-codes holds a code whose lineage
 * names a code that is not there ('alaksa'); drafts holds a file with a key written twice on
 * line 7. And `ethics` on PATH.
 */
function makeHome(): { home: string; bin: string } {
  const home = homeOfReadmeLength();
  mkdirSync(join(home, "my-codes"));
  writeFileSync(
    join(home, "my-codes/riverside.yaml"),
    [
      "id: riverside",
      "title: Riverside Peer Support Code of Ethics",
      "shortName: Riverside",
      "jurisdiction: Riverside",
      "source:",
      "  document: Riverside Peer Support Code of Ethics",
      "  derivedFrom: alaksa",
      "sections:",
      "  - id: boundaries",
      "    title: Boundaries",
      "    standards:",
      "      - number: 1",
      "        text: Will not accept gifts of more than token value from people they support.",
      "  - id: conduct",
      "    title: Conduct",
      "    standards:",
      "      - number: 1",
      "        text: Will keep the records the agency asks for.",
      "",
    ].join("\n"),
  );
  mkdirSync(join(home, "drafts"));
  writeFileSync(join(home, "drafts/draft.yaml"), ["id: draft", "title: Draft", "shortName: Draft", "jurisdiction: Draft", "source:", "  document: Draft", "title: Draft again", ""].join("\n"));
  // `ethics validate test/fixtures/…` names the repository's fixtures, as from its root.
  symlinkSync(join(root, "test"), join(home, "test"));
  const bin = join(home, ".bin");
  mkdirSync(bin);
  writeFileSync(join(bin, "ethics"), `#!/bin/sh\nexec "${process.execPath}" "${join(root, "bin/ethics.cjs")}" "$@"\n`, { mode: 0o755 });
  return { home, bin };
}

describe("the README's examples print what it shows", () => {
  const { home, bin } = makeHome();
  afterAll(() => rmSync(home, { recursive: true, force: true }));
  const env = runEnvironment({ env: { HOME: home, COLUMNS: "80", PATH: `${bin}:${process.env.PATH}` } });

  it("finds the examples", () => {
    expect(examples.length).toBeGreaterThanOrEqual(25);
  });

  it.each(examples)("$command", ({ command, expected }) => {
    const run = spawnSync("sh", ["-c", `exec 2>&1\n${command}`], { cwd: home, env, encoding: "utf8", timeout: 60_000 });
    // CSV ends its lines with CR LF, which the README cannot show.
    const printed = run.stdout.replaceAll(home, README_HOME).replace(/\r$/gm, "").replace(/\n+$/, "").split("\n");
    const shown = [...expected];
    while (shown.at(-1) === "") shown.pop();
    if (!matchesWithElisions(shown, printed)) expect(printed.join("\n")).toBe(shown.join("\n"));
  });
});
