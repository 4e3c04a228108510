// A zero width space, a bidi control or a joiner between letters typed into a command came back
// in the hint's command drawn as the output draws it, `ethics list 'alaska<U+200B>'`, which names
// nothing when pasted: show reads such a word without them, and so does a hint now. A control
// typed (ESC), which is something, comes back in ANSI-C quotes, as typed (shell-path.ts).
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ethics, root, runEnvironment, STACK_TRACE, unwrapped } from "./run.js";

/** A command as printed, run in bash, `ethics` being this build: its exit code. */
function pasted(command: string): number {
  const ethicsHere = `ethics() { '${process.execPath}' '${join(root, "bin/ethics.cjs")}' "$@"; }`;
  return spawnSync("bash", ["-c", `${ethicsHere}\n${command}`], { env: runEnvironment({}), encoding: "utf8" }).status ?? -1;
}

describe("what shows nothing in words typed is left out of a hint's command", () => {
  it.each<[string[], string]>([
    [["compare", "alaska", "wi\u200b"], "`ethics diff alaska wi`"],
    [["list", "--code", "\u202ealaska"], "`ethics list alaska`"],
    [["show", "--code", "medi-cal\u2060", "integrity", "1\u200d2"], "`ethics show medi-cal integrity 12`"],
    [["cite", "medi-cal\ufeff", "integrity", "12"], "`ethics show medi-cal integrity 12`"],
    [["find", "gifts\u200b", "\u2066money\u2069"], "`ethics search gifts money`"],
    [["export", "--format", "pdf", "--code", "alaska\u200b", "--topic", "gifts\u200b"], "`ethics export --format html --code alaska --topic gifts > handout.html`"],
    // A code's name with a control in it named the code: its id is given back.
    [["list", "--code", "alaska\x1b"], "`ethics list alaska`"],
    // A control in a word that is not a name is something: given back as typed, in $'…'.
    [["find", "gifts\x1b[1m"], "`ethics search $'gifts\\e[1m'`"],
  ])("%j", (args, command) => {
    const result = ethics(args);
    expect(result.code).toBe(2);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    const said = unwrapped(result.stderr);
    expect(said).toContain(command);
    expect(said).not.toMatch(/`[^`]*(?:<U\+|[␀-␟␡])[^`]*`/);
    expect(pasted(command.slice(1, -1).replace(/ > handout\.html$/, " > /dev/null")), command).toBe(0);
  });
});
