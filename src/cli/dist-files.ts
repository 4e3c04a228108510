// Where the files the build writes beside the bundles are (dist/), as paths: in a bundle, its own
// directory as Node gives it (scripts/build.mjs declares __ethicsDirname in every bundle); run
// from the sources, this module's. Paths, not URLs: a URL for every file read (and one for every
// bundle's import.meta.url) made Node compile its URL module's functions at every start (~2.3 M
// instructions of a search, measured apart).
import { join, sep } from "node:path";
import { fileURLToPath } from "node:url";

declare const __ethicsDirname: string | undefined;

/** Whether this runs as the build's bundles, whose files beside it must all be there (not from the sources). */
export const isBundle: boolean = typeof __ethicsDirname === "string";

export const distDirectory: string = isBundle ? __ethicsDirname! : fileURLToPath(new URL(".", import.meta.url));

/** A file of the build's, by name. */
export function distFile(name: string): string {
  return join(distDirectory, name);
}

/** The installed package's root (the bundles live in its dist/), with a trailing separator. */
export function packageDirectory(): string {
  return join(distDirectory, "..", sep);
}
