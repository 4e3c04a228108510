// A thread that renders blocks of an export beside the main one (see export-parallel.ts): it
// reads each code from its cache entry, renders it as the main thread would, and posts the
// block's chunks; a code it cannot read is left to the main thread (null). Built as
// dist/export-worker.cjs.
import { parentPort, workerData } from "node:worker_threads";
import type { Code } from "../model.js";
import { streamCode } from "../render/export.js";
import { openCache, type JsonCache } from "./cache/json-cache.js";
import { parsedFromEntry } from "./cache/parsed-entry.js";
import type { StoredEntry } from "./cache/stored-entry.js";
import type { ExportBlock, ExportWorkerData } from "./export-parallel.js";

const { format, titles, blocks, written, renderers, ahead } = workerData as ExportWorkerData;
const titleOf = new Map(titles);
const progress = new Int32Array(written);
const caches = new Map<string, JsonCache | null>();

function codeOf(entry: StoredEntry): Code | undefined {
  if (!caches.has(entry.directory)) caches.set(entry.directory, openCache(entry.directory));
  const parsed = parsedFromEntry(caches.get(entry.directory)?.get(entry.name, entry.key));
  return parsed?.code ? { ...parsed.code, file: entry.file } : undefined;
}

for (const { block, first, entries } of blocks) {
  // Wait while the main thread is `ahead` rounds behind (a slow reader of the output).
  for (let seen = Atomics.load(progress, 0); seen < block - ahead * renderers; seen = Atomics.load(progress, 0)) Atomics.wait(progress, 0, seen, 1000);
  const chunks = entries.map((entry, offset) => {
    const code = entry ? codeOf(entry) : undefined;
    return code ? streamCode(format, code, first + offset, titleOf) : null;
  });
  parentPort!.postMessage({ block, chunks } satisfies ExportBlock);
}
