// Two codes compared, to be read in one sitting: a summary on top (counts; what B adds and drops,
// and where each binds more strongly, by concept), then the detail. A revision reads as eCFR's
// comparisons do: what is new early, a substitution made throughout said once with a count,
// changes of punctuation counted, and only the standards reworded otherwise shown word by word.
// Codes written apart read concept by concept. `full` shows everything: every redline, every
// concept, every standard only one code has, whole.
import { possessive } from "./possessive.js";
import type { CitedRef, CodeDiff, ConceptAlignment, DiffPair, DiffStandard, DiffStatus, Substitution } from "../core/compare/diff.js";
import { lineageOf } from "../core/compare/lineage.js";
import { isTaggedByItsFile, knownConceptOf, type KnownConcept } from "../core/concepts/known-tags.js";
import { bindingTier } from "../core/concepts/strength.js";
import { lineBreakParts, mayHoldWide } from "./columns.js";
import { formatRedline, type WordChange } from "../core/compare/redline.js";
import { foldTitle, fullText } from "../core/compare/wording.js";
import { allStandards, type Code, type Library, type StandardKey } from "../model.js";
import { alikeRows, citeList, citePhrases, groupConcepts, namePhrases, otherStanceRows, renderConceptGroup, renderNames, stricterRows, withinCode, type SideNames } from "./diff-concepts.js";
import { listSeparator, markedApart } from "./list-mark.js";
import { plural } from "./plural.js";
import { type ChangePaints, redlineInWords } from "./redline-in-words.js";
import { span } from "./span.js";
import { paintWords, renderEditorsNote, renderStandardBody } from "./standard-body.js";
import { styleFor, type Paint, type RenderOptions, type Style } from "./style.js";
import { phrasesKeepingNames, visible, visibleLength, wrap, wrapItems, wrapPhrases } from "./terminal-text.js";

export interface DiffRenderOptions extends RenderOptions {
  /** Everything, not the brief report. */
  full?: boolean;
  /** The statuses asked for (--only): the standards of those, without the concept sections. */
  only?: readonly DiffStatus[];
}

/**
 * Below this, two standards say a thing in their own words: a word diff would be all brackets,
 * so both wordings are shown instead (--full; the brief report names the pair).
 */
const REDLINE_SIMILARITY = 0.5;

function codeOf(library: Library, id: string): Code | undefined {
  return library.codes.find((code) => code.id === id);
}

/**
 * git's word diff, `[-removed-]{+added+}` (core/compare/redline.ts), or with --plain each change
 * said in words (redline-in-words.ts). On a colour terminal the brackets stay and the colour is
 * added: colour is never the only mark of a change.
 */
function redline(changes: readonly WordChange[], style: Style, options: Pick<RenderOptions, "color" | "plain">): string {
  const { color } = options;
  if (options.plain) return redlineInWords(changes, changePaints(style, color));
  // A change of spacing alone ("recovery/[- -]resiliency") must not be broken across lines.
  const text = visible(formatRedline(changes)).replace(/\[-( +)-\]|\{\+( +)\+\}/g, (change) => change.replaceAll(" ", "\u00a0"));
  if (!color) return text;
  return text.replace(/\[-[\s\S]*?-\]|\{\+[\s\S]*?\+\}/g, (change) => paintWords(change.startsWith("[") ? style.removed : style.added, change));
}

/** A redline said in words is painted as the marked one is: each word, so that a line may break between them. */
function changePaints(style: Style, color: boolean): ChangePaints {
  return color ? { removed: (text) => paintWords(style.removed, text), added: (text) => paintWords(style.added, text) } : PLAIN_PAINTS;
}

const PLAIN_PAINTS: ChangePaints = { removed: (text) => text, added: (text) => text };

/**
 * Where a removal meets an addition in one word ("[-Resiliency.-]{+resiliency+}"), each with the
 * colour it has (or none) around it.
 */
