// The folder ethics was started in, deleted or moved away while a shell still stands in it
// (`cd build; rm -rf ../build`, a checkout switched under a terminal). Every relative path
// (`--data my-codes`, `validate draft.yaml`, `--data .`) is resolved against it, and Node's
// process.cwd() then throws ENOENT from uv_cwd: reported as a bug, exit 3. It is the user's
// surroundings, not bad data and not a bug: said so as git says it ("Unable to read current
// working directory"), with what to do, exit 1. Absolute paths and the built-in codes need no
// current folder and still work.
import { EthicsError } from "../core/errors.js";

/** The error to report for `error` when it is the current folder gone; undefined for any other. */
export function currentFolderGone(error: unknown): EthicsError | undefined {
  const { code, syscall } = (error ?? {}) as NodeJS.ErrnoException;
  if (code !== "ENOENT" || syscall !== "uv_cwd") return undefined;
  return new EthicsError(
    "the current folder was deleted or moved: no relative path can be found from it",
    "cd to a folder that exists, or give each path in full (from /)",
  );
}
