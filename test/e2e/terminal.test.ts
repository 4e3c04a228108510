// Output conventions as a terminal user meets them: colour, wrapping, the pager, help.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, root } from "./run.js";
import { ETHICS_COMMAND, onTerminal, scriptArguments, terminalEnvironment } from "./terminal-run.js";

const ESC = "\u001b[";

/** Run ethics on a pseudo-terminal of the given size. */
function ethicsOnTerminal(args: string, env: NodeJS.ProcessEnv = {}, size = { columns: 60, rows: 10 }): string {
  return onTerminal(`${ETHICS_COMMAND} ${args}`, { size, env });
}

describe("colour", () => {
  it("is off when piped, on with FORCE_COLOR", () => {
    expect(ethics(["show", "wisconsin", "8"]).stdout).not.toContain(ESC);
    expect(ethics(["show", "wisconsin", "8"], { env: { FORCE_COLOR: "1" } }).stdout).toContain(`${ESC}1m${ESC}36mWisconsin 8`);
  });

  it("is on with FORCE_COLOR set but empty, as Node and chalk read it, even beside NO_COLOR", () => {
    const coloured = `${ESC}1m${ESC}36mWisconsin 8`;
    for (const env of [{ FORCE_COLOR: "" }, { FORCE_COLOR: "", NO_COLOR: "1" }]) {
      const forced = ethics(["show", "wisconsin", "8"], { env });
      expect(forced.stdout).toContain(coloured);
      expect(forced.stderr).toBe("");
      expect(forced.code).toBe(0);
    }
    const refused = ethics(["--no-color", "show", "wisconsin", "8"], { env: { FORCE_COLOR: "" } });
    expect(refused.stdout).not.toContain(ESC);
    expect(refused.stdout).toContain("Wisconsin 8");
    expect(refused.code).toBe(0);
  });

  it("is on on a terminal, off with NO_COLOR or --no-color", () => {
    expect(ethicsOnTerminal("show wisconsin 8 --no-pager")).toContain(ESC);
    expect(ethicsOnTerminal("show wisconsin 8 --no-pager", { NO_COLOR: "1" })).not.toContain(ESC);
    expect(ethicsOnTerminal("--no-color show wisconsin 8 --no-pager")).not.toContain(ESC);
  });

  it("is off on a dumb terminal, which also gets no pager unless one is named", () => {
    // Long output: on a capable terminal it would go through less.
    const dumb = ethicsOnTerminal("show medi-cal", { TERM: "dumb", PAGER: undefined, ETHICS_PAGER: undefined });
    expect(dumb).not.toContain(ESC);
    expect(dumb).toContain("Medi-Cal · Integrity");
    expect(dumb).not.toContain("not fully functional");
  });

  it("is off, and less not started, on a terminal that names no kind (TERM unset or empty)", () => {
    // less would stop at "WARNING: terminal is not fully functional", waiting for RETURN.
    for (const term of [undefined, ""]) {
      const unnamed = ethicsOnTerminal("show medi-cal", { TERM: term, PAGER: undefined, ETHICS_PAGER: undefined });
      expect(unnamed).not.toContain(ESC);
      expect(unnamed).toContain("Medi-Cal · Integrity");
      expect(unnamed).not.toContain("not fully functional");
    }
  });
});

describe("wrapping", () => {
  it("wraps text to the terminal's width", () => {
    const lines = ethicsOnTerminal("show wisconsin 8 --no-pager --no-color").trimEnd().split("\n");
    expect(lines.length).toBeGreaterThan(4);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(60);
    expect(lines.slice(1).every((line) => line.startsWith("  "))).toBe(true);
  });

  it("does not wrap when piped", () => {
    const lines = ethics(["show", "wisconsin", "8"]).stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
  });
});

describe("pager", () => {
  const dir = mkdtempSync(join(tmpdir(), "ethics-pager-"));
  const paged = join(dir, "paged.txt");
  const pager = `cat > ${paged}`;

  it("pages long output on a terminal through $PAGER", () => {
    const screen = ethicsOnTerminal("show medi-cal integrity", { PAGER: pager });
    expect(screen).not.toContain("Integrity");
    expect(readFileSync(paged, "utf8")).toContain("Medi-Cal · Integrity");
  });

  it("does not page with --no-pager, short output, or when piped", () => {
    expect(ethicsOnTerminal("show medi-cal integrity --no-pager", { PAGER: "false" })).toContain("Medi-Cal · Integrity");
    expect(ethicsOnTerminal("show medi-cal hope 2", { PAGER: "false" })).toContain("Medi-Cal · Hope 2");
    expect(ethics(["show", "medi-cal", "integrity"], { env: { PAGER: "false" } }).stdout).toContain("Medi-Cal · Integrity");
  });
});

