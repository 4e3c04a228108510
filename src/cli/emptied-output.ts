// `ethics --data my-codes export mine --format yaml > my-codes/mine.yaml`: the shell emptied
// mine.yaml, the code asked for, before ethics started. The export is left with no code 'mine',
// and says where it went rather than only that it is not there.
import { basename } from "node:path";
import { findCode, slugify, suggestCode } from "../core/codes/resolve.js";
import { EthicsError } from "../core/errors.js";
import type { Code, Library } from "../model.js";
import { moveOverHint, SHELL_EMPTIES } from "./output-into-input.js";

/**
 * Throws for the first of `names` that names no code and most likely named the one `emptied`
 * held (the output file, a code file of the folders read, which the shell emptied): the file's
 * own name, or a name that is no slip of another code's (whose "did you mean" is then the likelier
 * answer, and is left to the resolver). A name of no letters is the resolver's to refuse too.
 */
export function refuseNameOfEmptied(library: Library, names: readonly string[], emptied: string): void {
  const fileName = slugify(basename(emptied).replace(/\.ya?ml$/i, ""));
  for (const name of names) {
    const slug = slugify(name);
    if (slug === "" || findCode(library, name).kind !== "none") continue;
    if (slug === fileName || suggestCode(library, name) === undefined) {
      throw new EthicsError(`no code '${name}': the output file ${emptied} is a code file ethics reads, and the shell emptied it before ethics could read it (${SHELL_EMPTIES})`, moveOverHint(emptied));
    }
  }
}

/**
 * The refusal of a code file written without --id into `path`, a file of a folder read: under
 * the id of the code it copies, it would clash with that code on every later run of the folder.
 * The hint names an id the copy may take (`free`): the file's own name, where it is one.
 */
export function copyWithoutId(original: Code, path: string, free: (id: string) => boolean): EthicsError {
  const named = slugify(basename(path).replace(/\.ya?ml$/i, ""));
  const id = [named, `${original.id}-local`, "my-agency"].find(free);
  return new EthicsError(
    `the output file ${path} is in a folder ethics reads, where a copy of ${original.id} under its id would clash with ${original.id} on every later run`,
    `give the copy an id of its own: --id ${id ?? "<new-id>"}`,
  );
}
