// `ethics help <command>` on a terminal 40 to 60 columns wide broke an example too wide for its
// line at a space, with nothing to say it went on: pasted, the shell ran its first line alone
// ("ethics search romantic" and then "relationship --code wi"). An example is broken as a
// continued command: read as a shell reads it (a backslash and a line break are removed), it is
// the example as a wide terminal prints it, and every line fits.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { ETHICS_COMMAND, ethicsAll, linesWiderThan } from "./terminal-run.js";

const HELPS = [["--help"], ...["list", "show", "search", "topics", "topic", "concepts", "diff", "random", "quiz", "export", "validate", "completion"].map((command) => ["help", command])];
const WIDTHS = [40, 45, 50, 55, 60];

/** Where an example starts: an indent, perhaps a label and a prompt, then `ethics`. */
const EXAMPLE = /^ +(?:[\w-]+ +)?(?:\$ )?(?=ethics( |$))/;

/**
 * The examples of a help, each as a shell reads it: its lines joined where one ends in a
 * backslash (removed with the line break, and the indent after it), then its command, up to
 * the description two spaces after it (outside quotes).
 */
function examples(help: string): string[] {
  const lines = help.split("\n");
  const found: string[] = [];
  for (let at = 0; at < lines.length; at++) {
    const start = EXAMPLE.exec(lines[at]!);
    if (start === null) continue;
    let text = lines[at]!.slice(start[0].length);
    while (text.endsWith("\\") && at + 1 < lines.length) text = text.slice(0, -1) + lines[++at]!.replace(/^ +(?=[^ ])/, (indent) => (text.endsWith(" \\") ? "" : indent));
    const words = [...text.matchAll(/(?:"[^"]*"|'[^']*'|[^\s"'])+/g)];
    const gap = words.findIndex((word, index) => index > 0 && word.index - (words[index - 1]!.index + words[index - 1]![0].length) >= 2);
    found.push(words.slice(0, gap < 0 ? undefined : gap).map((word) => word[0]).join(" "));
  }
  return found;
}

describe("help's examples on a narrow terminal", () => {
  it.each(HELPS.map((args) => [args.join(" "), args] as const))("%s: each reads as the example, every line fits", async (_label, args) => {
    const [wide] = await ethicsAll([[...args]], { COLUMNS: "200" });
    const expected = examples(wide!.stdout);
    expect(expected.length).toBeGreaterThan(0);
    for (const width of WIDTHS) {
      const [narrow] = await ethicsAll([[...args]], { COLUMNS: String(width) });
      expect(linesWiderThan(narrow!.stdout, width), `${width} columns`).toEqual([]);
      expect(examples(narrow!.stdout), `${width} columns`).toEqual(expected);
    }
  });

  it("one broken inside its quotes runs as the example does, pasted into a shell", async () => {
    const search = (columns: number) => ethicsAll([["help", "search"]], { COLUMNS: String(columns) }).then(([result]) => result!.stdout);
    const asked = /\$ (ethics search "can I[^]*?\?")/;
    const broken = asked.exec(await search(40))![1]!;
    expect(broken).toContain("\\\n");
    const run = (command: string) => spawnSync("bash", ["-c", `ethics() { ${ETHICS_COMMAND} "$@"; }\n${command} --json`], { encoding: "utf8" }).stdout;
    expect(run(broken)).toBe(run(asked.exec(await search(200))![1]!));
  });
});
