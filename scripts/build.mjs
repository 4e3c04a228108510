// Builds what `ethics` runs, shaped for start-up time (figures in README, "Performance"):
// - one CommonJS bundle of our code and the light libraries: Node 20 loads CommonJS ~10 ms
//   faster than the same code as ES modules, and esbuild defers every module we import()
//   until it is needed;
// - the heavy libraries (yaml, zod, fuse.js, diff) as separate files, required only by the
//   commands that use them;
// - a JSON snapshot of the built-in data and its search index, so no run parses YAML;
// - the JSON Schema of the code file format, for editors.
import { build } from "esbuild";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve as resolvePath } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const work = join(root, ".build");
const HEAVY = ["yaml", "js-yaml", "zod", "fuse.js", "diff", "chalk"];
/**
 * Libraries bundled from their CommonJS build rather than their ES module one. js-yaml 5's
 * ES module build parses our code files ~4× slower than its CommonJS build (1,000 files:
 * 2.3 s against 0.6 s), which made it the largest cost of a first run. zod's and diff's
 * CommonJS builds load slower, so they stay as they are.
 */
const FROM_COMMONJS = ["js-yaml"];

const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  logLevel: "warning",
  legalComments: "none",
};

/**
 * The heavy libraries stay out of our bundles, in dist/vendor/, and are required the first
 * time one of their exports is used, not when the module importing them loads: the search
 * code imports fuse.js, but only a misspelt word needs it; renderers import chalk, but only
 * coloured output needs it. (Requiring fuse.js or chalk costs ~2.5 ms each.)
 */
const heavyLibrariesApart = {
  name: "heavy-libraries-apart",
  setup(pluginBuild) {
    const filter = new RegExp(`^(${HEAVY.map((name) => name.replace(".", "\\.")).join("|")})$`);
    pluginBuild.onResolve({ filter }, (args) => ({ path: args.path, namespace: "vendor" }));
    pluginBuild.onResolve({ filter: /^\.\/vendor\// }, (args) => ({ path: args.path, external: true }));
    pluginBuild.onLoad({ filter: /.*/, namespace: "vendor" }, async (args) => {
      const exported = Object.keys(await import(args.path));
      const load = `let loaded; const load = () => (loaded ??= require("./vendor/${args.path}.cjs"));`;
      // A library with only a default export is a class here (fuse.js): construct it on demand.
      const contents =
        exported.join() === "default"
          ? `${load}\nmodule.exports = function (...args) { return new (load())(...args); };`
          : `${load}\n${exported.map((name) => `Object.defineProperty(exports, ${JSON.stringify(name)}, { enumerable: true, get: () => load()[${JSON.stringify(name)}] });`).join("\n")}`;
      return { contents, loader: "js" };
    });
  },
};

/** chalk's own colour detection reads the terminal at import; we always pass the level. */
const noChalkDetection = {
  name: "no-chalk-detection",
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^#supports-color$/ }, () => ({ path: "supports-color", namespace: "stub" }));
    pluginBuild.onLoad({ filter: /.*/, namespace: "stub" }, () => ({
      contents: "const supportsColor = { stdout: false, stderr: false }; export default supportsColor;",
      loader: "js",
    }));
  },
};

/**
 * commander requires child_process at load, for subcommands that are separate executables,
 * which ethics has none of; loading it pulls in net and streams. Required when first used.
 */
const lazyChildProcess = {
  name: "lazy-child-process",
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^node:child_process$/ }, (args) =>
      args.kind === "require-call" && args.importer.includes("node_modules/commander") ? { path: "child_process", namespace: "lazy" } : undefined,
    );
    pluginBuild.onLoad({ filter: /.*/, namespace: "lazy" }, () => ({
      contents: 'module.exports = new Proxy({}, { get: (_, name) => require("node:child_process")[name] });',
      loader: "js",
    }));
  },
};

/**
 * Node's modules that few runs use, as our code imports them: each required the first time one
 * of its exports is used, not when the bundle importing it loads. node:os (~0.4 ms of every
 * start) is for a home directory HOME does not give (src/cli/cache/cache-dir.ts) and for the
 * cores a first run parses on; node:module brings Node's ES module loader and source maps
 * with it, for a require made where a changed file needs one (node:crypto, the loader); node:v8
 * brings heap snapshots and streams, for a first run's V8 flag (src/cli/cache/less-inlining.ts).
 * Loaded at the top of the cache's modules, the three cost a warm run over users' codes ~12 M
 * instructions of Node compiling its own sources, for nothing it used. Each importing file is
 * given getters for the names it imports alone: getters for all ~40 of node:os's exports,
 * defined in start.cjs and ethics.cjs at every start, cost a search ~1.5 M instructions (parsed,
 * then ~80 closures and properties made). An import() of one is left to Node, as it runs.
 */
