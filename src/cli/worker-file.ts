// The file of a worker thread, which the build writes beside the bundles (dist/<name>).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** dist/`name`, or null when running from the sources (tests), which then work on one thread. */
export function workerFileNamed(name: string): string | null {
  try {
    const file = fileURLToPath(new URL(`./${name}`, import.meta.url));
    return existsSync(file) ? file : null;
  } catch {
    return null;
  }
}