/** A key typed on the terminal once `when` holds (given the ms since the key before). */
interface Keystroke {
  when: (sinceLast: number) => boolean;
  text: string;
  /** Run just before typing: to look at the state the key finds. */
  before?: () => void;
}

/**
 * Runs a shell command on a pseudo-terminal (util-linux `script`), typing keys into it, and
 * returns the screen. The shell traps SIGINT, as an interactive one survives Ctrl-C, so that it
 * goes on to report how ethics ended.
 */
async function typeOnTerminal(command: string, keys: Keystroke[], env: NodeJS.ProcessEnv = {}): Promise<string> {
  const child = spawn("script", scriptArguments(`trap 'true' INT; ${command}`, { columns: 80, rows: 10 }), { env: terminalEnvironment(env), stdio: ["pipe", "pipe", "inherit"] });
  let screen = "";
  child.stdout.setEncoding("utf8").on("data", (chunk) => (screen += chunk));
  const closed = new Promise<void>((resolve) => child.on("close", () => resolve()));
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  let last = Date.now();
  for (const key of keys) {
    while (!key.when(Date.now() - last) && Date.now() - last < 10_000) await pause(50);
    key.before?.();
    child.stdin.write(key.text);
    last = Date.now();
  }
  await Promise.race([closed, pause(10_000)]);
  child.stdin.end();
  child.kill();
  return screen.replace(/\r\n/g, "\n");
}

