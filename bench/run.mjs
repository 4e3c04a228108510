// npm run bench: how fast `ethics` answers, as a ratio to a bare `node -e 0` measured in the
// same run. Commands run interleaved (one of each per round) so that load on the machine hits
// all of them alike; the figures are medians. It makes its own scale data (the Medi-Cal file
// copied under 100 and 1,000 ids). Not a test: CI times nothing.
//
// BENCH_ROUNDS (default 15) sets the rounds of the warm table; BENCH_COLD_ROUNDS (default 3)
// those of the rows that take seconds each (the heaviest commands at 1,000 codes, and the rows
// that run after a change); BENCH_FOLDERS (default 30) the folders of the cache-size row.
// BENCH_VARIED=1 rewords every standard of every copy (words swapped, dropped and repeated, by a
// seeded draw per code): copies share their wording, which flatters whatever is worked out once
// per distinct text and deflates far better than real codes do.
// NODE_EXTRA_CA_CERTS, where set, makes every node process read and parse that file of
// certificates at start (the machine this was written on: 220 KB, ~55 ms of each bare `node -e
// 0`). `ethics` never opens a connection, yet pays it too, so every ratio is flattered: the table
// says so and how long bare node takes without it. BENCH_NO_EXTRA_CERTS=1 runs everything
// without it.
import { spawnSync } from "node:child_process";
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { parseDocument } from "yaml";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = join(root, "bin/ethics.cjs");
const rounds = Number(process.env.BENCH_ROUNDS ?? 15);
const coldRounds = Number(process.env.BENCH_COLD_ROUNDS ?? 3);
const folderCount = Number(process.env.BENCH_FOLDERS ?? 30);
const varied = process.env.BENCH_VARIED === "1";
/** BENCH_ONLY: a pattern (any case) of the rows to run, for measuring a change where it acts; bare node always runs. */
const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY, "i") : undefined;
const extraCerts = process.env.NODE_EXTRA_CA_CERTS;
if (process.env.BENCH_NO_EXTRA_CERTS === "1") delete process.env.NODE_EXTRA_CA_CERTS;
const time = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;

if (!existsSync(join(root, "dist/ethics.cjs"))) {
  console.error("bench: dist/ethics.cjs is missing; run npm run build first");
  process.exit(1);
}

// The seeded generator the quiz uses (src/core/study/rng.ts), bundled for this script as
// scripts/run-ts.mjs bundles a TypeScript script: a varied folder is the same in every run.
const rng = await build({ entryPoints: [join(root, "src/core/study/rng.ts")], bundle: true, write: false, format: "esm", platform: "node", logLevel: "error" });
const { seededRandom } = await import(`data:text/javascript,${encodeURIComponent(rng.outputFiles[0].text)}`);

const scratch = mkdtempSync(join(tmpdir(), "ethics-bench-"));
const source = readFileSync(join(root, "data/medi-cal.yaml"), "utf8");

/** A text with about one word in eight swapped with its neighbour, dropped or said twice. */
function reword(text, random) {
  const words = text.split(" ");
  for (let edits = Math.max(1, Math.round(words.length / 8)); edits > 0 && words.length > 2; edits--) {
    const at = Math.floor(random() * (words.length - 1));
    const how = random();
    if (how < 0.4) [words[at], words[at + 1]] = [words[at + 1], words[at]];
    else if (how < 0.7) words.splice(at, 1);
    else words.splice(at, 0, words[Math.floor(random() * words.length)]);
  }
  return words.join(" ");
}

/** Every text of the code (standards, their items and notes, the preamble) reworded. */
function rewordCode(yamlText, seed) {
  const document = parseDocument(yamlText);
  const { next: random } = seededRandom(seed);
  const visit = (node) => {
    if (node === null || typeof node !== "object") return;
    for (const item of node.items ?? []) {
      if (item.key !== undefined) {
        const key = item.key?.value;
        if (key === "text" && typeof item.value?.value === "string") item.value.value = reword(item.value.value, random);
        else if (key === "notes") for (const entry of item.value?.items ?? []) if (typeof entry.value === "string") entry.value = reword(entry.value, random);
        visit(item.value);
      } else visit(item);
    }
  };
  visit(document.contents);
  return document.toString({ lineWidth: 0 });
}

