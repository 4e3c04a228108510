#!/usr/bin/env node
try {
  require("../dist/start.cjs");
} catch (error) {
  // dist/start.cjs or dist/ethics.cjs gone (an interrupted build, a partial copy) was Node's
  // stack trace; said as src/cli/missing-build-file.ts says any other file of the build gone.
  const path = require("node:path");
  const dist = path.join(__dirname, "..", "dist") + path.sep;
  const request = error && error.code === "MODULE_NOT_FOUND" ? /^Cannot find module '(\.[^'\n]*)'/.exec(error.message) : null;
  const from = request && Array.isArray(error.requireStack) ? error.requireStack[0] : undefined;
  const file = typeof from === "string" ? path.join(path.dirname(from), request[1]) : "";
  if (!file.startsWith(dist)) throw error;
  const root = path.join(__dirname, "..");
  const checkout = require("node:fs").existsSync(path.join(root, "scripts", "build.mjs"));
  const hint = checkout ? `the build is incomplete: run \`npm run build\` in ${root}` : "reinstall ethics, as it was installed (npm install -g …)";
  process.stderr.write(`ethics: a file of ethics is missing: ${file}\nhint: ${hint}\n`);
  process.exitCode = 1;
}
