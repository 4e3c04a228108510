// npm run bench: how fast `ethics` answers, as a ratio to a bare `node -e 0` measured in the
// same run. Commands run interleaved (one of each per round) so that load on the machine hits
// all of them alike; the figures are medians. It makes its own scale data. Not a test: CI
// times nothing.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readFileSync as read, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = join(root, "bin/ethics.cjs");
const rounds = Number(process.env.BENCH_ROUNDS ?? 15);
const time = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;

if (!existsSync(join(root, "dist/ethics.cjs"))) {
  console.error("bench: dist/ethics.cjs is missing; run npm run build first");
  process.exit(1);
}

/** The Medi-Cal file copied under `count` new ids: ≈108 standards each. */
function makeScaleData(count) {
  const dir = mkdtempSync(join(tmpdir(), `ethics-bench-${count}-`));
  const source = read(join(root, "data/medi-cal.yaml"), "utf8");
  for (let i = 1; i <= count; i++) {
    const id = `scale-${String(i).padStart(4, "0")}`;
    const text = source
      .replace(/^id: medi-cal$/m, `id: ${id}`)
      .replace(/^aliases: .*$/m, "aliases: []")
      .replace(/^shortName: .*$/m, `shortName: Scale ${i}`);
    writeFileSync(join(dir, `${id}.yaml`), text);
  }
  return dir;
}

function measure(args, env) {
  const started = process.hrtime.bigint();
  const memoryFile = join(cacheDir, "rss.txt");
  const command = time ? [time, ["-f", "%M", "-o", memoryFile, process.execPath, ...args]] : [process.execPath, args];
  const result = spawnSync(command[0], command[1], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
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

const cacheDir = mkdtempSync(join(tmpdir(), "ethics-bench-cache-"));
mkdirSync(cacheDir, { recursive: true });
const env = { ETHICS_CACHE_DIR: cacheDir, NO_COLOR: "1" };
console.log("making scale data (100 and 1,000 codes)…");
const hundred = makeScaleData(100);
const thousand = makeScaleData(1000);

const cases = [
  { name: "node -e 0 (baseline)", args: ["-e", "0"] },
  { name: "ethics search gifts", args: [bin, "search", "gifts"], target: 1.25, memory: 60 },
  { name: "ethics show medi-cal integrity 12", args: [bin, "show", "medi-cal", "integrity", "12"], target: 1.25, memory: 60 },
  { name: "100 codes: ethics search gifts", args: [bin, "--data", hundred, "search", "gifts"], target: 2 },
  { name: '1,000 codes: ethics search "accept gifts from peers"', args: [bin, "--data", thousand, "search", "accept gifts from peers"], target: 8 },
];

// One untimed run each: the first run with new user data fills the cache, as a user's first run does.
for (const entry of cases) measure(entry.args, env);
const samples = cases.map(() => ({ ms: [], rss: [] }));
for (let round = 0; round < rounds; round++) {
  cases.forEach((entry, index) => {
    const { ms, rssMiB } = measure(entry.args, env);
    samples[index].ms.push(ms);
    samples[index].rss.push(rssMiB);
  });
}

const baseline = median(samples[0].ms);
const rows = cases.map((entry, index) => {
  const ms = median(samples[index].ms);
  const ratio = ms / baseline;
  const rss = median(samples[index].rss);
  const timeOk = entry.target === undefined || ratio <= entry.target;
  const memoryOk = entry.memory === undefined || rss <= entry.memory;
  return { entry, ms, ratio, rss, ok: timeOk && memoryOk };
});

console.log(`\nnode ${process.version}, ${rounds} interleaved rounds, medians\n`);
console.log("| command | median ms | × bare node | target | peak MiB | |");
console.log("| --- | ---: | ---: | ---: | ---: | --- |");
for (const { entry, ms, ratio, rss, ok } of rows) {
  const target = entry.target === undefined ? "" : `≤ ${entry.target}×${entry.memory ? `, ≤ ${entry.memory} MiB` : ""}`;
  console.log(`| ${entry.name} | ${ms.toFixed(1)} | ${ratio.toFixed(2)} | ${target} | ${Number.isNaN(rss) ? "n/a" : rss.toFixed(1)} | ${entry.target === undefined ? "" : ok ? "ok" : "MISSED"} |`);
}

for (const dir of [hundred, thousand, cacheDir]) rmSync(dir, { recursive: true, force: true });
process.exitCode = rows.every((row) => row.ok) ? 0 : 1;
