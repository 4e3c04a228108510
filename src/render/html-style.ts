// The handout's stylesheet, inlined in the page: one file that prints well, with no fonts,
// images or anything else fetched. A word wider than the page (a user's long URL) breaks where
// it must (overflow-wrap: anywhere): printed, what ran past the page's edge was cut off.
/** The margin of a topic's landscape page; the browser test crops the PDF's columns by it. */
export const TOPIC_PAGE_MARGIN_MM = 12;

export const HANDOUT_CSS = `
:root { color-scheme: light; }
body { font: 11pt/1.45 Georgia, "Times New Roman", serif; color: #111; margin: 2rem auto; max-width: 46rem; padding: 0 1rem; overflow-wrap: anywhere; }
body.topic { max-width: none; }
h1 { font-size: 1.6em; margin: 0 0 .2em; line-height: 1.2; }
h2 { font-size: 1.2em; margin: 1.4em 0 .4em; border-bottom: 1px solid #999; padding-bottom: .1em; }
h3 { font-size: 1em; margin: 1em 0 .3em; }
p { margin: .3em 0; }
.jurisdiction { font-style: italic; margin-bottom: .8em; }
dl.provenance { display: grid; grid-template-columns: max-content 1fr; gap: .1em .8em; font-size: .9em; margin: .6em 0 1em; }
dl.provenance dt { font-weight: bold; }
dl.provenance dd { margin: 0; }
dl.provenance .editorial { margin: .1em 0 0; }
.signature { margin: 1.2em 0 0; }
.intro { font-style: italic; }
.standard { margin: .45em 0; }
.standard > p:first-child { padding-left: 2.2em; text-indent: -2.2em; }
.number { display: inline-block; min-width: 2.2em; text-indent: 0; font-weight: bold; }
.items { list-style: none; margin: .2em 0 .2em 2.2em; padding: 0; }
.items li { padding-left: 1.6em; text-indent: -1.6em; }
.label { display: inline-block; min-width: 1.6em; text-indent: 0; }
.note, .editorial { margin-left: 2.2em; font-size: .92em; }
.note .tag { font-weight: bold; }
.editorial { color: #555; font-style: italic; }
.values li, .sources li { margin: .2em 0; }
dl.definitions dt { font-weight: bold; margin-top: .4em; }
dl.definitions dd { margin: 0 0 0 1.5em; }
.attestation { margin-top: 1.5em; }
.strength { font: bold .78em/1 system-ui, sans-serif; text-transform: uppercase; letter-spacing: .04em; padding: .15em .4em; border: 1px solid currentColor; border-radius: .25em; white-space: nowrap; }
.strength.prohibits { color: #a00; }
.strength.requires { color: #064; }
.strength.defers { color: #850; }
.strength.aspires, .strength.allows, .strength.describes { color: #444; }
.qualifiers { font-size: .85em; color: #444; }
/* a user's code, and what of it is the tool's guess: not curated as the built-in codes are */
.origin { font-weight: normal; font-style: italic; }
.inferred { font-size: .85em; font-style: italic; color: #444; }
.discussion .governed .inferred { font-size: inherit; }
table.crosswalk { border-collapse: collapse; width: 100%; table-layout: fixed; font-size: .9em; }
table.crosswalk + table.crosswalk { margin-top: 1.5em; }
table.crosswalk th, table.crosswalk td { border: 1px solid #999; padding: .4em .5em; vertical-align: top; text-align: left; }
table.crosswalk th { background: #eee; }
table.crosswalk .standard > p:first-child { padding-left: 0; text-indent: 0; }
table.crosswalk .citation { font-weight: bold; display: block; margin-bottom: .15em; }
table.crosswalk .items, table.crosswalk .note, table.crosswalk .editorial { margin-left: .6em; }
.silent { color: #666; font-style: italic; }
footer.printed { margin-top: 2em; font-size: .8em; color: #555; border-top: 1px solid #ccc; padding-top: .4em; }
.student { display: flex; align-items: baseline; gap: .5em; margin: 1em 0; }
.student .blank { flex: 1; border-bottom: 1px solid #000; margin-right: 1.5em; }
/* read by a screen reader, not shown nor printed */
.unseen { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.same-quiz, .quiz-note { font-size: .9em; color: #444; }
ol.questions, ol.answers { padding-left: 1.8em; }
li.question, li.answer { margin: 0 0 1.1em; }
.passage { margin: .4em 0 .5em .2em; padding-left: .8em; border-left: 2px solid #999; }
ol.choices { list-style: none; margin: .4em 0 0 .2em; padding: 0; }
ol.choices li { padding-left: 1.8em; text-indent: -1.8em; margin: .15em 0; }
ol.choices .label { min-width: 1.8em; }
/* a choice's hanging indent is inherited: its standard's lines begin together, inside the quote */
ol.choices .passage, ol.choices .editorial { text-indent: 0; }
section.answers { break-before: page; }
.discussion { display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); gap: 0 2em; margin-top: 1.5em; break-before: page; }
.discussion h2, .discussion .intro { grid-column: 1 / -1; }
.discussion .point { break-inside: avoid; }
.discussion .governed { font-size: .85em; color: #444; }
.discussion ul { margin: .2em 0 .8em; padding-left: 1.2em; }
@page { margin: 16mm 15mm; }
@page topic { size: landscape; margin: ${TOPIC_PAGE_MARGIN_MM}mm; }
body.topic { page: topic; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 10.5pt; color: #000; }
  article.code + article.code { break-before: page; }
  h1, h2, h3 { break-after: avoid; }
  .standard, .items li, li.question, li.answer { break-inside: avoid; }
  .strength { border-color: #000; }
  th { background: none; }
  /* On paper nothing under 9pt and no light grey: a qualifier (.85em of a table's .9em) came
     out 8pt #444, a strength 7pt, the discussion's citations and the footer 8–9pt grey. */
  table.crosswalk { font-size: 10pt; }
  .strength, .qualifiers, .inferred, .discussion .governed, footer.printed { font-size: 9pt; }
  .note, .editorial { font-size: 9.5pt; }
  .qualifiers, .inferred, .discussion .governed, .editorial, .silent, footer.printed, .same-quiz, .quiz-note { color: #222; }
  .strength.requires { color: #053; }
  .strength.defers { color: #640; }
  .strength.aspires, .strength.allows, .strength.describes { color: #222; }
}
`;
