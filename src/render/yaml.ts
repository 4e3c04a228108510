// Separate from export.ts so that the YAML library loads only for --format yaml.
import { stringify } from "yaml";
import type { Code } from "../model.js";

export function renderYaml(codes: Code[]): string {
  return stringify({ codes }, { lineWidth: 0 });
}
