// A trainer's own code (test/fixtures/riverbend) beside the five, as the topic handout shows them.
import { join } from "node:path";
import { expect } from "vitest";
import { ethics, root } from "./run.js";

const data = ["--data", join(root, "test/fixtures/riverbend")];

/** The HTML export with the trainer's code loaded: no warning, exit 0. */
export function riverbendHandout(args: string[]): string {
  const exported = ethics([...data, "export", "--format", "html", ...args]);
  expect(exported.stderr).toBe("");
  expect(exported.code).toBe(0);
  return exported.stdout;
}
