// Tables: the list of codes, one code's outline. The only renderers that need cli-table3,
// kept apart so that `show` and `search` do not load it.
import Table from "cli-table3";
import { allStandards, type Code, type Library } from "../model.js";
import { userMark } from "./codes.js";
import { styleFor, type RenderOptions } from "./style.js";
import { visible } from "./terminal-text.js";

/** No rule between rows: a list reads better without one. */
export const COMPACT = { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" };

export function renderCodeList(library: Library, options: RenderOptions): string {
  const style = styleFor(options);
  const table = new Table({
    head: ["id", "title", "jurisdiction", "sections", "standards"].map((name) => style.heading(name)),
    style: { head: [], border: [] },
    chars: COMPACT,
    wordWrap: true,
    ...(Number.isFinite(options.width) ? { colWidths: listColumnWidths(options.width) } : {}),
  });
  for (const code of library.codes) {
    table.push([
      visible(code.id) + (code.origin === "user" ? "\n" + style.dim("(user)") : ""),
      visible(code.title),
      visible(code.jurisdiction),
      String(code.sections.length),
      String(allStandards(code).length),
    ]);
  }
  return table.toString();
}

function listColumnWidths(width: number): (number | null)[] {
  const fixed = 16 + 10 + 11 + 24; // id, sections, standards, jurisdiction (+ borders)
  const title = Math.max(20, width - fixed - 6);
  return [16, title, 24, 10, 11];
}

export function renderOutline(code: Code, options: RenderOptions): string {
  const style = styleFor(options);
  const lines = [style.heading(visible(code.title)) + userMark(code, style), style.dim(visible(code.jurisdiction)), ""];
  const table = new Table({
    head: ["section", "title", "standards"].map((name) => style.heading(name)),
    style: { head: [], border: [] },
    chars: COMPACT,
  });
  if (code.values.length > 0) table.push(["values", "Value statements", String(code.values.length)]);
  for (const section of code.sections) {
    table.push([visible(section.id), visible(section.title), String(section.standards.length)]);
  }
  lines.push(table.toString());
  return lines.join("\n");
}

