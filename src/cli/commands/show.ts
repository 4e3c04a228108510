import { Command } from "commander";
import type { Target } from "../../core/codes/target.js";
import { codeWithKnownTags, knownConceptOf, sectionWithKnownTags, withKnownTags, type KnownConcept } from "../../core/concepts/known-tags.js";
import type { RenderOptions } from "../../render/style.js";
import type { Code, Library, Strength } from "../../model.js";
import { withLineageFollowed } from "../../core/codes/lineage-check.js";
import { isEthicsError } from "../../core/errors.js";
import { defaultCodeOf, readInDefaultCode } from "../default-codes.js";
import { contextOf } from "../context.js";
import { warn } from "../library.js";
import { strengthOption } from "../study-options.js";

/** One standard prints as an object, a range or list as an array, wider forms as they are; concept tags the index lacks left out. */
function asJson(target: Target, known: KnownConcept): unknown {
  switch (target.kind) {
    case "code":
      return codeWithKnownTags(target.code, known);
    case "section":
      return sectionWithKnownTags(target.section, known);
    case "standards":
      return target.form === "one" ? withKnownTags(target.standards[0]!, known) : target.standards.map((standard) => withKnownTags(standard, known));
    case "values":
      return target.form === "one" ? target.values[0] : target.values;
    case "preamble":
      return target.code.preamble;
    case "definitions":
      return target.code.definitions;
  }
}

/** The code as its header tells it (withLineageFollowed); --json prints the file's field as written. */
function withFollowedLineage(code: Code, library: Library): Code {
  return withLineageFollowed([code], library.codes)[0]!;
}

async function asText(targets: Target[], library: Library): Promise<(options: RenderOptions) => string> {
  const { renderCode, renderDefinitions, renderPreamble, renderSection, renderStandards, renderValues } = await import("../../render/codes.js");
  const render = (target: Target, options: RenderOptions) => {
    switch (target.kind) {
      case "code":
        return renderCode(withFollowedLineage(target.code, library), options, library.codes);
      case "section":
        return renderSection(target.code, target.section, options);
      case "standards":
        return renderStandards(target.standards, options);
      case "values":
        return renderValues(target.code, target.values, options);
      case "preamble":
        return renderPreamble(target.code, options);
      case "definitions":
        return renderDefinitions(target.code, options);
    }
  };
  return (options) => targets.map((target) => render(target, options)).join("\n\n");
}

export const show = (): Command =>
  new Command("show")
  .description("print a code, a section, or standards with their citations")
  .argument("<reference...>", "code [section] [number | range | list], a printed citation, or code:section:number; several at once")
  .option(
    "--json",
    "print JSON: a standard { code, section, sectionTitle, number, text, items, notes, editorial, citation, concepts? } (concepts: a user's file's tags); an array of them for a range or list; the section or code for the wider forms; value statements { number, text, citation } for values; a preamble's paragraphs { heading?, text } and definitions { term, text } as arrays; for several references, an array of those; with --strength, each standard has its strength and qualifiers (what narrows it)",
  )
  .addOption(strengthOption())
  .addHelpText(
    "after",
    `
References: the words after ethics show
  <code>                    a whole code          alaska
  <code> <section>          one section           medi-cal integrity
  <code> <section> <n>      one standard          medi-cal integrity 12
  <code> <section> <n> <i>  its item, with it     medi-cal integrity 12 a
  <code> <section> <a>-<b>  a range               medi-cal integrity 5-7
  <code> <section> <a>-     a to the last         medi-cal integrity 12-
  <code> <section> <a>,<b>  a list, ranges too    medi-cal integrity 5,7,10-12
  <code> <n>                a code with one list  wisconsin 8
  <code> values [<n>]       value statements      alaska values 2
  <code> preamble           its opening words     medi-cal preamble
  <code> definitions        its terms defined     medi-cal definitions
  <code> · <section> <n>    a printed citation    "Alaska · Conduct 4"
  <code>:<section>:<n>      the one-word form     medi-cal:integrity:12

  --strength <strength>     only what binds so    medi-cal --strength prohibits

A code or section is its id, alias, name or title, or a unique prefix, in any case, and may be
several words: north carolina 15, Safety & Protection 6. Quoting changes nothing.
A number may be written 12., #12, §12 or standard 12 (rule 12, no. 12), a range 5..7
or 5 to 7, a list 5 and 7.
An item may be written 12 a, 12a or 12(a), and more may follow (12 a 13, 12a 13);
one labelled with a number, 1(3) (quoted in a shell: '1(3)'), since 1 3 is
standards 1 and 3.

Several references: each ends after its number(s), at a ';', before a code's
name, or before a quoted citation; a section named alone is the code's named
last (respect 2 below):
  ethics show medi-cal integrity 12 alaska conduct 4
  ethics show medi-cal definitions alaska conduct 4
  ethics show "Medi-Cal · Integrity 12" "Alaska · Conduct 4"
  ethics show "medi-cal integrity; alaska conduct"
  ethics show medi-cal integrity 12 respect 2
  ethics show wi, nc, and alaska`,
  )
  .action(async (words: string[], options: { strength?: Strength }, command: Command) => {
    const context = contextOf(command);
    const library = await context.library();
    // The reference grammar is show's alone (and search's, for a query of numbers): loaded for it.
    const { notesOf, resolveArguments } = await import("../../core/codes/target.js");
    // Loaded only where neither reading of the words names anything, as few runs need.
    const namesNoCode = async (code: Code) => (await import("../../core/codes/names-no-code.js")).namesNoCode(library, words, code);
    // The examples of words that name no code are set in ETHICS_CODE's, the reader's own.
    const codeAtHand = defaultCodeOf(library);
    // Without ETHICS_CODE the library is its own: the examples' module is loaded only for a code at hand.
    const examples = codeAtHand === undefined ? undefined : await import("../../core/codes/target/example-standard.js");
    const atHand = examples === undefined ? library : examples.withCodeAtHand(library, codeAtHand);
    const targets = await readInDefaultCode(library, words, (typed) => resolveArguments(atHand, typed), namesNoCode).catch(async (error: unknown) => {
      if (!isEthicsError(error)) throw error;
      const { isMissingCode, MissingCode } = await import("../../core/codes/ref.js");
      if (isMissingCode(error) && examples !== undefined) throw new MissingCode(examples.commandAtHand(atHand));
      // A theme's name where a section (or a code) belongs: its hint names `ethics topic`. Loaded only then.
      throw (await import("../theme-in-reference.js")).withThemeNamed(library, words, error);
    });
    const known = knownConceptOf(library);
    if (options.strength) {
      const { showByStrength } = await import("../strength-filter.js");
      const standards = showByStrength(targets, options.strength!, process.argv.slice(2));
      const { renderStandardsAsTheyBind } = await import("../../render/standards-as-they-bind.js");
      await context.print(
        standards.map((standard) => withKnownTags(standard, known)),
        (renderOptions) => renderStandardsAsTheyBind(standards, renderOptions),
      );
    } else {
      const json = targets.length === 1 ? asJson(targets[0]!, known) : targets.map((target) => asJson(target, known));
      await context.print(json, context.json ? () => "" : await asText(targets, library));
    }
    // After the standards, as search's hints are: a pager would hide a line said before them.
    for (const note of notesOf(targets)) warn(note);
  });
