// The entry point bin/ethics.cjs requires. It used to install a V8 code cache first (Node 20
// has no module.enableCompileCache()); measured with npm run bench and by CPU time, it saved
// nothing measurable on `search gifts` (reading ~150 KB of cache costs what compiling saves),
// while release V8 does not checksum cached data, so a damaged cache file could crash a run.
// Dropped; old caches' v8/ folders are removed by the cache's pruning.
import { createRequire } from "node:module";

createRequire(import.meta.url)("./ethics.cjs");
