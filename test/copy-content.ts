// What a code written as a code file under another id must keep (export --code --id): shared by
// the code-file tests of the built-in codes and of the every-field fixture.
import type { Code } from "../src/model.js";

/**
 * Everything but the code's names, the remark on its title (which says what the copy's mark is),
 * the citations made of them, its lineage and the file it was read from; and its origin too, with
 * `withoutOrigin` (a built-in code reloaded as a user's).
 */
export function copyContent(code: Code, { withoutOrigin = false } = {}) {
  const { id: _id, aliases: _aliases, title: _title, shortName: _shortName, file: _file, sections, values, source, editorial, ...rest } = code;
  const { derivedFrom: _derivedFrom, ...provenance } = source;
  const { derivedFrom: _lineageNote, title: _titleNote, ...remarks } = editorial;
  const { origin: _origin, ...kept } = rest;
  return {
    ...(withoutOrigin ? kept : rest),
    source: provenance,
    editorial: remarks,
    values: values.map(({ citation: _citation, ...value }) => value),
    sections: sections.map((section) => ({ ...section, standards: section.standards.map(({ code: _code, citation: _citation, ...standard }) => standard) })),
  };
}