const REMOVAL_THEN_ADDITION = /(?<=-\](?:\x1b\[[0-9;]*m)?)(?=(?:\x1b\[[0-9;]*m)?\{\+)/;

/**
 * A redline's words, each no line after `indent` holds broken where a removal meets an
 * addition: at COLUMNS=30 "[-Resiliency.-]{+resiliency+}" was cut inside its bracket, "-" at a
 * line's end and "]" on the next. The pieces never share a line: together no line holds them.
 */
function redlineWords(text: string, width: number, indent: string): string[] {
  const room = width - visibleLength(indent);
  return text.split(" ").flatMap((word) => (visibleLength(word) > room ? word.split(REMOVAL_THEN_ADDITION) : [word]));
}

/** A standard of B (or A) named within its own code: "Respect 4", "15" for a code of one section. */
function within(ref: DiffStandard, shortName: string): string {
  return visible(withinCode(ref.citation, shortName));
}

/** A code of one section cites a standard by its number alone: "1", which is "1" in place, not "1 → 1". */
function endsInNumber(citation: string, number: number): boolean {
  return citation === String(number) || citation.endsWith(` ${number}`);
}

/** Whether a pair's two citations end in their numbers, so that a run of pairs reads as one. */
function citedByNumber(pair: DiffPair, diff: CodeDiff): boolean {
  return endsInNumber(within(pair.a, diff.a.shortName), pair.a.number) && endsInNumber(within(pair.b, diff.b.shortName), pair.b.number);
}

/**
 * What A cites and, where B cites it otherwise, what B cites, with the arrow between them:
 * "Respect 11 → 10". Kept apart to be broken between (labelPhrases) and said in words.
 */
interface PairLabel {
  before: string;
  after?: string;
  arrow: string;
}

/**
 * "→"; with --plain, in words, since a screen reader reads an arrow as "right arrow", or not at
 * all: "becomes" in a revision ("become" of several standards), "to" between codes written
 * apart, which are paired, not revised one into the other.
 */
function arrowOf(diff: CodeDiff, options: RenderOptions, several: boolean): string {
  if (!options.plain) return "→";
  if (diff.kind === "apart") return "to";
  return several ? "become" : "becomes";
}

function labelText(label: PairLabel): string {
  return label.after === undefined ? label.before : `${label.before} ${label.arrow} ${label.after}`;
}

/**
 * "Hope 1" where both codes file the standard alike; "Respect 11 → 10"; else both citations.
 * With `last`, the run of pairs from `pair` to it, each one number on from the one before on
 * both sides: "Respect 5–13 → 4–12" ("Respect 5 to 13 become 4 to 12" with --plain).
 */
function pairLabel(pair: DiffPair, diff: CodeDiff, options: RenderOptions, last?: DiffPair): PairLabel {
  const arrow = arrowOf(diff, options, last !== undefined);
  // Codes written apart: each standard by its full citation, which `ethics show` takes back.
  if (diff.kind === "apart") return { before: visible(pair.a.citation), after: visible(pair.b.citation), arrow };
  const a = within(pair.a, diff.a.shortName);
  const b = within(pair.b, diff.b.shortName);
  const numbered = citedByNumber(pair, diff);
  const run = (first: number, end: number | undefined) => (end === undefined ? String(first) : span(first, end, options));
  const [aSpan, bSpan] = [run(pair.a.number, last?.a.number), run(pair.b.number, last?.b.number)];
  const [aRun, bRun] = numbered ? [a.slice(0, a.length - String(pair.a.number).length) + aSpan, b.slice(0, b.length - String(pair.b.number).length) + bSpan] : [a, b];
  const sameTitle = foldTitle(pair.a.sectionTitle) === foldTitle(pair.b.sectionTitle) && numbered;
  if (sameTitle) return aSpan === bSpan ? { before: bRun, arrow } : { before: aRun, after: bSpan, arrow };
  return { before: aRun, after: bRun, arrow };
}

/**
 * The pairs whose standard B cites otherwise than A does, each run of three or more (one number
 * on from the one before, on both sides, as citations list numbers: "10–13") as one label:
 * "Holistic Wellness 1–4 → 2–5", "12 → 99", "Conflicts of Interest 4 → Conduct 10".
 */
function citedAnew(pairs: readonly DiffPair[], diff: CodeDiff, options: RenderOptions): PairLabel[] {
  const runs: DiffPair[][] = [];
  for (const pair of pairs) {
    const run = runs.at(-1);
    const before = run?.at(-1);
    const follows =
      before !== undefined &&
      citedByNumber(pair, diff) &&
      before.moved === pair.moved &&
      before.a.section === pair.a.section &&
      before.b.section === pair.b.section &&
      before.a.number + 1 === pair.a.number &&
      before.b.number + 1 === pair.b.number;
    if (follows) run!.push(pair);
    else runs.push([pair]);
  }
  return runs.flatMap((run) => (run.length >= 3 ? [pairLabel(run[0]!, diff, options, run.at(-1))] : run.map((pair) => pairLabel(pair, diff, options))));
}

/**
 * A pair's label as phrases to wrap, each citation one and "→" between them, so that a line
 * breaks between citations, never inside one ("Safety &" at a line's end and "Protection 8" on
 * the next read as two). "Respect 11 → 10" is one: its "10" alone would cite nothing; so is
 * "Respect 5–13 → 4–12".
 */
function labelPhrases(label: PairLabel, style: Style, width: number): string[] {
  if (label.after !== undefined && /^\d+(?:(?:–| to )\d+)?$/.test(label.after)) {
    const whole = labelText(label);
    // Said in words, a run is wider: where no line holds it, it breaks before what it becomes,
    // never between "4" and "to 12".
    if (visibleLength(whole) <= width - 4 || label.arrow === "→") return [paintWords(style.label, whole)];
    return [paintWords(style.label, label.before), paintWords(style.label, `${label.arrow} ${label.after}`)];
  }
  // A full citation no line holds breaks after its code's name, never inside its section's title
  // ("Working Well Together · Safety &" / "Protection 6").
  const phrases = (citation: string) => (visibleLength(citation) <= width - 4 ? [citation] : citationPhrases(citation)).map((phrase) => paintWords(style.label, phrase));
  return label.after === undefined ? phrases(label.before) : [...phrases(label.before), label.arrow, ...phrases(label.after)];
}

/** A full citation as the phrases a line may break between: its code's name with the "·", then its section and number. */
function citationPhrases(citation: string): string[] {
  const apart = citation.indexOf(" · ");
  return apart < 0 ? [citation] : [citation.slice(0, apart + 2), citation.slice(apart + 3)];
}

/**
 * A redline with its label on the first line; the notes and the editor's notes of B's
 * standards after it. `before` and `after` are the standards each side reads as one: a pair's
 * two, or a merge's or split's parts and the one they fold into.
 */
function renderRedline(label: PairLabel, changes: readonly WordChange[], before: readonly DiffStandard[], after: readonly DiffStandard[], library: Library, options: RenderOptions, style: Style): string {
  const heading = labelPhrases(label, style, options.width);
  heading.push(heading.pop()! + ":");
  const lines = [wrapPhrases([...heading, ...redlineWords(redline(changes, style, options), options.width, "    ")], options.width, "    ", "  ")];
  const [beforeNotes, afterNotes] = [before.flatMap((standard) => standard.notes), after.flatMap((standard) => standard.notes)];
  const notesChanged = beforeNotes.join("\n") !== afterNotes.join("\n");
  const noteChanged = (type: "removed" | "added", note: string) => (options.plain ? redlineInWords([{ type, text: note }], PLAIN_PAINTS) : type === "removed" ? `[-${note}-]` : `{+${note}+}`);
  const notes = notesChanged ? [...beforeNotes.map((note) => noteChanged("removed", note)), ...afterNotes.map((note) => noteChanged("added", note))] : afterNotes;
  const editorial = [...new Set([...before, ...after].flatMap((standard) => standard.editorial))];
  if (notes.length > 0 || editorial.length > 0) {
    const codes = [...before, ...after].map((ref) => ref.code);
    const rest = renderStandardBody({ text: "", items: [], notes, editorial }, options, style, { indent: "    ", names: namesOf(library, ...codes) });
    lines.push(rest.split("\n").slice(1).join("\n"));
  }
  return lines.join("\n");
}

/**
 * A pair's label and how alike its wordings are: "Alaska · Relationship with Clients 4 →
 * Medi-Cal · Cultural Responsiveness & Humility 4 (similarity 0.44)", broken between the
 * citations, never inside one ("Cultural" at a line's end and "Responsiveness & Humility 4" on
 * the next read as two).
 */
function similarityHeading(label: PairLabel, pair: DiffPair, options: RenderOptions, style: Style): string {
  return wrapPhrases([...labelPhrases(label, style, options.width), ...paintWords(style.dim, `(similarity ${pair.similarity.toFixed(2)})`).split(" ")], options.width, "    ", "  ");
}

/** A pair of codes written apart, or worded too differently for a redline: both wordings, whole. */
function renderBoth(label: PairLabel, pair: DiffPair, library: Library, options: RenderOptions, style: Style): string {
  return [
    similarityHeading(label, pair, options, style),
    renderStandardBody(pair.a, options, style, { indent: "       ", firstIndent: `    ${style.removed("A:")} `, names: namesOf(library, pair.a.code, pair.b.code) }),
    renderStandardBody(pair.b, options, style, { indent: "       ", firstIndent: `    ${style.added("B:")} `, names: namesOf(library, pair.a.code, pair.b.code) }),
  ].join("\n");
}

function renderPair(pair: DiffPair, diff: CodeDiff, library: Library, options: RenderOptions, style: Style): string {
  const label = pairLabel(pair, diff, options);
  if (pair.status === "same") return "  " + paintWords(style.label, labelText(label));
  if (pair.similarity < REDLINE_SIMILARITY) return renderBoth(label, pair, library, options, style);
  return renderRedline(label, pair.changes, [pair.a], [pair.b], library, options, style);
}

/**
 * A standard whole, its citation within its code on the first line. Where the first line holds
 * the citation and the text's first word (or, in Chinese, its first character), the citation
 * is the line's indent; else it is a phrase before the text's words, broken inside only where
 * no line holds it: as the indent, at COLUMNS=30 it broke after "Cultural Responsiveness &",
 * and at 50 left "Acknowledge" alone on the line after it.
 */
function renderWhole(body: DiffStandard, shortName: string, library: Library, options: RenderOptions, style: Style): string {
  const names = namesOf(library, body.code);
  const label = `${paintWords(style.label, within(body, shortName))}:`;
  const words = visible(body.text).split(" ");
  const firstPiece = mayHoldWide(words[0]!) ? (lineBreakParts(words[0]!)[0] ?? "") : words[0]!;
  if (visibleLength(`  ${label} ${firstPiece}`) <= options.width) return renderStandardBody(body, options, style, { indent: "    ", firstIndent: `  ${label} `, names });
  const first = wrapPhrases([label, ...words], options.width, "    ", "  ");
  if (body.items.length === 0 && body.notes.length === 0 && body.editorial.length === 0) return first;
  // The rest as every command shows it, under the first line (the text's own line dropped).
  const rest = renderStandardBody({ ...body, text: "" }, options, style, { indent: "    ", names });
  return [first, ...rest.split("\n").slice(1)].join("\n");
}

/**
 * A standard whole under its full citation (as `ethics show` takes it back). A citation wider
 * than the line breaks after the code's name, never inside its section and number: at
 * COLUMNS=60 "Working Well Together · Wellness, Recovery and Resiliency" ended a line and "3"
 * began the next.
 */
function renderCited(ref: DiffStandard, library: Library, options: RenderOptions, style: Style): string {
  const heading = wrapPhrases(
    citationPhrases(visible(ref.citation)).map((phrase) => paintWords(style.citation, phrase)),
    options.width,
    "  ",
    "  ",
  );
  return [heading, renderStandardBody(ref, options, style, { indent: "    ", names: namesOf(library, ref.code) })].join("\n");
}

function quoted(text: string): string {
  return `“${visible(text)}”`;
}

/**
 * “served” → “supported” ×7; “Medi-Cal” added ×2. With --plain, “served” becomes “supported”,
 * 7 times: a screen reader reads "right arrow" and "times 7", or, at its usual punctuation
 * level, "served supported 7".
 */
function renderSubstitution(substitution: Substitution, style: Style, options: RenderOptions): string {
  const [from, to] = [quoted(substitution.from), quoted(substitution.to)];
  const what = substitution.from === "" ? `${to} added` : substitution.to === "" ? `${from} dropped` : `${from} ${options.plain ? "becomes" : "→"} ${to}`;
  const count = substitution.count;
  return paintWords(style.label, what) + (options.plain ? `, ${count === 1 ? "once" : `${count} times`}` : ` ×${count}`);
}

/** In full: where each substitution was made. */
function renderSubstitutionPlaces(substitution: Substitution, shortName: string, options: RenderOptions, style: Style): string {
  const where = citePhrases(substitution.pairs.map((pair) => pair.b), shortName, options);
  const what = renderSubstitution(substitution, style, options);
  // The substitution and the code's name whole where a line holds them: "in Working" at a line's end and "Well Together" on the next read as two.
  const phrases = phrasesKeepingNames(`${what}, in ${visible(shortName)}`, [what, visible(shortName)], options.width - 4);
  return wrapPhrases([...phrases, ...where], options.width, "    ", "  ");
}

/**
 * The names diff's prose may hold, each a phrase a line breaks around (phrasesKeepingNames): both
 * codes' names and their sections' titles. At COLUMNS=50 "Working Well" ended a line of the
 * lineage and "Together." began the next.
 */
function namesOf(library: Library, ...codeIds: string[]): string[] {
  return [...new Set(codeIds)].flatMap((id) => {
    const code = codeOf(library, id);
    return code ? [code.shortName, code.title, ...code.sections.map((section) => section.title)].map(visible) : [];
  });
}

/** Prose wrapped as wrap does, but each of `names` whole where a line can hold it. */
function wrapNamed(text: string, names: readonly string[], width: number, indent = "", firstIndent = indent, paint?: Paint): string {
  const phrases = phrasesKeepingNames(text, names, width - visibleLength(indent));
  return wrapPhrases(paint ? phrases.map((phrase) => paintWords(paint, phrase)) : phrases, width, indent, firstIndent);
}

/** A section's heading, wrapped where a long code name needs it, around the name and a count ("(7 concepts)"). */
function heading(text: string, names: readonly string[], options: RenderOptions, style: Style): string {
  return wrapNamed(text, [...names, ...(text.match(/\(\d+ [^\s()]+\)/g) ?? [])], options.width, "", "", style.heading);
}

/** The lines under the title: what kind of comparison, and the counts. */
function renderSummary(diff: CodeDiff, library: Library, options: DiffRenderOptions, style: Style): string[] {
  const names = namesOf(library, diff.a.code, diff.b.code);
  const a = visible(diff.a.shortName);
  const b = visible(diff.b.shortName);
  const { summary } = diff;
  const { concepts } = summary;
  // Each count whole where a line holds it: "26" at a line's end and "same" on the next, or
  // "“served” → “engaging in" and "services” ×22", read as two.
  const room = options.width - 4;
  const counts = (first: string, items: string[]) =>
    wrapPhrases(
      [first.trimEnd(), ...markedApart(items.map((item) => phrasesKeepingNames(item, [item, a, b], room)), options)],
      options.width,
      "    ",
      "  ",
    );
  const some = (count: number, text: string) => (count > 0 ? [text] : []);
  const to = options.plain ? "to" : "→";
  if (diff.kind === "revision") {
    const reworded = summary.changed - summary.punctuationOnly - summary.substitutionsOnly;
    // What it binds on are the concepts both codes address, as codes written apart say ("72 both address").
    const strength =
      concepts.stricterA + concepts.stricterB === 0 ? "no more or less strongly on any concept both address" : `more strongly on ${concepts.stricterB}, less on ${concepts.stricterA}`;
    return [
      ...renderLineage(diff, library, options, style),
      counts(`${diff.a.standards} ${to} ${diff.b.standards} standards: `, [
        plural(summary.same, "same", "same"),
        plural(summary.changed, "changed", "changed"),
        ...some(summary.added, `${summary.added} new`),
        ...some(summary.removed, `${summary.removed} left out`),
        ...some(summary.merges, plural(summary.merges, "merge")),
        ...some(summary.splits, plural(summary.splits, "split")),
        // Worded the same or not: a standard cited anew is a change a reader of the old code must make.
        ...some(summary.renumbered, `${summary.renumbered} renumbered`),
        ...some(summary.moved, `${summary.moved} moved`),
      ]),
      ...(summary.changed > 0
        ? [counts("Changed: ", [`${summary.punctuationOnly} in punctuation only`, `${summary.substitutionsOnly} by substitutions only`, `${reworded} reworded`])]
        : []),
      ...(diff.substitutions.length > 0 ? [counts("Substituted throughout: ", substitutionsBriefly(diff, options, style))] : []),
      // Each title whole where a line holds it: "Cultural Responsiveness" at a line's end and "& Humility" on the next read as two.
      ...diff.renamedSections.map((rename) => wrapPhrases(["Renamed:", `${visible(rename.a.title)} ${to}`, visible(rename.b.title)], options.width, "    ", "  ")),
      ...citedAnewLines(diff, options, style),
      wrapNamed(`By concept, ${b} adds ${concepts.onlyB}, drops ${concepts.onlyA}; binds ${strength}`, names, options.width, "    ", "  "),
    ];
  }
  // Where neither binds more strongly, how many take one stance: a prohibition and a requirement bind as firmly, but are not alike.
  const neither = concepts.both - concepts.stricterA - concepts.stricterB;
  return [
    wrap("Written apart: compared by what their rules are about.", options.width, "  ", "  "),
    // Every standard of either code counted once, so that the counts add up to both codes'
    // sizes: "4 standards → 1: 0 only in Riverbend · 0 only in Alaska · 0 pairs by wording" left
    // the five it compared by concept unsaid. A pair is two standards.
    counts(`${plural(diff.a.standards, "standard")} ${to} ${diff.b.standards}: `, [
      `${summary.relatedA + summary.relatedB} compared by concept`,
      `${summary.onlyA} only in ${a}`,
      `${summary.onlyB} only in ${b}`,
      pairsByWording(summary.same + summary.changed),
      ...some(summary.merges, plural(summary.merges, "merge")),
      ...some(summary.splits, plural(summary.splits, "split")),
    ]),
    counts("Concepts: ", [`${concepts.both} both address`, onlyCount(concepts.onlyA, a, diff.b.conceptsInferred, b), onlyCount(concepts.onlyB, b, diff.a.conceptsInferred, a)]),
    counts("Binds more strongly: ", [`${a} on ${concepts.stricterA}`, `${b} on ${concepts.stricterB}`, `neither on ${neither}${neither > 0 ? ":" : ""}`]),
    ...(neither > 0 ? [neitherSaid(concepts.alike, neither - concepts.alike, options)] : []),
  ];
}

/**
 * What the concepts neither code binds more strongly on come to, said under their count: "39
 * alike, read the same · 27 as firmly, read otherwise (--full lists them)". "neither on 66 (39
 * alike)" left a reader to guess what either word meant, and where those concepts were: only
 * --full lists them, by the two readings (one rule said two ways, or two rules).
 */
function neitherSaid(alike: number, otherwise: number, options: DiffRenderOptions): string {
  const room = options.width - 4;
  const whole = (phrase: string) => phrasesKeepingNames(phrase, [phrase], room);
  const parts = [...(alike > 0 ? [`${alike} alike, read the same`] : []), ...(otherwise > 0 ? [`${otherwise} as firmly, read otherwise`] : [])];
  const listed = options.full !== true && options.only === undefined ? whole("(--full lists them)") : [];
  return wrapPhrases([...markedApart(parts.map(whole), options), ...listed], options.width, "    ");
}

/** "12 in 6 pairs by wording": the standards, then the pairs they make; "0 pairs by wording". */
function pairsByWording(pairs: number): string {
  return pairs === 0 ? "0 pairs by wording" : `${pairs * 2} in ${plural(pairs, "pair")} by wording`;
}

/**
 * How many substitutions the brief report's summary names, the most frequent first; --full names
 * them all. A user's revision that rewords a word or two in every standard made a summary of
 * dozens of lines before the report itself.
 */
const SUBSTITUTIONS_BRIEFLY = 8;

function substitutionsBriefly(diff: CodeDiff, options: DiffRenderOptions, style: Style): string[] {
  const all = diff.substitutions.map((substitution) => renderSubstitution(substitution, style, options));
  if (options.full === true || all.length <= SUBSTITUTIONS_BRIEFLY) return all;
  return [...all.slice(0, SUBSTITUTIONS_BRIEFLY), paintWords(style.dim, `… and ${all.length - SUBSTITUTIONS_BRIEFLY} more: --full shows them`)];
}

/** How many runs of standards cited anew the brief report names on a line of its summary; --full names them all. */
const CITED_ANEW_BRIEFLY = 8;

/**
 * The standards a revision renumbers or moves, old citation → new, as a section renamed is told:
 * "Renumbered: 12 → 99", "Moved: Conflicts of Interest 4 → Conduct 10". Said where every such
 * pair is listed (--only without changed lists some or none of them: the counts say how many).
 */
function citedAnewLines(diff: CodeDiff, options: DiffRenderOptions, style: Style): string[] {
  if (options.only !== undefined && !options.only.includes("changed")) return [];
  const line = (title: string, pairs: readonly DiffPair[]) => {
    if (pairs.length === 0) return [];
    const labels = citedAnew(pairs, diff, options);
    const shown = options.full === true ? labels : labels.slice(0, CITED_ANEW_BRIEFLY);
    const more = labels.length - shown.length;
    const rest = more > 0 ? [paintWords(style.dim, `… and ${more} more: --full shows them`).split(" ")] : [];
    return [wrapPhrases([title, ...markedApart([...shown.map((label) => labelPhrases(label, style, options.width - 4)), ...rest], options)], options.width, "    ", "  ")];
  };
  return [...line("Renumbered:", diff.pairs.filter((pair) => pair.renumbered)), ...line("Moved:", diff.pairs.filter((pair) => pair.moved))];
}

/**
 * "86 only Alaska", or, where the other code's concepts are inferred (found for about half the
 * matters a reader would), "86 in Alaska, none found in Riverside": not a claim that it is silent.
 */
function onlyCount(count: number, name: string, otherInferred: boolean, otherName: string): string {
  return otherInferred ? `${count} in ${name}, none found in ${otherName}` : `${count} only ${name}`;
}

/** "Medi-Cal derives from Working Well Together.", with the editor's note that it is our reading. */
function renderLineage(diff: CodeDiff, library: Library, options: RenderOptions, style: Style): string[] {
  const aCode = codeOf(library, diff.a.code);
  const bCode = codeOf(library, diff.b.code);
  if (!aCode || !bCode || aCode.id === bCode.id) return [wrap("One code, compared with itself.", options.width, "  ", "  ")];
  const name = (id: string) => visible(codeOf(library, id)?.shortName ?? id);
  const aLineage = lineageOf(library, aCode);
  const bLineage = lineageOf(library, bCode);
  const [derived, original] = bLineage.includes(aCode.id) ? [bCode, aCode] : aLineage.includes(bCode.id) ? [aCode, bCode] : [undefined, undefined];
  const sentence = derived
    ? `A revision: ${name(derived.id)} derives from ${name(original!.id)}.`
    : `Revisions of one code: both derive from ${name(bLineage.find((id) => aLineage.includes(id))!)}.`;
  const lines = [wrapNamed(sentence, [name(aCode.id), name(bCode.id)], options.width, "  ", "  ")];
  const remark = (derived ?? aCode).editorial.derivedFrom ?? (derived ? undefined : bCode.editorial.derivedFrom);
  if (remark) lines.push(renderEditorsNote(remark, options, style, "  ", namesOf(library, aCode.id, bCode.id)));
  return lines;
}

/**
 * What is a guess of a code's concepts: all of them, or, where its file tags some standards, the
 * untagged ones only (a file's tags are a reading of the standard, as the curated index's are).
 */
function inferredSentence(shortName: string, code: Code | undefined, known: KnownConcept): string {
  const standards = code ? allStandards(code) : [];
  const untagged = standards.filter((standard) => !isTaggedByItsFile(standard, known)).length;
  const whose = possessive(visible(shortName));
  if (untagged === standards.length) return `${whose} concepts are inferred from its wording, not curated.`;
  return `${whose} concepts are inferred from its wording for ${untagged} of its ${standards.length} standards, not curated; its file tags the rest.`;
}

export function renderDiff(diff: CodeDiff, library: Library, options: DiffRenderOptions): string {
  const style = styleFor(options);
  const full = options.full === true;
  const a = visible(diff.a.shortName);
  const b = visible(diff.b.shortName);
  const names: SideNames = { a, b };
  const scopeWords = [
    ...(diff.a.sections ? [`(${diff.a.sections.map((section) => visible(section.title)).join(", ")})`] : []),
    ...(diff.theme ? [`on ${visible(diff.theme.name)}`] : []),
  ].join(" ");
  const scope = scopeWords === "" ? [] : phrasesKeepingNames(scopeWords, namesOf(library, diff.a.code, diff.b.code), options.width);
  // Broken between the codes' names, never inside one: "Working Well" at a line's end and "Together" on the next read as two.
  const title = wrapPhrases([paintWords(style.heading, a), style.heading(options.plain ? "to" : "→"), paintWords(style.heading, b), ...scope.map((phrase) => paintWords(style.dim, phrase))], options.width);
  // A code compared with itself is said to be inferred once.
  const sides = diff.a.code === diff.b.code ? [diff.a] : [diff.a, diff.b];
  const inferred = sides.filter((side) => side.conceptsInferred).map((side) => inferredSentence(side.shortName, codeOf(library, side.code), knownConceptOf(library)));
  const blocks: (string | SectionBlock)[] = [
    [title, ...renderSummary(diff, library, options, style), ...inferred.map((line) => wrap(paintWords(style.dim, line), options.width, "  ", "  "))].join("\n"),
  ];
  const section = (title: string, body: string | string[], separator = "\n", whole = false) => {
    const parts = Array.isArray(body) ? body : [body];
    if (parts.length > 0) blocks.push({ title, parts, names: [a, b], separator, ...(whole ? { whole } : {}) });
  };
  const order = standardOrder(library, [diff.a.code, diff.b.code]);
  const rows = diff.concepts;
  const revision = diff.kind === "revision";
  const groups = (list: readonly ConceptAlignment[]) => groupConcepts(list, full, order).map((group) => renderConceptGroup(group, names, options, style, !full));
  // What --only asks for is listed in full, as it always was.
  const context: DetailContext = { diff, library, options, style, full: full || options.only !== undefined, only: options.only, section, order };

  // By concept: what B adds and drops, and where each binds more strongly. A revision tells what
  // it adds first; codes written apart, where they differ on the matters both address.
  const byConcept = options.only === undefined;
  const listNames = (list: readonly ConceptAlignment[]) => (full ? groups(list) : renderNames(list, library.topics, options, style));
  const concepts = (count: number) => plural(count, "concept");
  const stricterA = byConcept ? stricterRows(rows, "a") : [];
  const stricterB = byConcept ? stricterRows(rows, "b") : [];
  const onlyA = byConcept ? rows.filter((row) => row.b.length === 0) : [];
  const onlyB = byConcept ? rows.filter((row) => row.a.length === 0) : [];
  const stricter = () => {
    if (stricterA.length > 0) section(`${a} binds more strongly (${concepts(stricterA.length)})`, groups(stricterA));
    if (stricterB.length > 0) section(`${b} binds more strongly (${concepts(stricterB.length)})`, groups(stricterB));
  };
  if (revision) {
    if (onlyB.length > 0) section(`${b} adds (${concepts(onlyB.length)})`, listNames(onlyB), "\n", true);
    if (onlyA.length > 0) section(`${b} drops (${concepts(onlyA.length)})`, listNames(onlyA));
    stricter();
  } else {
    stricter();
    // Inference finds about half the matters a reader would: where it found none in a code, the
    // title says so rather than that the code is silent.
    const onlyTitle = (name: string, count: number, other: CodeDiff["a"], otherName: string) =>
      `Only ${name} addresses (${concepts(count)}${other.conceptsInferred ? `; none found in ${otherName}` : ""})`;
    if (onlyA.length > 0) section(onlyTitle(a, onlyA.length, diff.b, b), listNames(onlyA));
    if (onlyB.length > 0) section(onlyTitle(b, onlyB.length, diff.a, a), listNames(onlyB));
  }

  if (revision) renderRevisionDetail(context);
  else renderApartDetail(context);
  // --only that lists nothing said so: the summary alone read as a report that had failed.
  if (options.only !== undefined && blocks.length === 1) blocks.push(nothingListed(diff, options.only, options));
  // A matter neither code has a standard on left the summary's zeros alone, read as a report that had failed.
  else if (diff.theme !== null && diff.a.standards === 0 && diff.b.standards === 0 && blocks.length === 1) blocks.push(wrap(nothingOnTheme(diff, diff.theme.name), options.width));

  if (full) {
    const alike = byConcept ? alikeRows(rows) : [];
    if (alike.length > 0) section(`Alike (${plural(alike.length, "concept")})`, groups(alike));
    // As firmly, in other stances, each pair of strengths under a heading that says both: one
    // rule said two ways ("will not violate …", "will respect … confidentiality") or two rules,
    // as the citations tell; an allowance and a description bind neither.
    for (const stances of byConcept ? otherStanceRows(rows) : []) {
      const lead = bindingTier(stances.a) === bindingTier("describes") ? "Neither binds" : "As firmly";
      section(`${lead}: ${a} ${stances.a}, ${b} ${stances.b} (${plural(stances.rows.length, "concept")})`, groups(stances.rows));
    }
    // Each topic's name whole where a line holds it (namePhrases).
    const topicLine = (label: string, topics: readonly { name: string }[]) =>
      wrapPhrases(
        [...phrasesKeepingNames(label, [a, b], options.width - 4), ...(topics.length > 0 ? namePhrases(topics.map((topic) => visible(topic.name)), options.width - 4, options) : [style.dim("none")])],
        options.width,
        "    ",
        "  ",
      );
    section("Topics", [topicLine("both:", diff.topics.both), topicLine(`only ${a}:`, diff.topics.onlyA), topicLine(`only ${b}:`, diff.topics.onlyB)]);
  } else if (byConcept && (diff.pairs.length > 0 || rows.length > 0)) {
    blocks.push(wrap(paintWords(style.dim, "--full shows every redline, every concept, and each standard only one code has, whole."), options.width));
  }
  if (!full && byConcept) fitBrief(blocks, options, style);
  return blocks.map((block) => (typeof block === "string" ? block : sectionText(block, options, style))).join("\n\n");
}

/**
 * What --only found none of, in the report's words: "same" between codes written apart is a
 * pair worded alike, "changed" one that says a rule in other words. Where those were asked of
 * codes written apart, it says that they compare revisions of one code.
 */
function nothingListed(diff: CodeDiff, statuses: readonly DiffStatus[], options: RenderOptions): string {
  const a = visible(diff.a.shortName);
  const b = visible(diff.b.shortName);
  const apart = diff.kind === "apart";
  const phrases: Record<DiffStatus, string> = {
    same: apart ? "worded the same in both" : "the same in both",
    changed: apart ? "paired with one of the other in other words" : "changed",
    added: apart ? `only in ${b}` : `new in ${b}`,
    removed: apart ? `only in ${a}` : `left out of ${b}`,
  };
  const asked = [...new Set(statuses)];
  const lines = [wrap(`Nothing to list: no standard is ${asked.map((status) => phrases[status]).join(" or ")} (--only ${asked.join(",")}).`, options.width)];
  if (apart && asked.some((status) => status === "same" || status === "changed")) {
    lines.push(
      wrap(`Same and changed compare revisions of one code (a code file's source.derivedFrom); ${a} and ${b} were written apart, and pair only standards worded alike.`, options.width),
    );
  }
  return lines.join("\n");
}

/** What a comparison on a matter says where neither code has a standard on it. */
function nothingOnTheme(diff: CodeDiff, themeName: string): string {
  const a = visible(diff.a.shortName);
  const b = visible(diff.b.shortName);
  const theme = visible(themeName);
  if (diff.a.sections !== null) return `No standard of the sections compared is on ${theme}.`;
  // Inference finds about half the matters a reader would: none found is not none there.
  if (diff.a.conceptsInferred || diff.b.conceptsInferred) return diff.a.code === diff.b.code ? `No standard of ${a} on ${theme} was found.` : `No standard of ${a} or ${b} on ${theme} was found.`;
  return diff.a.code === diff.b.code ? `${a} does not address ${theme}.` : `Neither ${a} nor ${b} addresses ${theme}.`;
}

/** A titled list of a report: what fitBrief may shorten. */
interface SectionBlock {
  title: string;
  /** The codes' names, kept whole in the title. */
  names: readonly string[];
  parts: string[];
  separator: string;
  /** Never cut short to fit (what a revision adds). */
  whole?: true;
  /** Entries left out to fit, told at the end of the list. */
  more?: number;
}

/** The brief report is read in one sitting: at most this many lines, whatever the codes. */
export const BRIEF_LINES = 200;

function sectionText(block: SectionBlock, options: RenderOptions, style: Style): string {
  const more = block.more ? [paintWords(style.dim, `  … and ${block.more} more: --full shows them`)] : [];
  return [heading(block.title, block.names, options, style), ...block.parts, ...more].join(block.separator);
}

function lineCount(blocks: readonly (string | SectionBlock)[], options: RenderOptions, style: Style): number {
  return blocks.reduce((sum, block) => sum + (typeof block === "string" ? block : sectionText(block, options, style)).split("\n").length + 1, -1);
}

function linesIn(text: string): number {
  let lines = 1;
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) lines++;
  return lines;
}

/**
 * Shortens the brief report to BRIEF_LINES: the last lists (rewordings, then what only one code
 * has) give up their last entries first, each telling how many it left out. The summary and
 * what B adds stay whole; every other list may be cut, the first too (two codes written apart
 * whose concepts none were found had one list, of their pairs, printed whole: 2,000 lines for
 * codes of 2,000 standards). The report is counted once and each entry given up taken off the
 * count: counted again after each (the whole report joined and split), two codes of 2,000
 * standards each took 18 s to give up their 3,800 entries.
 */
function fitBrief(blocks: (string | SectionBlock)[], options: RenderOptions, style: Style): void {
  let lines = lineCount(blocks, options, style);
  const sections = blocks.filter((block): block is SectionBlock => typeof block !== "string");
  for (let at = sections.length - 1; at >= 0 && lines > BRIEF_LINES; at--) {
    const block = sections[at]!;
    if (block.whole) continue;
    // An entry goes with the separator before it (the blank lines of "\n\n"); the first to go
    // adds the line "… and n more" (sectionText).
    const separatorLines = linesIn(block.separator) - 2;
    while (block.parts.length > 1 && lines > BRIEF_LINES) {
      lines -= linesIn(block.parts.pop()!) + separatorLines;
      if (!block.more) lines += 1 + separatorLines;
      block.more = (block.more ?? 0) + 1;
    }
  }
}

/** Where each standard of the codes stands in its code, to list citations in the code's order. */
function standardOrder(library: Library, codeIds: readonly string[]): (ref: CitedRef | StandardKey) => number {
  const positions = new Map<string, number>();
  for (const id of codeIds) {
    const code = codeOf(library, id);
    if (code) allStandards(code).forEach((standard, index) => positions.set(`${id}\u0000${standard.section}\u0000${standard.number}`, index));
  }
  return (ref) => positions.get(`${ref.code}\u0000${ref.section}\u0000${ref.number}`) ?? 0;
}

interface DetailContext {
  diff: CodeDiff;
  library: Library;
  options: RenderOptions;
  style: Style;
  full: boolean;
  /** The statuses --only asked for, if any. */
  only: readonly DiffStatus[] | undefined;
  section: AddSection;
  order: (ref: CitedRef | StandardKey) => number;
}

type AddSection = (title: string, body: string | string[], separator?: string) => void;

function renderRevisionDetail({ diff, library, options, style, full, only, section, order }: DetailContext): void {
  const a = visible(diff.a.shortName);
  const b = visible(diff.b.shortName);
  const whole = (refs: readonly DiffStandard[], shortName: string) => refs.map((ref) => renderWhole(ref, shortName, library, options, style));
  // In full, what the other code says on the matters of a standard it has no version of.
  const withMatters = (refs: readonly DiffStandard[], side: "a" | "b") => {
    const other = side === "a" ? "b" : "a";
    const otherName = visible(diff[other].shortName);
    return refs.map((ref) => {
      const body = renderWhole(ref, diff[side].shortName, library, options, style);
      if (!full) return body;
      const rows = diff.concepts.filter((row) => row[side].some((each) => sameStandard(each, ref)) && row[other].length > 0);
      const cited = [...new Map(rows.flatMap((row) => row[other]).map((each) => [each.citation, each])).values()].sort((x, y) => order(x) - order(y));
      // The code's name and each concept's whole where a line holds them: "Holding hope" at a line's end and "and not limiting what is possible" on the next read as two.
      const concepts = rows.map((row, at) => `${visible(row.name)}${at === rows.length - 1 ? ":" : ""}`);
      const room = options.width - 6;
      const note = [...phrasesKeepingNames(`Also in ${otherName}, on`, [otherName], room), ...namePhrases(concepts, room, options), ...citePhrases(cited, otherName, options)];
      return [body, wrapPhrases(note.map((phrase) => paintWords(style.dim, phrase)), options.width, "      ", "    ")].join("\n");
    });
  };
  // What B adds, early; then what it leaves out.
  if (diff.onlyB.length > 0) section(`New in ${b}, on matters ${a} does not address`, whole(diff.onlyB, diff.b.shortName));
  if (diff.relatedB.length > 0) section(`New in ${b}, on matters ${a} also addresses`, withMatters(diff.relatedB, "b"));
  if (diff.onlyA.length > 0) section(`Left out of ${b}, on matters it does not address`, whole(diff.onlyA, diff.a.shortName));
  if (diff.relatedA.length > 0) section(`Left out of ${b}, on matters it also addresses`, withMatters(diff.relatedA, "a"));

  // A merge or split is told once, with its redline: its parts read as one against the one
  // standard they fold into. Its pair (one of the parts and that standard) is not told again.
  const folded = new Set<DiffPair>();
  const foldPair = (aRefs: readonly DiffStandard[], bRefs: readonly DiffStandard[]) =>
    diff.pairs.filter((pair) => aRefs.some((ref) => sameStandard(pair.a, ref)) && bRefs.some((ref) => sameStandard(pair.b, ref))).forEach((pair) => folded.add(pair));
  // "Respect 4 + 5"; "Respect 4 and 5" with --plain, where "+" is read "plus", or not at all.
  const list = (refs: readonly DiffStandard[], shortName: string) => citeList(refs.map(citedOf), shortName, options).replaceAll(", ", options.plain ? " and " : " + ");
  const fold = (before: string, after: string, several: boolean): PairLabel => ({ before, after, arrow: arrowOf(diff, options, several) });
  const folds = [
    ...diff.merges.map((merge) => {
      foldPair(merge.a, [merge.b]);
      return renderRedline(fold(list(merge.a, diff.a.shortName), within(merge.b, diff.b.shortName), true), merge.changes, merge.a, [merge.b], library, options, style);
    }),
    ...diff.splits.map((split) => {
      foldPair([split.a], split.b);
      return renderRedline(fold(within(split.a, diff.a.shortName), list(split.b, diff.b.shortName), false), split.changes, [split.a], split.b, library, options, style);
    }),
  ];
  const foldTitle = diff.merges.length > 0 && diff.splits.length > 0 ? `Merged and split in ${b}` : diff.merges.length > 0 ? `Merged in ${b}` : `Split in ${b}`;
  if (folds.length > 0) section(foldTitle, folds);

  if (diff.substitutions.length > 0 && full) section("Substituted throughout", diff.substitutions.map((substitution) => renderSubstitutionPlaces(substitution, diff.b.shortName, options, style)));
  const changed = diff.pairs.filter((pair) => pair.status === "changed" && !folded.has(pair));
  const reworded = changed.filter((pair) => pair.edit === "wording");
  if (reworded.length > 0) section("Reworded", reworded.map((pair) => renderPair(pair, diff, library, options, style)));
  if (full) {
    const minor = changed.filter((pair) => pair.edit !== "wording");
    if (minor.length > 0) section(`Changed only in punctuation or by the substitutions above (${minor.length})`, minor.map((pair) => renderPair(pair, diff, library, options, style)));
    const same = diff.pairs.filter((pair) => pair.status === "same");
    // --only changed without same: the pairs worded the same are those cited anew, listed in full
    // as the others asked for are, their words unmarked.
    if (only !== undefined && !only.includes("same")) {
      const how = same.every((pair) => pair.moved) ? "Moved" : same.some((pair) => pair.moved) ? "Renumbered or moved" : "Renumbered";
      const unmarked = (pair: DiffPair) => renderRedline(pairLabel(pair, diff, options), [{ type: "same", text: fullText(pair.b) }], [pair.a], [pair.b], library, options, style);
      if (same.length > 0) section(`${how}, worded the same (${same.length})`, same.map(unmarked));
    } else {
      // Broken between citations, never inside one: "Advocacy" at a line's end and "2" on the next read as two.
      const labels = same.map((pair, at) => (at === 0 ? "  " : "") + labelText(pairLabel(pair, diff, options)));
      // Piped (no width), one line, as wrap leaves the rest of the report.
      const list = Number.isFinite(options.width) ? wrapItems(labels, options.width, listSeparator(options), "  ") : labels.join(listSeparator(options));
      if (same.length > 0) section(`Same (${same.length})`, list);
    }
  }
}

function renderApartDetail({ diff, library, options, style, full, section }: DetailContext): void {
  const a = visible(diff.a.shortName);
  const b = visible(diff.b.shortName);
  const only = (refs: readonly DiffStandard[], shortName: string) => {
    if (full) return refs.map((ref) => renderCited(ref, library, options, style));
    // A code of one section numbers its standards alone ("15"): its name goes first.
    const named = codeOf(library, refs[0]!.code)?.sections.length === 1 ? `${visible(shortName)} ` : "";
    const [first, ...rest] = citePhrases(refs.map(citedOf), shortName, options);
    return wrapPhrases([named + first!, ...rest], options.width, "    ", "  ");
  };
  const separator = full ? "\n\n" : "\n";
  if (diff.onlyA.length > 0) section(`Only in ${a} (${diff.onlyA.length}): no standard of ${b} shares a concept`, only(diff.onlyA, diff.a.shortName), separator);
  if (diff.onlyB.length > 0) section(`Only in ${b} (${diff.onlyB.length}): no standard of ${a} shares a concept`, only(diff.onlyB, diff.b.shortName), separator);
  const pairs = diff.pairs;
  if (pairs.length === 0) return;
  const brief = (pair: DiffPair) => similarityHeading(pairLabel(pair, diff, options), pair, options, style);
  // Briefly, only standards nearly alike are redlined; the others are named (their concepts are above).
  const rendered = pairs.map((pair) => (full || pair.similarity >= REDLINE_SIMILARITY ? renderPair(pair, diff, library, options, style) : brief(pair)));
  // Pairs of the same words are paired too (the codes were written apart): "in other words" alone was untrue of them.
  const same = pairs.filter((pair) => pair.status === "same").length;
  const how = same === 0 ? "in other words" : same === pairs.length ? "word for word" : `in other words or word for word (${same})`;
  section(`Pairs by wording (${pairs.length}): one rule ${how}`, rendered);
}

function sameStandard(x: StandardKey, y: StandardKey): boolean {
  return x.code === y.code && x.section === y.section && x.number === y.number;
}

function citedOf(ref: DiffStandard) {
  return { code: ref.code, section: ref.section, sectionTitle: ref.sectionTitle, number: ref.number, citation: ref.citation };
}
