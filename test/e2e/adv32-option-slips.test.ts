// Options written short of their names, in the other case, or with one dash got commander's
// spelling guesses or nothing: `random --tod` "did you mean one of --code, --today?", `diff …
// --on` "one of --json, --only", `search --str`, `--no-p`, `--ver` and `-v` nothing at all, the
// command `version` nothing. Now the option they begin, or the case or dash they miss, is named:
// suggested, not taken (a prefix taken today would be broken by an option added tomorrow).
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

const programHint = "hint: `ethics --help` lists the commands and options\n";
const commandHint = (name: string) => `hint: \`ethics ${name} --help\` lists its options\n`;

describe("an option slip names the option meant", () => {
  it.each([
    [["random", "--tod"], "unknown option '--tod' — did you mean --today?", commandHint("random")],
    [["diff", "wisconsin", "north-carolina", "--on", "same"], "unknown option '--on' — did you mean --only?", commandHint("diff")],
    [["search", "gifts", "--str", "prohibits"], "unknown option '--str' — did you mean --strength?", commandHint("search")],
    [["search", "gifts", "--li", "3"], "unknown option '--li' — did you mean --limit?", commandHint("search")],
    [["search", "gifts", "--c", "wi"], "unknown option '--c' — did you mean one of --code, --color?", commandHint("search")],
    [["--no-p", "list"], "unknown option '--no-p' — did you mean --no-pager?", programHint],
    [["--ver"], "unknown option '--ver' — did you mean --version?", programHint],
    [["-v"], "unknown option '-v' — did you mean -V (--version)?", programHint],
    [["search", "gifts", "-N", "3"], "unknown option '-N' — did you mean -n (--limit)?", commandHint("search")],
    [["-help"], "unknown option '-help' — did you mean --help?", programHint],
    // The whole command, corrected, once the command is named (adv56-option-slips.test.ts).
    [["show", "wisconsin", "1", "-json"], "unknown option '-json' — did you mean --json?", "hint: long options take two dashes: `ethics show wisconsin 1 --json`\n"],
    [["version"], "unknown command 'version' — did you mean --version?", programHint],
    // The command and the program both take --help: named once, not "one of --help, --help".
    [["search", "gifts", "--he"], "unknown option '--he' — did you mean --help?", commandHint("search")],
    [["search", "gifts", "-H"], "unknown option '-H' — did you mean -h (--help)?", commandHint("search")],
  ])("%j", (args, message, hint) => {
    const result = ethics(args);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(`ethics: ${message}\n${hint}`);
    expect(result.code).toBe(2);
  });

  it.each([
    // commander's spelling guess is kept where no option begins so
    [["search", "gifts", "--limt", "3"], "unknown option '--limt' — did you mean --limit?", commandHint("search")],
    [["search", "gifts", "--bogus"], "unknown option '--bogus'", commandHint("search")],
    [["search", "gifts", "-L", "3"], "unknown option '-L'", commandHint("search")],
    [["shwo"], "unknown command 'shwo' — did you mean show?", programHint],
  ])("%j: as before", (args, message, hint) => {
    const result = ethics(args);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(`ethics: ${message}\n${hint}`);
    expect(result.code).toBe(2);
  });
});
