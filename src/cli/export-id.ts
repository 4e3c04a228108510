// What export says of a code file it writes: the id `--id` gives the copy, checked against the
// codes loaded, and the comment a YAML file of codes begins with. Read only by an export of
// code files (--id, --format yaml), so kept out of the main bundle: imported when one runs. It
// writes nothing (the output module's state is the main bundle's): export says what it warns.
import { copyClash } from "../core/codes/copy-clash.js";
import { clashWith, fieldName, type Clash } from "../core/library/merge.js";
import { isReachableId, SLUG_PATTERN, SLUG_RULE, unreachableCodeIdMessage } from "../core/codes/slug.js";
import { EthicsError, UsageError } from "../core/errors.js";
import { slugify } from "../core/codes/resolve.js";
import type { Code, Library } from "../model.js";
import { ethicsForLibrary } from "../core/command-start.js";
import type { Format } from "./commands/export.js";

/**
 * `--id` renames one code in a code file, to an id the loaded codes do not use already; the id
 * written, which is the one typed read as names are read: full-width letters as plain ones and
 * in lowercase (`ＭＹ-alaska`, `My-Alaska` → my-alaska), as `show` takes them (export says so on stderr).
 */
export function checkNewId(typed: string, format: Format, codes: Code[] | null, library: Library): string {
  if (format !== "json" && format !== "yaml") throw new UsageError(`--id names the code in a code file: use it with --format yaml or json, not ${format}`);
  if (codes === null || codes.length !== 1) {
    // The export meant, of one code (the first named), under the id typed where the copy may take it: a command that runs.
    const example = codes?.[0] ?? library.codes.find((code) => code.id === "alaska") ?? library.codes[0]!;
    const typedId = typed.normalize("NFKC").toLowerCase();
    const id = [typedId, "my-agency", "my-agency-local"].find((candidate) => isFreeId(library, example, candidate));
    throw new UsageError(
      `--id renames one code: ${codes === null ? "name the code to copy" : `${codes.length} are named`}`,
      `e.g. \`${ethicsForLibrary()} export --format ${format} --code ${example.id}${id !== undefined ? ` --id ${id}` : ""}\``,
    );
  }
  const id = typed.normalize("NFKC").toLowerCase();
  const original = codes[0]!;
  if (!SLUG_PATTERN.test(id)) {
    // Other marks than case and width ("My_Code", "my code") are the user's to change: named, as
    // an id the copy may take ("my_agency" beside a code my-agency: not my-agency, its id).
    const slug = slugify(typed);
    const free = [slug, `${slug}-local`].find((candidate) => isFreeId(library, original, candidate));
    throw new UsageError(`--id '${typed}' is not an id: expected ${SLUG_RULE}`, free !== undefined ? `e.g. --id ${free}` : undefined);
  }
  // The schema's rule: a file under an id show cannot reach would not validate.
  const unreachable = unreachableCodeIdMessage(id, "code");
  if (unreachable !== undefined) throw new UsageError(`--id ${unreachable}`);
  const taken = library.codes.find((code) => code.id === id || code.aliases.includes(id));
  if (taken) {
    throw new EthicsError(`--id '${id}' is already ${taken.id === id ? "the id" : "an alias"} of ${taken.id}`, `choose an id no loaded code uses (\`${ethicsForLibrary()} list\` shows them)`);
  }
  const clash = copyClash(library.codes, original, id);
  if (clash !== undefined) throw new EthicsError(copyClashMessage(clash, id), copyClashHint(library, original, id));
  return id;
}

/** Whether a copy of `original` may be written under `id`: an id, show reaches, that no loaded code's name clashes with. */
export function isFreeId(library: Library, original: Code, id: string): boolean {
  return isReachableId(id) && !library.codes.some((code) => code.id === id || code.aliases.includes(id)) && copyClash(library.codes, original, id) === undefined;
}

/** What of the copy would clash: its id itself, or the title or short name the id marks. */
function copyClashMessage(clash: Clash, id: string): string {
  // Between users' codes an id outranks a short name or title: the clash is then the other code's.
  if (clash.code.id !== id) return `--id '${id}' is a name of ${clash.code.id} already: its ${fieldName(clash.field)} '${clash.text}'`;
  const how = clashWith(clash, "short");
  if (clash.field === "id") return `--id '${id}' ${how}`;
  return `--id '${id}' makes the copy's ${fieldName(clash.field)} '${clash.text}', which ${how}`;
}

/** Another id, as validate suggests one (name-local), where that one loads. */
function copyClashHint(library: Library, original: Code, id: string): string {
  const other = `${id}-local`;
  const free = !library.codes.some((code) => code.id === other || code.aliases.includes(other)) && copyClash(library.codes, original, other) === undefined;
  return free ? `choose another id, e.g. --id ${other}` : "choose another id";
}

/**
 * The comment a YAML export of code files begins with, in lines of at most 80 columns. Several
 * codes are a stream of documents, which --data and validate do not read (a code file is one
 * code): the file itself says how to split it, where its reader will look.
 */
export function yamlHead(count: number, renamedFrom: string | undefined): string[] {
  if (renamedFrom !== undefined) return [`Exported by ethics from the code '${renamedFrom}'.`];
  if (count === 1) return ["Exported by ethics. Give the code an id of its own (or export with --id)", "to load it beside the original."];
  return [
    `Exported by ethics: ${count} codes, one YAML document each, separated by ---.`,
    "--data and `ethics validate` read one code a file: split this file at its",
    "--- lines (or export each code alone), as this does for codes.yaml:",
    `  awk '/^---$/ { n++ } { print > ("code-" n+1 ".yaml") }' codes.yaml`,
    "then give each code an id of its own to load it beside the original, as",
    "export --id does: a new id, no aliases, source.derivedFrom: the original's id.",
  ];
}
