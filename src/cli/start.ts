// The entry point bin/ethics.cjs requires: the code cache first, then the CLI.
import { distDirectory } from "./dist-files.js";
import { requireThroughCodeCache, type ModuleClass } from "./cache/compile-cache.js";
import { namedCommand } from "./command-name.js";

/**
 * Node's CommonJS Module class, from this bundle's own module object: asking node:module for it
 * loads Node's ES module loader and source maps too (~0.6 ms of every start). This file only
 * ever runs as dist/start.cjs, a CommonJS module.
 */
const Module = (module as unknown as { constructor: ModuleClass }).constructor;

// Each command's entries apart: a run's entry holds the functions that run compiled, and
// another command reading it would compile its own again every time.
const command = namedCommand(process.argv.slice(2)) ?? "other";
requireThroughCodeCache(distDirectory, process.env, Module, command)("./ethics.cjs");