describe("Ctrl-C while paging", () => {
  const ethicsCommand = `${ETHICS_COMMAND} show medi-cal integrity`;

  it("is the pager's: ethics waits for the pager to end, then ends as interrupted (130)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ethics-pager-"));
    const log = join(dir, "log");
    // A pager that, as less does, handles Ctrl-C itself, and quits on a key.
    const pager = join(dir, "pager.sh");
    writeFileSync(pager, `trap '' INT\ncat > /dev/null\necho started >> ${log}\nread key < /dev/tty\necho "pager quit" >> ${log}\n`);
    const read = () => (existsSync(log) ? readFileSync(log, "utf8") : "");
    let whenInterrupted = "";
    await typeOnTerminal(
      `${ethicsCommand}; echo "ethics $?" >> ${log}`,
      [
        { when: () => read().includes("started"), text: "\u0003" },
        { when: (since) => since > 500, before: () => (whenInterrupted = read()), text: "q\n" },
      ],
      { PAGER: `sh ${pager}` },
    );
    expect(whenInterrupted).toBe("started\n"); // ethics still waiting: it did not die at Ctrl-C
    expect(read()).toBe("started\npager quit\nethics 130\n");
  });

  it.skipIf(!existsSync("/usr/bin/less") || !existsSync("/usr/bin/ps") && !existsSync("/bin/ps"))("with less: no pager left behind, the terminal restored", async () => {
    const screen = await typeOnTerminal(
      `${ethicsCommand}; echo "ethics $?"; stty -a | grep -o -- '-\\?icanon'; ps -o comm= -t "$(tty | cut -d/ -f3-)" | grep -c '^less$'`,
      [
        { when: (since) => since > 1500, text: "\u0003" }, // less shows the first screen by then
        { when: (since) => since > 500, text: "q" },
      ],
      { PAGER: "less" },
    );
    expect(screen).toMatch(/ethics 130\nicanon\n0\n$/);
  });

  it.skipIf(!existsSync("/usr/bin/less"))("less reads the output as UTF-8 in a C locale, as it is written", async () => {
    // Unpaged, "·" reaches the terminal as written; less in LANG=C showed it as <C2><B7>.
    const screen = await typeOnTerminal(`LC_ALL=C LANG=C ${ethicsCommand}; echo "ethics $?"`, [{ when: (since) => since > 1500, text: "q" }], { PAGER: "less" });
    expect(screen).toContain("Medi-Cal · Integrity");
    expect(screen).not.toContain("<C2>");
    expect(screen).toMatch(/ethics 0\n$/);
  });

  it.skipIf(!existsSync("/usr/bin/less") || !existsSync("/usr/bin/ps") && !existsSync("/bin/ps"))("a SIGTERM to ethics alone (kill, timeout) is held too: ethics waits for less, then ends by it (143)", async () => {
    // Dying at once, ethics left less running on the terminal the shell went back to: its keys
    // read by both, the terminal in less's mode (-icanon) after the shell's next prompt.
    const dir = mkdtempSync(join(tmpdir(), "ethics-pager-term-"));
    const pidFile = join(dir, "pid");
    let waitingWhenQuit = false;
    const screen = await typeOnTerminal(
      `${ethicsCommand} & echo $! > ${pidFile}; wait $!; echo "ethics $?"; stty -a | grep -o -- '-\\?icanon'; ps -o comm= -t "$(tty | cut -d/ -f3-)" | grep -c '^less$'`,
      [
        // less shows the first screen by then
        { when: (since) => since > 1500 && existsSync(pidFile), before: () => process.kill(Number(readFileSync(pidFile, "utf8")), "SIGTERM"), text: "" },
        {
          when: (since) => since > 700,
          before: () => {
            process.kill(Number(readFileSync(pidFile, "utf8")), 0); // throws if ethics is gone
            waitingWhenQuit = true;
          },
          text: "q",
        },
      ],
      { PAGER: "less" },
    );
    expect(waitingWhenQuit).toBe(true);
    expect(screen).toMatch(/ethics 143\nicanon\n0\n$/);
  });

  it.skipIf(!existsSync("/usr/bin/less") || !existsSync("/usr/bin/ps") && !existsSync("/bin/ps"))("with less and more text than a pipe holds (ethics still writing to it): the same", async () => {
    // 300 codes listed: ~100 KB, past the 64 KiB a pipe holds, so ethics is blocked writing to
    // less when Ctrl-C comes, and gets EPIPE when less quits.
    const dir = mkdtempSync(join(tmpdir(), "ethics-pager-data-"));
    for (let at = 1; at <= 300; at++) {
      writeFileSync(join(dir, `c${at}.yaml`), `id: c${at}\ntitle: A code of ethics numbered ${at} in a folder of many\nshortName: C${at}\njurisdiction: Test\nsource:\n  document: C\nsections:\n  - id: general\n    title: General\n    standards:\n      - number: 1\n        text: Peer workers keep confidences.\n`);
    }
    expect(ethics(["--data", dir, "list"]).stdout.length).toBeGreaterThan(64 * 1024);
    const screen = await typeOnTerminal(
      `${ETHICS_COMMAND} --data ${dir} list; echo "ethics $?"; stty -a | grep -o -- '-\\?icanon'; ps -o comm= -t "$(tty | cut -d/ -f3-)" | grep -c '^less$'`,
      [
        { when: (since) => since > 3000, text: "\u0003" },
        { when: (since) => since > 500, text: "q" },
      ],
      { PAGER: "less" },
    );
    // less had shown the first screen: Ctrl-C came while paging, not before.
    expect(screen).toContain("Code of Ethics for Alaska");
    expect(screen).toMatch(/ethics 130\nicanon\n0\n$/);
  });
});

describe("help and version", () => {
  it("--version prints the package version", () => {
    const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    expect(ethics(["--version"]).stdout.trim()).toBe(version);
  });

  it("--help lists every command with a one-line description", () => {
    const { stdout, code } = ethics(["--help"]);
    expect(code).toBe(0);
    for (const command of ["list", "show", "search", "topics", "topic", "diff", "export", "validate", "completion"]) {
      expect(stdout).toMatch(new RegExp(`\\n  ${command}\\b.*\\s{2,}\\S`));
    }
    expect(stdout).not.toContain("__complete");
  });

  it.each(["list", "show", "search", "topics", "topic", "diff", "export", "validate", "completion"])("%s --help has real examples", (command) => {
    const { stdout, code } = ethics([command, "--help"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/ethics \S+ \S+/);
    expect(stdout).toMatch(/Examples:|References:|Install:/);
  });
});
