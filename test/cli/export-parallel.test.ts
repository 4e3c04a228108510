import { availableParallelism } from "node:os";
import { describe, expect, it } from "vitest";
import { markStoredEntry } from "../../src/cli/cache/stored-entry.js";
import { exportChunks, exportWorkers } from "../../src/cli/export-parallel.js";
import { BlockBytes, claimBlock, SpareBuffers, UNCLAIMED } from "../../src/cli/export-blocks.js";
import { streamChunks } from "../../src/render/export.js";
import { makeCode } from "../core/make-code.js";
import type { Code } from "../../src/model.js";

const stored = (count: number): Code[] =>
  Array.from({ length: count }, (_, at) => {
    const code = makeCode({ id: `c${at}`, shortName: `C${at}`, title: `C ${at}` });
    markStoredEntry(code, { directory: "/nowhere", name: `code-${at}`, key: String(at), file: `/data/c${at}.yaml`, size: 1024 });
    return code;
  });

describe("threads for an export", () => {
  it.each([
    ["a few codes from the cache", stored(5), {}, 0],
    ["codes not from the cache", Array.from({ length: 300 }, (_, at) => makeCode({ id: `p${at}`, shortName: `P${at}`, title: `P ${at}` })), {}, 0],
    ["hundreds from the cache", stored(300), {}, Math.min(3, availableParallelism() - 1)],
    ["ETHICS_THREADS=0", stored(300), { ETHICS_THREADS: "0" }, 0],
    ["ETHICS_THREADS=2, whatever the codes", stored(2), { ETHICS_THREADS: "2" }, 2],
    ["ETHICS_THREADS that is not a number", stored(5), { ETHICS_THREADS: "many" }, 0],
  ])("%s", (_what, codes, env, workers) => {
    expect(exportWorkers(codes, env)).toBe(workers);
  });

  it("without a worker's file (run from the sources) renders on this thread, as streamChunks does", async () => {
    const codes = stored(40);
    const chunks: (string | Uint8Array)[] = [];
    for await (const chunk of exportChunks("csv", codes, new Map(), { ETHICS_THREADS: "2" })) chunks.push(chunk);
    expect(chunks).toEqual([...streamChunks("csv", codes)]);
  });

  it("a block is claimed once: the first free one in the range, marked with its claimer", () => {
    const claims = new Int32Array(new SharedArrayBuffer(4 * 5));
    expect(claimBlock(claims, 0, 5, 2)).toBe(0);
    expect(claimBlock(claims, 0, 5, 3)).toBe(1);
    expect(claimBlock(claims, 3, 4, 1)).toBe(3);
    expect(claimBlock(claims, 3, 4, 2)).toBe(-1);
    expect(claimBlock(claims, 2, 99, 2)).toBe(2);
    expect(claimBlock(claims, 0, 99, 1)).toBe(4);
    expect(claimBlock(claims, 0, 99, 1)).toBe(-1);
    expect([...claims]).toEqual([2, 3, 2, 1, 1]);
    expect(claims.includes(UNCLAIMED)).toBe(false);
  });

  it.each([
    ["one-byte text", ["a,b\r\n", "c"]],
    ["a code left to the main thread", ["abc", null, "d"]],
    ["text of three-byte characters, beyond the first guess of the size", ["é", "漢字漢字漢字漢字漢字漢字漢字漢字", null, "—".repeat(500), "x"]],
    ["four-byte characters and a lone surrogate", ["😀".repeat(40), "\ud800", ""]],
    ["nothing", []],
  ])("a block's chunks encode as Buffer.from would, one after the other: %s", (_what, chunks) => {
    const block = new BlockBytes(chunks.reduce((sum, chunk) => sum + (chunk?.length ?? 0), 0));
    for (const chunk of chunks) block.add(chunk);
    const { bytes, lengths } = block.done();
    expect(lengths).toEqual(chunks.map((chunk) => (chunk === null ? -1 : Buffer.byteLength(chunk))));
    expect(Buffer.from(bytes)).toEqual(Buffer.from(chunks.filter((chunk) => chunk !== null).join("")));
  });

  it.each([
    ["a guess far too small, then one-byte text", 0, ["a".repeat(300), "b".repeat(5000), null, "c"]],
    ["a guess far too large", 1 << 20, ["abc", "def"]],
    ["a guess about right, then a chunk of three-byte characters", 100, ["x".repeat(100), "漢".repeat(200), "y"]],
  ])("a block encoded a chunk at a time, from the size of the block before: %s", (_what, expected, chunks) => {
    const block = new BlockBytes(expected);
    for (const chunk of chunks) block.add(chunk);
    const { bytes, lengths } = block.done();
    expect(lengths).toEqual(chunks.map((chunk) => (chunk === null ? -1 : Buffer.byteLength(chunk))));
    expect(Buffer.from(bytes)).toEqual(Buffer.from(chunks.filter((chunk) => chunk !== null).join("")));
  });

  it("a block goes into the buffer of one written before where it fits, over what that held", () => {
    const spares = new SpareBuffers();
    const first = spares.block(10);
    first.add("x".repeat(500));
    const written = first.done().bytes.buffer;
    spares.give(written);
    const second = spares.block(100);
    second.add("abc");
    const { bytes } = second.done();
    expect(bytes.buffer).toBe(written);
    expect(Buffer.from(bytes).toString()).toBe("abc");
    // One too small for the block before is let go.
    spares.give(new ArrayBuffer(8));
    const third = spares.block(100);
    third.add("d");
    expect(third.done().bytes.buffer.byteLength).toBeGreaterThanOrEqual(100);
  });
});
