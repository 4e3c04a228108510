import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["./test/no-extra-certificates.ts"],
    // Above the spawned runs' own limit (test/e2e/run.ts): a test of several runs on a busy runner.
    testTimeout: 120_000,
    // A hook that spawns runs (the cache files' cold and warm runs in beforeAll) is such a test
    // too: vitest's 10 s default timed one out on a loaded runner.
    hookTimeout: 120_000,
    // Most of the suite waits on the `ethics` processes it spawns: a worker per core, and at
    // least two, keeps the cores busy (measured on 2 cores: vitest's own default ran e2e files
    // about as slowly as one worker did). At most eight: each worker and its children hold
    // memory, and a many-core CI runner need not have it.
    maxWorkers: Math.min(8, Math.max(2, availableParallelism())),
    reporters: ["default", "./test/summary-reporter.ts"],
  },
});