const LAZY_BUILTINS = ["os", "module", "v8"];
const lazyBuiltins = {
  name: "lazy-builtins",
  setup(pluginBuild) {
    const filter = new RegExp(`^node:(${LAZY_BUILTINS.join("|")})$`);
    pluginBuild.onResolve({ filter }, (args) => {
      if (args.kind !== "import-statement" || !args.importer.startsWith(join(root, "src"))) return undefined;
      const builtin = args.path.slice("node:".length);
      const named = new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*"node:${builtin}"`, "g");
      const imports = [...readFileSync(args.importer, "utf8").matchAll(named)];
      if (imports.length === 0) throw new Error(`${relative(root, args.importer)}: import ${args.path}'s exports by name (import { … } from "${args.path}"), as the build's lazy ${args.path} gives them`);
      const names = imports.flatMap((found) => found[1].split(",").map((name) => name.trim().split(/\s+as\s+/)[0]).filter(Boolean));
      return { path: `${builtin}:${[...new Set(names)].sort().join(",")}`, namespace: "lazy-builtin" };
    });
    pluginBuild.onLoad({ filter: /.*/, namespace: "lazy-builtin" }, async (args) => {
      const [builtin, list] = args.path.split(":");
      const exported = Object.keys(await import(`node:${builtin}`));
      const names = list.split(",");
      const unknown = names.find((name) => !exported.includes(name));
      if (unknown !== undefined) throw new Error(`node:${builtin} has no export ${unknown}`);
      const load = `let loaded; const load = () => (loaded ??= require("node:${builtin}"));`;
      return { contents: `${load}\n${names.map((name) => `Object.defineProperty(exports, ${JSON.stringify(name)}, { enumerable: true, get: () => load()[${JSON.stringify(name)}] });`).join("\n")}`, loader: "js" };
    });
  },
};

rmSync(dist, { recursive: true, force: true });
mkdirSync(join(dist, "vendor"), { recursive: true });

/**
 * Every module our code import()s becomes a file of its own, dist/lazy-*.cjs, required when
 * the import() runs: V8 scans the whole of a script before running it (~10 ms for everything
 * in one 160 KB bundle), so each command should scan only what it uses. A lazy file carries
 * its own copy of the small modules it shares with others; errors are recognised across
 * copies by a brand, not by class identity (src/core/errors.ts).
 */
const lazyEntries = new Map(); // absolute source path → output name
const lazyModulesApart = {
  name: "lazy-modules-apart",
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^\./ }, (args) => {
      if (args.kind !== "dynamic-import") return undefined;
      const source = resolvePath(args.resolveDir, args.path).replace(/\.js$/, ".ts");
      const name = `lazy-${relative(join(root, "src"), source).replace(/\.ts$/, "").replace(/[\\/]/g, "-")}.cjs`;
      lazyEntries.set(source, name);
      return { path: `./${name}`, external: true };
    });
  },
};

const cjs = {
  ...common,
  format: "cjs",
  // import() of a lazy file as require(): a real import() would start the ES module loader.
  supported: { "dynamic-import": false },
  // Less source for V8 to scan at every start (ETHICS_NO_MINIFY=1 for readable profiles).
  minify: !process.env.ETHICS_NO_MINIFY,
  // import.meta.url made when first used (few runs use it: files beside the bundle are read by
  // path, src/cli/dist-files.ts, which reads __ethicsDirname), not at every bundle's load.
  define: { "import.meta.url": "__ethicsModule.url" },
  banner: { js: 'const __ethicsModule = { get url() { return require("node:url").pathToFileURL(__filename).href; } }; const __ethicsDirname = __dirname;' },
  plugins: [heavyLibrariesApart, noChalkDetection, lazyChildProcess, lazyBuiltins, lazyModulesApart],
};

await build({ ...cjs, entryPoints: [join(root, "src/cli/main.ts")], outfile: join(dist, "ethics.cjs") });
await build({ ...cjs, entryPoints: [join(root, "src/cli/start.ts")], outfile: join(dist, "start.cjs") });
// The thread that parses users' files beside the main one (src/cli/cache/parallel-parse.ts).
await build({ ...cjs, entryPoints: [join(root, "src/cli/cache/parse-worker.ts")], outfile: join(dist, "parse-worker.cjs") });
// The threads that render blocks of a large export beside the main one (src/cli/export-parallel.ts).
await build({ ...cjs, entryPoints: [join(root, "src/cli/export-worker.ts")], outfile: join(dist, "export-worker.cjs") });
const built = new Set();
while (built.size < lazyEntries.size) {
  for (const [source, name] of [...lazyEntries]) {
    if (built.has(source)) continue;
    built.add(source);
    await build({ ...cjs, entryPoints: [source], outfile: join(dist, name) });
  }
}

for (const name of HEAVY) {
  // Our code imports these from a "type": "module" package, so esbuild reads a default import
  // as module.exports (Node's rule): a library with nothing but a default export (fuse.js)
  // exports just that; the others are imported by name.
  const hasDefault = Object.keys(await import(name)).join() === "default";
  const contents = hasDefault ? `export { default } from "${name}";` : FROM_COMMONJS.includes(name) ? `module.exports = require("${name}");` : `export * from "${name}";`;
  await build({
    ...common,
    stdin: { contents, resolveDir: root, loader: "js" },
    ...(hasDefault ? { footer: { js: "module.exports = module.exports.default;" } } : {}),
    outfile: join(dist, "vendor", `${name}.cjs`),
    format: "cjs",
    minify: true,
    plugins: [noChalkDetection],
  });
}

/**
 * Every bundle ASCII: esbuild escapes other characters in strings but leaves them in regular
 * expression literals (the line-breaking classes, "·", "→"), and one such character makes Node
 * read the whole file as a two-byte string, twice the memory the source takes at every start
 * (and again for its wrapped copy). In a regular expression `\uXXXX` means the code unit itself,
 * with or without the u flag (a surrogate pair of them is one code point under u); one after a
 * backslash would change meaning, so that stops the build.
 */
function asciiOnly(file) {
  const text = readFileSync(file, "utf8");
  if (!/[^\x00-\x7f]/.test(text)) return;
  const escaped = text.replace(/(\\?)([^\x00-\x7f])/g, (_, backslash, char) => {
    if (backslash) throw new Error(`${relative(root, file)}: an escaped non-ASCII character (${char}) that cannot be written as \\u`);
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
  writeFileSync(file, escaped);
}
for (const name of readdirSync(dist)) if (name.endsWith(".cjs")) asciiOnly(join(dist, name));

/**
 * The files start.cjs loads through the code cache (ethics.cjs and every lazy file) as a function
 * of Node's module arguments, called with them: Node's loader runs such a file as before, and
 * the code cache compiles the function without its call, as a slice of the text it read
 * (src/cli/cache/compile-cache.ts, scriptSource, which holds the same two strings). Wrapped at
 * run time, as Node wraps a module, each file was copied whole into a new string.
 */
const BUNDLE_HEAD = "(function (exports, require, module, __filename, __dirname) {";
const BUNDLE_CALL = ".call(this, exports, require, module, __filename, __dirname);\n";
/**
 * ethics.cjs, which every run reads and keeps, at least V8's large-object size (128 KiB; a
 * comment of spaces makes up the rest): a string that large lives in the young generation's
 * large-object space, which a scavenge neither fills nor copies (it hands the page over), where
 * the 120 KB of the bundle took an eighth of the 1 MB young generation every run starts with,
 * and was copied twice. `search gifts` then fits in one scavenge, not two (docs/performance.md).
 */
const LARGE_OBJECT_CHARS = 128 * 1024 + 64;
for (const name of readdirSync(dist)) {
  if (name !== "ethics.cjs" && !(name.startsWith("lazy-") && name.endsWith(".cjs"))) continue;
  const body = readFileSync(join(dist, name), "latin1");
  const length = BUNDLE_HEAD.length + body.length + "\n})".length + BUNDLE_CALL.length;
  const padding = name === "ethics.cjs" && length < LARGE_OBJECT_CHARS ? `\n//${" ".repeat(Math.max(0, LARGE_OBJECT_CHARS - length - 3))}` : "";
  writeFileSync(join(dist, name), `${BUNDLE_HEAD}${body}${padding}\n})${BUNDLE_CALL}`, "latin1");
}

// Bundled CommonJS dependencies (yaml) call require() for Node built-ins.
const requireShim = "import { createRequire as __ethicsCreateRequire } from 'node:module'; const require = __ethicsCreateRequire(import.meta.url);";
await build({ ...common, format: "esm", banner: { js: requireShim }, entryPoints: { snapshot: join(root, "scripts/snapshot.ts") }, outdir: work });
const { writeSnapshot } = await import(pathToFileURL(join(work, "snapshot.js")).href);
writeSnapshot(root);
