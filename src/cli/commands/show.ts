import { Command } from "commander";
import { parseReference } from "../../core/codes/ref.js";
import { resolveTarget, type Target } from "../../core/codes/target.js";
import type { RenderOptions } from "../../render/style.js";
import type { Strength } from "../../model.js";
import { contextOf } from "../context.js";
import { strengthOption } from "../study-options.js";

/** One standard prints as an object, a range or list as an array, wider forms as they are. */
function asJson(target: Target): unknown {
  switch (target.kind) {
    case "code":
      return target.code;
    case "section":
      return target.section;
    case "standards":
      return target.form === "one" ? target.standards[0] : target.standards;
    case "values":
      return target.form === "one" ? target.values[0] : target.values;
  }
}

async function asText(target: Target): Promise<(options: RenderOptions) => string> {
  const { renderCode, renderSection, renderStandards, renderValues } = await import("../../render/codes.js");
  return (options) => {
    switch (target.kind) {
      case "code":
        return renderCode(target.code, options);
      case "section":
        return renderSection(target.code, target.section, options);
      case "standards":
        return renderStandards(target.standards, options);
      case "values":
        return renderValues(target.code, target.values, options);
    }
  };
}

export const show = (): Command =>
  new Command("show")
  .description("print a code, a section, or standards with their citations")
  .argument("<reference...>", "code [section] [number | range | list], or code:section:number")
  .option("--json", "print JSON: one standard, an array for a range or list, or the section / code")
  .addOption(strengthOption())
  .addHelpText(
    "after",
    `
References:
  <code>                         a whole code              ethics show alaska
  <code> <section>               one section               ethics show medi-cal integrity
  <code> <section> <n>           one standard              ethics show medi-cal integrity 12
  <code> <section> <a>-<b>       a range                   ethics show medi-cal integrity 5-7
  <code> <section> <a>,<b>       a list (ranges allowed)   ethics show medi-cal integrity 5,7,10-12
  <code> <n>                     in a code with one list   ethics show wisconsin 8
  <code>:<section>:<n>           the one-word form         ethics show medi-cal:integrity:12
  <code> values [<n>]            value statements          ethics show alaska values 2

  --strength prohibits           every prohibition         ethics show medi-cal --strength prohibits

A section is its id, its title or an unambiguous prefix, in any case: conflicts, safety, cultural.`,
  )
  .action(async (words: string[], options: { strength?: Strength }, command: Command) => {
    const context = contextOf(command);
    const target = resolveTarget(await context.library(), parseReference(words));
    if (options.strength) {
      const standards = (await import("../strength-filter.js")).showByStrength(target, options.strength);
      const { renderStandards } = await import("../../render/codes.js");
      return context.print(standards, (renderOptions) => renderStandards(standards, renderOptions));
    }
    await context.print(asJson(target), context.json ? () => "" : await asText(target));
  });
