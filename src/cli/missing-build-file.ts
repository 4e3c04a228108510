// A file the build wrote (dist/concepts.json, dist/lazy-render-search.cjs, dist/vendor/…) gone
// from an install or a checkout: a partial copy, a clean-up script, an interrupted build. Node
// then throws ENOENT or "Cannot find module", which was reported as a bug in ethics, exit 3.
// It is a broken install, not a bug: the file is named, with what puts it back, exit 1.
import { existsSync } from "node:fs";
import { dirname, join, resolve, sep } from "node:path";
import { EthicsError } from "../core/errors.js";
import { distDirectory, packageDirectory } from "./dist-files.js";

/** Whether `file` is one of the build's, in dist/ or a folder of it. */
function isBuildFile(file: string): boolean {
  const folder = distDirectory.endsWith(sep) ? distDirectory : distDirectory + sep;
  return resolve(file).startsWith(folder);
}

/**
 * The build's file that `error` says is missing: the path of an ENOENT, or the module a
 * require() of a build file could not find ("./lazy-cli-output.cjs" from dist/ethics.cjs).
 */
export function missingFileOf(error: unknown): string | undefined {
  const { code, path, message, requireStack } = (error ?? {}) as NodeJS.ErrnoException & { requireStack?: string[] };
  if (code === "ENOENT" && typeof path === "string") return isBuildFile(path) ? resolve(path) : undefined;
  if (code !== "MODULE_NOT_FOUND" || typeof message !== "string" || !Array.isArray(requireStack)) return undefined;
  const request = /^Cannot find module '([^'\n]+)'/.exec(message)?.[1];
  const from = requireStack[0];
  if (request === undefined || typeof from !== "string" || !request.startsWith(".")) return undefined;
  const file = join(dirname(from), request);
  return isBuildFile(from) && isBuildFile(file) ? file : undefined;
}

/**
 * What puts the file back: a checkout (its build script beside dist/, which the package does
 * not ship) is built again; an install is installed again.
 */
function remedy(): string {
  const root = packageDirectory();
  return existsSync(join(root, "scripts", "build.mjs"))
    ? `the build is incomplete: run \`npm run build\` in ${root.slice(0, -1)}`
    : "reinstall ethics, as it was installed (npm install -g …)";
}

/** The error to report for `error` when it is a file of the build gone; undefined for any other. */
export function missingBuildFile(error: unknown): EthicsError | undefined {
  const file = missingFileOf(error);
  return file === undefined ? undefined : new EthicsError(`a file of ethics is missing: ${file}`, remedy());
}
