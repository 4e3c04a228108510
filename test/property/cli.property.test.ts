// Random arguments to the real command: an answer or a short message, never a stack trace.
import { spawn } from "node:child_process";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { root, STACK_TRACE, testCacheDir } from "../e2e/run.js";

function run(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, "bin/ethics.cjs"), ...args], { env: { ...process.env, NO_COLOR: "1", ETHICS_CACHE_DIR: testCacheDir }, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("close", (code) => resolve({ code, stderr }));
  });
}

const word = fc.oneof(
  fc.constantFrom("list", "show", "export", "validate", "completion", "search", "topic", "topics", "diff", "__complete"),
  fc.constantFrom("medi-cal", "alaska", "nc", "integrity", "values", "12", "5-7", "0", "--json", "--format", "xml", "--code", "--data", "/nonexistent", "-x", "--", "bash", "gifts"),
  fc.string({ maxLength: 15 }).filter((text) => !text.includes("\u0000")),
);

describe("the CLI under random arguments", () => {
  it("exits 0, 1 or 2 without a stack trace", async () => {
    const samples = fc.sample(fc.array(word, { minLength: 0, maxLength: 5 }), { numRuns: 40, seed: Number(process.env.PROPERTY_SEED ?? 4242) });
    for (let start = 0; start < samples.length; start += 8) {
      const results = await Promise.all(samples.slice(start, start + 8).map(async (args) => ({ args, ...(await run(args)) })));
      for (const { args, code, stderr } of results) {
        expect([0, 1, 2], JSON.stringify(args)).toContain(code);
        expect(stderr, JSON.stringify(args)).not.toMatch(STACK_TRACE);
      }
    }
  });
});
