// `show --strength`: the standards the option kept, each whole, with what narrows its reading.
import type { Standard, Strength } from "../model.js";
import { bindingLine } from "./binding-line.js";
import { renderStandard } from "./codes.js";
import type { RenderOptions } from "./style.js";

/**
 * Standards `--strength` kept, each whole; one whose reading something narrows says so under
 * it. One that nothing narrows binds as the option says, which needs no line.
 */
export function renderStandardsAsTheyBind(standards: readonly (Standard & { strength: Strength; qualifiers: readonly string[] })[], options: RenderOptions): string {
  return standards
    .map((standard) => {
      const shown = renderStandard(standard, options);
      return standard.qualifiers.length > 0 ? `${shown}\n${bindingLine(standard.strength, standard.qualifiers, options, "  ")}` : shown;
    })
    .join("\n\n");
}
