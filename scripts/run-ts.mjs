// Runs a TypeScript script (scripts/eval.ts) on Node 20, which cannot strip types itself:
// esbuild bundles it into .build/ and this imports the result.
import { build } from "esbuild";
import { basename, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error("usage: node scripts/run-ts.mjs <script.ts> [args…]");
  process.exit(2);
}
const root = join(fileURLToPath(new URL(".", import.meta.url)), "..");
const outfile = join(root, ".build", basename(entry).replace(/\.ts$/, ".mjs"));
await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  logLevel: "warning",
});
process.argv = [process.argv[0], outfile, ...args];
await import(pathToFileURL(outfile).href);
