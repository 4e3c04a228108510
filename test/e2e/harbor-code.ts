// A user's code, Harbor, written at test time into a folder of its own: its file's fields, then
// the sections a test gives (YAML, as a user writes them), so that tests of how users' codes are
// read write only what they are about.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const HARBOR_FIELDS = `id: harbor
title: Harbor Peer Services Code of Conduct
shortName: Harbor
jurisdiction: Harbor County
source:
  document: Harbor Peer Services Code of Conduct
sections:
`;

/** A new folder holding harbor.yaml with `sections` (YAML lines under `sections:`); its path. */
export function harborFolder(sections: string): string {
  const dir = mkdtempSync(join(tmpdir(), "ethics-harbor-"));
  writeFileSync(join(dir, "harbor.yaml"), HARBOR_FIELDS + sections);
  return dir;
}
