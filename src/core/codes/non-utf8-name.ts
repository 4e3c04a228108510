// A name that is not UTF-8 (a Latin-1 name from an old archive or a Windows share) reaches us
// with U+FFFD for each bad byte, from a folder's listing, argv or the environment alike: no
// file or folder has that name, so opening it says "no such file or directory" for one that is
// there. Where a path fails so, this finds the part of it whose real name is not UTF-8.
import { existsSync, readdirSync } from "node:fs";
import { basename, dirname, parse, sep } from "node:path";
import { isUtf8 } from "node:buffer";

/** The path's first part (itself or a folder above it) named so, and whether it is a folder; null if none. */
function nonUtf8Part(path: string): { part: string; folder: boolean } | null {
  if (!path.includes("\ufffd")) return null;
  const { root } = parse(path);
  let part = root;
  for (const name of path.slice(root.length).split(sep)) {
    if (name === "") continue;
    part = part === "" ? name : part.endsWith(sep) ? part + name : part + sep + name;
    if (existsSync(part)) continue;
    if (!name.includes("\ufffd")) return null;
    try {
      const entry = readdirSync(dirname(part), { encoding: "buffer", withFileTypes: true }).find(
        (dirent) => !isUtf8(dirent.name) && dirent.name.toString("utf8") === name,
      );
      return entry ? { part, folder: entry.isDirectory() } : null;
    } catch {
      return null;
    }
  }
  return null;
}

/** Why a path that could not be found cannot be opened, when a name in it is not UTF-8; else null. */
export function describeNonUtf8Name(path: string): string | null {
  const found = nonUtf8Part(path);
  if (!found) return null;
  if (found.part !== path) return `folder name '${basename(found.part)}' is not UTF-8, so nothing in it can be opened by name; rename it`;
  return `${found.folder ? "folder" : "file"} name is not UTF-8, so it cannot be opened by name; rename it`;
}
