import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
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
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["test/{core,render,cli,eval}/**/*.test.ts"],
          // These files call the source in-process and share no state but its modules, which hold
          // no state a test sets: one module graph per worker, not one per file. Isolated, each
          // file imported src again, 92 s of import for these 88 files against 25 s (2 cores).
          isolate: false,
        },
      },
      {
        extends: true,
        // The spawned runs' files (and the property tests, which spawn too) keep a context each:
        // module state such as run.ts's test cache directory stays a file's own.
        test: { name: "runs", include: ["test/{e2e,property}/**/*.test.ts"] },
      },
    ],
  },
});
