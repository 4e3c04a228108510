import { availableParallelism } from "node:os";
import { describe, expect, it } from "vitest";
import { markStoredEntry } from "../../src/cli/cache/stored-entry.js";
import { exportChunks, exportWorkers } from "../../src/cli/export-parallel.js";
import { streamChunks } from "../../src/render/export.js";
import { makeCode } from "../core/make-code.js";
import type { Code } from "../../src/model.js";

const stored = (count: number): Code[] =>
  Array.from({ length: count }, (_, at) => {
    const code = makeCode({ id: `c${at}`, shortName: `C${at}`, title: `C ${at}` });
    markStoredEntry(code, { directory: "/nowhere", name: `code-${at}`, key: String(at), file: `/data/c${at}.yaml` });
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
    const chunks: string[] = [];
    for await (const chunk of exportChunks("csv", codes, new Map(), { ETHICS_THREADS: "2" })) chunks.push(chunk);
    expect(chunks).toEqual([...streamChunks("csv", codes)]);
  });
});