/** The Medi-Cal file copied under `count` new ids (≈108 standards each); `mark` makes a folder's bytes its own. */
function makeScaleData(name, count, mark = "") {
  const dir = join(scratch, name);
  mkdirSync(dir, { recursive: true });
  for (let i = 1; i <= count; i++) {
    const id = `scale-${String(i).padStart(4, "0")}`;
    const text = source
      .replace(/^id: medi-cal$/m, `id: ${id}`)
      .replace(/^aliases: .*$/m, "aliases: []")
      .replace(/^shortName: .*$/m, `shortName: Scale ${i}`)
      .replace(/^title: .*$/m, `title: Scale code ${i}`);
    writeFileSync(join(dir, `${id}.yaml`), (varied ? rewordCode(text, i) : text) + mark);
  }
  return dir;
}

function measure(args, env) {
  const started = process.hrtime.bigint();
  const memoryFile = join(scratch, "rss.txt");
  const command = time ? [time, ["-f", "%M", "-o", memoryFile, process.execPath, ...args]] : [process.execPath, args];
  const result = spawnSync(command[0], command[1], { env: { ...process.env, NO_COLOR: "1", ...env }, stdio: ["ignore", "ignore", "pipe"], maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0 && !(args.includes("search") && result.status === 1)) {
    throw new Error(`${args.join(" ")} exited ${result.status}: ${result.stderr}`);
  }
  const rssKiB = time ? Number(readFileSync(memoryFile, "utf8").trim().split("\n").pop()) : NaN;
  return { ms, rssMiB: rssKiB / 1024 };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * Runs each case `count` times, interleaved with the others; `before(entry, round)` prepares a
 * run. `bareBeforeEach`: the first case (bare node) runs before each of the others in a round,
 * not once: for the few rounds of the rows that take seconds, a median of three to five bare
 * runs swung by a quarter from one bench to the next (82 against 110 ms in one run), and with
 * it every ratio of those rows.
 */
function sample(cases, count, before = () => {}, bareBeforeEach = false) {
  const samples = cases.map(() => ({ ms: [], rss: [] }));
  const run = (entry, index, round) => {
    const env = before(entry, round) ?? entry.env;
    const { ms, rssMiB } = measure(entry.args, env);
    samples[index].ms.push(ms);
    samples[index].rss.push(rssMiB);
  };
  for (let round = 0; round < count; round++) {
    cases.forEach((entry, index) => {
      if (bareBeforeEach && index > 0) run(cases[0], 0, round);
      if (!bareBeforeEach || index > 0) run(entry, index, round);
    });
  }
  return samples.map((runs) => ({ ms: median(runs.ms), rss: median(runs.rss) }));
}

/** A row: its figures against its targets (a ratio to bare node, milliseconds, MiB). */
function row(entry, { ms, rss }, baseline) {
  const ratio = ms / baseline;
  const targets = [entry.ratio && `≤ ${entry.ratio}×`, entry.ms && `≤ ${entry.ms >= 1000 ? `${entry.ms / 1000} s` : `${entry.ms} ms`}`, entry.memory && `≤ ${entry.memory} MiB`].filter(Boolean);
  const ok = (entry.ratio === undefined || ratio <= entry.ratio) && (entry.ms === undefined || ms <= entry.ms) && (entry.memory === undefined || !(rss > entry.memory));
  return { text: `| ${entry.name} | ${ms.toFixed(1)} | ${ratio.toFixed(2)} | ${targets.join(", ")} | ${Number.isNaN(rss) ? "n/a" : rss.toFixed(1)} | ${targets.length === 0 ? "" : ok ? "ok" : "MISSED"} |`, ok };
}

const cacheDir = join(scratch, "cache");
const env = { ETHICS_CACHE_DIR: cacheDir };
console.log(`making scale data (100 and 1,000 codes${varied ? ", every one reworded" : ""})…`);
const hundred = makeScaleData("hundred", 100);
const thousand = makeScaleData("thousand", 1000);
const data = (dir, ...args) => [bin, "--data", dir, ...args];

const baselineCase = { name: "node -e 0 (baseline)", args: ["-e", "0"] };
const chosen = (entries) => entries.filter((entry) => entry === baselineCase || only === undefined || only.test(entry.name));
const warm = chosen([
  baselineCase,
  { name: "ethics search gifts", args: [bin, "search", "gifts"], ratio: 1.25, memory: 60 },
  { name: "ethics show medi-cal integrity 12", args: [bin, "show", "medi-cal", "integrity", "12"], ratio: 1.25, memory: 60 },
  { name: "100 codes: ethics search gifts", args: data(hundred, "search", "gifts"), ratio: 2 },
  { name: "1,000 codes: list", args: data(thousand, "list"), ratio: 8, memory: 200 },
  { name: "1,000 codes: show scale-0500 integrity 12", args: data(thousand, "show", "scale-0500", "integrity", "12"), ratio: 8, memory: 200 },
  { name: '1,000 codes: search "accept gifts from peers"', args: data(thousand, "search", "accept gifts from peers"), ratio: 8, memory: 200 },
  { name: "1,000 codes: topic gifts", args: data(thousand, "topic", "gifts"), ratio: 8, memory: 200 },
  { name: "1,000 codes: topics", args: data(thousand, "topics"), ratio: 8, memory: 200 },
  { name: "1,000 codes: diff scale-0001 scale-0002", args: data(thousand, "diff", "scale-0001", "scale-0002"), ratio: 8, memory: 200 },
  { name: "1,000 codes: export --format csv", args: data(thousand, "export", "--format", "csv"), ratio: 8, memory: 200 },
  { name: "1,000 codes: export --format json", args: data(thousand, "export", "--format", "json"), ratio: 8, memory: 200 },
  { name: "1,000 codes: validate (reads every file)", args: [bin, "validate", thousand], ratio: 8, memory: 200 },
  { name: "1,000 codes: concepts gifts", args: data(thousand, "concepts", "gifts"), ratio: 8, memory: 200 },
  { name: "1,000 codes: concepts", args: data(thousand, "concepts"), ratio: 8, memory: 200 },
  { name: "1,000 codes: random --seed 1", args: data(thousand, "random", "--seed", "1"), ratio: 8, memory: 200 },
  { name: "1,000 codes: random --seed 1 --topic gifts", args: data(thousand, "random", "--seed", "1", "--topic", "gifts"), ratio: 8, memory: 200 },
]);

// Commands at 1,000 codes that take seconds, not milliseconds (far from their targets): as few
// rounds as the rows after a change, interleaved with bare node of their own (a bare run before
// each of them, so that their baseline is a median of many runs, not of a few).
const heavy = chosen([
  baselineCase,
  { name: "1,000 codes: quiz --count 3 --seed 1 --json", args: data(thousand, "quiz", "--count", "3", "--seed", "1", "--json"), ratio: 8, memory: 200 },
  { name: "1,000 codes: export --format anki", args: data(thousand, "export", "--format", "anki"), ratio: 8, memory: 200 },
  { name: "1,000 codes: export --format html", args: data(thousand, "export", "--format", "html"), ratio: 8, memory: 200 },
  { name: "1,000 codes: export --format yaml", args: data(thousand, "export", "--format", "yaml"), ratio: 8, memory: 200 },
  { name: "1,000 codes: concepts --json", args: data(thousand, "concepts", "--json"), ratio: 8, memory: 200 },
]);

// One untimed run each: the first run with new user data fills the cache, as a user's first run does.
for (const entry of warm) measure(entry.args, env);
const warmFigures = sample(warm.map((entry) => ({ ...entry, env })), rounds);
const baseline = warmFigures[0].ms;
for (const entry of heavy.slice(1)) measure(entry.args, env);
const heavyFigures = heavy.length > 1 ? sample(heavy.map((entry) => ({ ...entry, env: entry === baselineCase ? {} : env })), coldRounds, undefined, true) : [];

// After a change: every file new to the cache (a new build, or the first run on a folder)…
let coldRun = 0;
const coldCases = chosen([
  baselineCase,
  { name: "100 codes, first run after a change: search gifts", args: data(hundred, "search", "gifts"), ms: 500 },
  { name: "1,000 codes, first run after a change: search gifts", args: data(thousand, "search", "gifts"), ms: 3000 },
  { name: "1,000 codes, first run after a change: show scale-0500 integrity 12", args: data(thousand, "show", "scale-0500", "integrity", "12"), ms: 3000 },
  // …and one changed file of a thousand, the cache otherwise warm.
  { name: "1,000 codes, one file changed: search gifts", args: data(thousand, "search", "gifts"), ms: 1000, changeOne: true },
]);
const coldFigures = coldCases.length === 1 ? [] : sample(coldCases, coldRounds, (entry) => {
  if (entry.changeOne) {
    appendFileSync(join(thousand, `scale-${String((coldRun++ % 1000) + 1).padStart(4, "0")}.yaml`), `# edit ${coldRun}\n`);
    return env;
  }
  return entry === baselineCase ? {} : { ETHICS_CACHE_DIR: join(scratch, `cold-${coldRun++}`) };
}, true);

// The cache's size after as many different folders (of 100 codes each) as BENCH_FOLDERS.
const cacheRow = `cache size after ${folderCount} different folders of 100 codes`;
const foldersCache = join(scratch, "folders-cache");
mkdirSync(foldersCache, { recursive: true });
for (let folder = 0; folder < (only === undefined || only.test(cacheRow) ? folderCount : 0); folder++) {
  const dir = makeScaleData(`folder-${folder}`, 100, `# folder ${folder}\n`);
  measure(data(dir, "search", "gifts"), { ETHICS_CACHE_DIR: foldersCache });
  rmSync(dir, { recursive: true, force: true });
}
// What the cache takes on disk, as `du` counts it (its files' blocks and the folder's own), and
// its files' bytes beside: thousands of small entries take a block each, whatever their bytes.
// Read once the cache has settled: a run leaves many entries to go to a remover of their own
// (src/cli/cache/prune.ts), which may still be deleting when the run is over (the cache is
// over its budget for that long); a file listed may be gone by the time it is looked at.
const cacheListing = () => readdirSync(foldersCache).flatMap((name) => statSync(join(foldersCache, name), { throwIfNoEntry: false }) ?? []);
let cacheFiles = cacheListing();
const settleStarted = Date.now();
for (let previous = -1; Date.now() - settleStarted < 10_000; ) {
  const bytes = cacheFiles.reduce((sum, stats) => sum + stats.size, 0);
  if (bytes === previous) break;
  previous = bytes;
  spawnSync("sleep", ["0.25"]);
  cacheFiles = cacheListing();
}
const settleMs = Date.now() - settleStarted;
const cacheBytes = cacheFiles.reduce((sum, stats) => sum + stats.size, 0);
const cacheDiskBytes = [...cacheFiles, statSync(foldersCache)].reduce((sum, stats) => sum + stats.blocks * 512, 0);

if (process.env.NODE_EXTRA_CA_CERTS) {
  const without = { ...process.env };
  delete without.NODE_EXTRA_CA_CERTS;
  const bare = [];
  for (let run = 0; run < 9; run++) {
    const started = process.hrtime.bigint();
    spawnSync(process.execPath, ["-e", "0"], { env: without, stdio: "ignore" });
    bare.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  console.log(`\nNODE_EXTRA_CA_CERTS is set (${process.env.NODE_EXTRA_CA_CERTS}): every process below, bare node too, reads it at start. Bare node without it: ${median(bare).toFixed(1)} ms (BENCH_NO_EXTRA_CERTS=1 runs the bench so).`);
} else if (extraCerts) console.log("\nNODE_EXTRA_CA_CERTS left out (BENCH_NO_EXTRA_CERTS=1).");
console.log(`\nnode ${process.version}, ${rounds} interleaved rounds (${coldRounds} for the rows that take seconds and those after a change, with bare node before each of them), medians\n`);
console.log("| command | median ms | × bare node | target | peak MiB | |");
console.log("| --- | ---: | ---: | ---: | ---: | --- |");
const results = [
  ...warm.map((entry, index) => row(entry, warmFigures[index], baseline)),
  ...heavy.slice(1).map((entry, index) => row(entry, heavyFigures[index + 1], heavyFigures[0].ms)),
  ...coldCases.slice(1).map((entry, index) => row(entry, coldFigures[index + 1], coldFigures[0].ms)),
];
for (const { text } of results) console.log(text);
const cacheMiB = cacheDiskBytes / 1024 / 1024;
const cacheOk = cacheMiB <= 32;
if (only === undefined || only.test(cacheRow)) console.log(`| ${cacheRow} (on disk, settled after ${(settleMs / 1000).toFixed(2)} s; its files' bytes: ${(cacheBytes / 1024 / 1024).toFixed(1)} MiB) | | | ≤ 32 MiB | ${cacheMiB.toFixed(1)} | ${cacheOk ? "ok" : "MISSED"} |`);

rmSync(scratch, { recursive: true, force: true });
process.exitCode = results.every((result) => result.ok) && cacheOk ? 0 : 1;
