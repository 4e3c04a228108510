// What the file system answers for odd paths is said in a few words, not as Node's message
// (which repeats the path, however long, after an error code): a name too long, a file that
// cannot be read (input/output error), a terminal device opened with no terminal.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { ethics, root, runEnvironment } from "./run.js";

describe("file system errors", () => {
  it("a name too long: said once, in words", () => {
    const path = "a".repeat(5000);
    const result = ethics(["validate", path]);
    expect(result.code).toBe(1);
    expect(result.stdout.split("\n")[0]).toBe(`${path}: name too long for the file system`);
    expect(result.stdout).not.toContain("ENAMETOOLONG");
  });

  it("a file whose read fails (/proc/self/mem at offset 0): an input/output error, in words", () => {
    const result = ethics(["validate", "/proc/self/mem"]);
    expect(result.code).toBe(1);
    expect(result.stdout.split("\n")[0]).toBe("/proc/self/mem: cannot be read (input/output error)");
  });

  it("/dev/tty with no terminal (a new session) is a device, not a socket", () => {
    const result = spawnSync("setsid", ["-w", process.execPath, join(root, "bin/ethics.cjs"), "validate", "/dev/tty"], { env: runEnvironment({}), encoding: "utf8", timeout: 60_000 });
    expect(result.status).toBe(1);
    expect(result.stdout.split("\n")[0]).toBe("/dev/tty: is a device; only regular files are read");
  });
});
