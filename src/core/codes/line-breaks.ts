// A standard's text, each item's and each note are one paragraph: normalize.ts makes every run
// of white space one space, as show and the exports print them. A line break the file kept (a
// `|` block, a blank line in a `>` block, a quoted "\n") was joined without a word: a list
// written inside a text read as one run of words. Named where it stands, as a concept tag the
// index does not have is: the code loads as it did, and `ethics validate` says so.
import type { CodeFile } from "./schema.js";

export const LINE_BREAKS_MESSAGE = "its line breaks are not kept: a text is one paragraph (a list goes in items, a paragraph set apart in notes)";

/** A line break before the value's last words: a `|` block's final newline is no break in the text. */
const breaksInside = (value: string) => /\n/.test(value.trimEnd());

/** Where a standard's text, an item's or a note holds a line break, as paths into the file. */
export function textsWithLineBreaks(file: CodeFile): (string | number)[][] {
  const found: (string | number)[][] = [];
  file.sections.forEach((section, sectionAt) => {
    section.standards.forEach((standard, standardAt) => {
      const at = ["sections", sectionAt, "standards", standardAt];
      if (breaksInside(standard.text)) found.push([...at, "text"]);
      standard.items?.forEach((item, itemAt) => {
        if (breaksInside(item.text)) found.push([...at, "items", itemAt, "text"]);
      });
      standard.notes?.forEach((note, noteAt) => {
        if (breaksInside(note)) found.push([...at, "notes", noteAt]);
      });
    });
  });
  return found;
}
