// `ethics -V.x list` printed the version: commander reads a word of one dash as short options
// run together, and -V acted as it was read. Before the command, as after it, a word led by -V
// whose other letters are no options is an unknown option.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, expectShortFailure, root } from "./run.js";

describe("a value glued to -V before the command", () => {
  it.each([[["-V.x", "list"]], [["-Vx", "list"]], [["-V.x"]], [["--data", "x", "-V.x", "list"]]])("%j: unknown option, not the version", (args) => {
    const word = args.find((arg) => arg.startsWith("-V"))!;
    // The hint's command carries the run's --data (a folder given relative, made absolute).
    const data = args[0] === "--data" ? `--data ${join(root, args[1]!)} ` : "";
    expectShortFailure(ethics(args), 2, `ethics: unknown option '${word}'\nhint: \`ethics ${data}--help\` lists the commands and options\n`);
  });

  it.each([[["-V"]], [["-V", "list"]], [["--version"]]])("%j still prints the version", (args) => {
    const result = ethics(args);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
