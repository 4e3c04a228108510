// `ethics completion $SHELL`, as one writes it from memory, gives the shell's path
// (/usr/bin/zsh): it was refused with the choices and no word that the file name is one of them.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

describe("completion given a shell's path, as $SHELL holds it", () => {
  it.each([
    ["/bin/bash", "bash"],
    ["/usr/bin/zsh", "zsh"],
    ["/opt/homebrew/bin/fish", "fish"],
  ])("%s: refused, with the shell it names", (path, shell) => {
    const { stdout, stderr, code } = ethics(["completion", path]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    // Fitted to 80 columns: a long path's message goes on under the text after "ethics: ".
    expect(stderr.replace(/\n {8}/g, " ")).toBe(`ethics: completion takes bash, zsh or fish, not '${path}' — did you mean ${shell}?\n`);
  });

  it("a path to no shell of the three: the choices alone", () => {
    expect(ethics(["completion", "/bin/tcsh"]).stderr).toBe("ethics: completion takes bash, zsh or fish, not '/bin/tcsh'\n");
  });
});
