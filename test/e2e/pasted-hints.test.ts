// A hint that suggests a command ("`ethics validate DIR` checks them") is there to be copied and
// run: a folder whose name the shell reads specially (spaces, quotes, "$(…)") must be quoted in
// it, or pasting it validates another folder, fails, or runs what the name holds.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, root, withCommandsJoined } from "./run.js";

describe("the validate hint of a folder with a broken code", () => {
  it("runs, pasted into a shell, on that folder and nothing else", () => {
    const scratch = mkdtempSync(join(tmpdir(), "ethics-paste-"));
    const dir = join(scratch, "my codes $(touch PWNED) 'q' a;b");
    mkdirSync(dir);
    writeFileSync(join(dir, "broken.yaml"), "id: [\n");
    const { stderr, code } = ethics(["--data", dir, "list"]);
    expect(code).toBe(1);
    // The hint, its wrapped lines joined again (a command's too, after its backslashes).
    const hint = /^hint: (.*(?:\n {6}.*)*)/m.exec(withCommandsJoined(stderr))![1]!.replace(/\n {6}/g, " ");
    const command = /`(ethics validate .*)`/.exec(hint)![1]!;
    const pasted = spawnSync("bash", ["-c", `ethics() { "${process.execPath}" "${join(root, "bin/ethics.cjs")}" "$@"; }\n${command}`], {
      cwd: scratch,
      encoding: "utf8",
      env: { ...process.env, ETHICS_CACHE_DIR: join(scratch, "cache") },
    });
    expect(existsSync(join(scratch, "PWNED"))).toBe(false);
    expect(pasted.status).toBe(1);
    expect(pasted.stdout).toContain(`${join(dir, "broken.yaml")}:2:1:`);
    expect(pasted.stdout).toContain("1 problem in 1 file");
  });
});
