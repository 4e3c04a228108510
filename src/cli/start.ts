// The entry point bin/ethics.cjs requires: the code cache first, then the CLI.
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { installCompileCache } from "./cache/compile-cache.js";

installCompileCache(dirname(fileURLToPath(import.meta.url)), process.env);
createRequire(import.meta.url)("./ethics.cjs");
