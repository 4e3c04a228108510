// Builds what `ethics` runs: one esbuild bundle (measured ~20% over bare node where the same
// modules unbundled cost ~90%), a JSON snapshot of the built-in data so no run parses YAML, and
// the JSON Schema of the code file format for editors.
import { build } from "esbuild";
import { mkdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const work = join(root, ".build");

// Bundled CommonJS dependencies (cli-table3) call require() for Node built-ins.
const requireShim = "import { createRequire as __ethicsCreateRequire } from 'node:module'; const require = __ethicsCreateRequire(import.meta.url);";

const common = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  banner: { js: requireShim },
  logLevel: "warning",
  legalComments: "none",
};

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

await build({
  ...common,
  entryPoints: { ethics: join(root, "src/cli/main.ts") },
  outdir: dist,
  // Heavy modules (yaml, zod, fuse.js, diff) load only for the commands that need them.
  splitting: true,
  chunkNames: "chunk-[hash]",
});

await build({ ...common, entryPoints: { snapshot: join(root, "scripts/snapshot.ts") }, outdir: work });
const { writeSnapshot } = await import(pathToFileURL(join(work, "snapshot.js")).href);
writeSnapshot(root);
