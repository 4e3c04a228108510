// What is typed is never run nor globbed by a completion script: after a comma the candidates
// repeat the word typed (`--code ak,<TAB>` offers `ak,alaska`, …), and bash's compgen -W, or an
// unquoted $(…), would expand a `$(…)` or a `?` in it — run a command on Tab, even.
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hasShell, shellCompleter, SHELLS } from "./shell-complete.js";

const OTHER_CODES = ["california", "medi-cal", "north-carolina", "wisconsin"];

describe.each(SHELLS)("%s completes a list whose typed part holds shell syntax", (shell) => {
  // A folder with a file named as a candidate would glob to: `?,alaska` matches `x,alaska`.
  const cwd = mkdtempSync(join(tmpdir(), "ethics-completion-cwd-"));
  writeFileSync(join(cwd, "x,alaska"), "");
  const complete = hasShell(shell) ? shellCompleter(shell, cwd) : null;

  it.skipIf(!complete)("a $(…) typed is offered back as typed, not run", () => {
    const ran = join(cwd, "ran");
    // No spaces: the test's completer splits the line at spaces; ${IFS} is one to the shell.
    const typed = `$(touch\${IFS}${ran}),`;
    expect(complete!(`ethics search gifts --code ${typed}`).sort()).toEqual(["alaska", ...OTHER_CODES].map((id) => typed + id));
    expect(existsSync(ran)).toBe(false);
  });

  it.skipIf(!complete)("a ? typed is not a pattern matched against the folder's files", () => {
    expect(complete!("ethics search gifts --code ?,").sort()).toEqual(["alaska", ...OTHER_CODES].map((id) => `?,${id}`));
  });

  it.skipIf(!complete)("plain words still complete", () => {
    expect(complete!("ethics search gifts --code alaska,m")).toEqual(["alaska,medi-cal"]);
  });
});
