// `show wi 1 12 of nc`: a code named last after another reference's numbers. The hint was the
// command for North Carolina 12 alone, Wisconsin 1 dropped; `wi 1 and 12 of nc` (the list read
// whole) was "no code 'of'". The hint now names every reference typed, the code before its
// number, and the command runs: both standards a peer asked for.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, root, runEnvironment, unwrapped } from "./run.js";

describe("a code named last after a reference's numbers", () => {
  it.each([
    [["wi", "1", "12", "of", "nc"], "12 of nc", "wisconsin 1 north-carolina 12"],
    [["wi", "1", "12", "in", "north", "carolina"], "12 in north carolina", "wisconsin 1 north-carolina 12"],
    [["wi", "1", "and", "12", "of", "nc"], "12 of nc", "wisconsin 1 north-carolina 12"],
    [["wi", "1,", "12", "of", "nc"], "12 of nc", "wisconsin 1 north-carolina 12"],
    [["wi 1 and 2 and 12 of nc; alaska conduct 4"], "12 of nc", "wisconsin 1,2 north-carolina 12 alaska conduct 4"],
    // Wisconsin has no 20: the numbers are no more of its list, and it was dropped from the hint too.
    [["wi", "12", "20", "nc"], "20 nc", "wisconsin 12 north-carolina 20"],
    [["alaska", "conduct", "4", "5", "of", "nc"], "5 of nc", "alaska conduct 4 north-carolina 5"],
  ])("show %j: the hint keeps every reference typed", (reference, said, words) => {
    const run = ethics(["show", ...reference]);
    expect(run.stdout).toBe("");
    expect(unwrapped(run.stderr)).toBe(`ethics: '${said}' names its code last\nhint: the code comes first: \`ethics show ${words}\`\n`);
    expect(run.code).toBe(2);
    expect(ethics(["show", ...words.split(" ")]).code).toBe(0);
  });

  // One number, then "of" a code: "no code 'of'". Either code's may be meant (the first named by a slip).
  it.each([
    [["wi", "12", "of", "nc"], "wi 12 of nc", "12", ["wisconsin 12", "north-carolina 12"]],
    [["medi-cal", "integrity", "12", "in", "nc"], "medi-cal integrity 12 in nc", "12", ["medi-cal integrity 12", "north-carolina 12"]],
  ])("show %j: a command for each code", (reference, said, number, readings) => {
    const run = ethics(["show", ...reference]);
    expect(run.stdout).toBe("");
    expect(unwrapped(run.stderr)).toBe(`ethics: '${said}' names two codes for ${number}\nhint: say which: ${readings.map((words) => `\`ethics show ${words}\``).join(", ")}\n`);
    expect(run.code).toBe(2);
    for (const words of readings) expect(ethics(["show", ...words.split(" ")]).code).toBe(0);
  });

  it("where the list may go on, a command for each reading, as before", () => {
    const run = ethics(["show", "wi", "1", "12", "nc"]);
    expect(unwrapped(run.stderr)).toBe(
      "ethics: '12 nc' may name its code last, or 12 be more of the list before it\nhint: say which: `ethics show wisconsin 1,12 north-carolina`, `ethics show wisconsin 1 north-carolina 12`\n",
    );
    expect(run.code).toBe(2);
  });

  // A user's code named after a built-in one's reference: the hint's command carries its --data
  // (it was given only for the first code's), and pasted into a shell it shows both.
  it("a user's code last: the command carries its --data, and runs pasted", () => {
    const riverside = readFileSync(join(root, "test/fixtures/user-codes/riverside-agency.yaml"), "utf8");
    // One list, so that its standards are numbered without a section.
    const oneList = riverside.slice(0, riverside.indexOf("  - id: privacy"));
    const folder = join(mkdtempSync(join(tmpdir(), "ethics-code-last-")), "peer support's codes");
    mkdirSync(folder);
    writeFileSync(join(folder, "riverside-agency.yaml"), oneList);
    const run = ethics(["--data", folder, "show", "wi", "1", "2", "of", "riverside"]);
    expect(run.code).toBe(2);
    const command = /`([^`]*)`/.exec(unwrapped(run.stderr))![1]!;
    expect(command).toBe(`ethics --data '${folder.replace("'", "'\\''")}' show wisconsin 1 riverside-agency 2`);
    const ethicsHere = `ethics() { '${process.execPath}' '${join(root, "bin/ethics.cjs")}' "$@"; }`;
    const pasted = spawnSync("sh", ["-c", `${ethicsHere}\n${command}`], { env: runEnvironment({}), cwd: tmpdir(), encoding: "utf8" });
    expect(pasted.stderr).toBe("");
    expect(pasted.stdout).toContain("Wisconsin 1\n");
    expect(pasted.stdout).toContain("Riverside 2\n");
  });
});
