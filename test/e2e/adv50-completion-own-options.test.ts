// `ethics completion bash --<Tab>` offered nothing, though completion takes --json (every other
// command's options complete, before and after its arguments).
import { describe, expect, it } from "vitest";
import { hasShell, SHELLS, shellCompleter } from "./shell-complete.js";

describe.each(SHELLS.filter(hasShell))("%s: completion's own options", (shell) => {
  const complete = shellCompleter(shell);
  it.each(["ethics completion --", "ethics completion bash --"])("%s offers --json", (line) => {
    expect(complete(line)).toEqual(["--json"]);
  });
});
