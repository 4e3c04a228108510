// A thread that renders blocks of an export beside the main one (see export-parallel.ts): it
// claims each free block in turn, reads its codes from their cache entries, renders them as the
// main thread would (a format of render/export.ts, or Anki cards: anki-job.ts), and posts the
// block as UTF-8 bytes; a code it cannot read, and a YAML one only the YAML library writes, is
// left to the main thread (length -1). Built as dist/export-worker.cjs.
import { parentPort, receiveMessageOnPort, workerData } from "node:worker_threads";
import type { Code } from "../model.js";
import { streamCode, type CodeTitles, type StreamFormat } from "../render/export.js";
import { ankiRenderer } from "./anki-job.js";
import { entryCodeReader } from "./cache/entry-codes.js";
import { BLOCK, claimBlock, SpareBuffers, type ExportBlock, type ExportWorkerData } from "./export-blocks.js";

const { job, entries, claims: claimsBuffer, mark, written, ahead } = workerData as ExportWorkerData;
const render = job.format === "anki" ? ankiRenderer(job) : streamRenderer(job.format, new Map(job.titles));

function streamRenderer(format: StreamFormat, titles: CodeTitles): (code: Code, at: number) => string | null {
  return (code, at) => streamCode(format, code, at, titles);
}
const progress = new Int32Array(written);
const claims = new Int32Array(claimsBuffer);
const codeOf = entryCodeReader();

// The size of the last block, for the next one's buffer (blocks of a library are much alike).
let lastBytes = 64 * 1024;
// The buffers of this worker's blocks come back once the main thread has written them.
const spares = new SpareBuffers();
for (let block = claimBlock(claims, 0, claims.length, mark); block >= 0; block = claimBlock(claims, block + 1, claims.length, mark)) {
  // Wait while the main thread is more than `ahead` blocks behind (a slow reader of the output).
  for (let seen = Atomics.load(progress, 0); seen < block - ahead; seen = Atomics.load(progress, 0)) Atomics.wait(progress, 0, seen, 1000);
  const first = block * BLOCK;
  for (let back = receiveMessageOnPort(parentPort!); back !== undefined; back = receiveMessageOnPort(parentPort!)) spares.give(back.message as ArrayBuffer);
  const rendered = spares.block(lastBytes);
  for (const [offset, entry] of entries.slice(first, first + BLOCK).entries()) {
    const code = entry ? codeOf(entry) : undefined;
    rendered.add(code ? render(code, first + offset) : null);
  }
  const { bytes, lengths } = rendered.done();
  lastBytes = bytes.length;
  // Moved to the main thread, not copied.
  parentPort!.postMessage({ block, bytes, lengths } satisfies ExportBlock, [bytes.buffer]);
}
