// The built-in library as the CLI reads it at run time: JSON, made at build time from data/,
// so that no run pays for the YAML parser and the schema validator.
import type { Library } from "../model.js";

export const SNAPSHOT_FORMAT = 1;

export interface Snapshot {
  format: typeof SNAPSHOT_FORMAT;
  library: Library;
}

export function buildSnapshot(library: Library): Snapshot {
  return { format: SNAPSHOT_FORMAT, library };
}

export function parseSnapshot(json: string): Snapshot {
  const snapshot = JSON.parse(json) as Snapshot;
  if (snapshot.format !== SNAPSHOT_FORMAT) {
    throw new Error(`built-in data snapshot has format ${String(snapshot.format)}, expected ${SNAPSHOT_FORMAT}: rebuild with npm run build`);
  }
  return snapshot;
}
