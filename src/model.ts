// The normalized model every command works on. Built from the YAML files by core/codes/load.ts;
// printed as-is by `--json` and `export`, so these shapes are the JSON contract (README).

export interface Provenance {
  /** The published document, named as the source names itself (its title or heading). */
  document: string;
  issuer?: string;
  adopted?: string;
  notice?: string;
  /** The source's own provenance sentence, verbatim. */
  statement?: string;
  /** A closing attribution, verbatim. */
  attribution?: string;
  url?: string;
  /**
   * File name of the raw text the code was transcribed from (test/fixtures/sources/ for the
   * built-in codes): what the fidelity test reads. Never shown as provenance.
   */
  transcript?: string;
  /**
   * The id of the code this one was derived from (a revision of it): its lineage. `diff` compares
   * codes of one lineage as versions, word by word, and others as codes written apart.
   */
  derivedFrom?: string;
}

/**
 * The editor's remarks on a code's own fields: where a title is the editor's rather than the
 * source's, or where the source is odd (a notice named only in a footnote). Never the source's words.
 */
export interface CodeEditorial {
  title?: string;
  document?: string;
  issuer?: string;
  adopted?: string;
  notice?: string;
  scope?: string;
  attestation?: string;
  signature?: string;
  derivedFrom?: string;
}

/** The editor's remarks on a section's heading or intro (a heading normalized from the source's). */
export interface SectionEditorial {
  title?: string;
  intro?: string;
}

export interface Paragraph {
  heading?: string;
  text: string;
}

export interface ValueStatement {
  number: number;
  text: string;
  citation: string;
}

export interface Definition {
  term: string;
  text: string;
}

export interface Item {
  label: string;
  text: string;
}

/** Where a standard stands: enough to cite it and to find it again. */
export interface Ref {
  code: string;
  section: string;
  sectionTitle: string;
  number: number;
  text: string;
}

export interface Standard extends Ref {
  items: Item[];
  /** Notes the source itself attaches to the standard, verbatim. */
  notes: string[];
  /** Our remarks on oddities of the source; never the source's words. */
  editorial: string[];
  citation: string;
  /**
   * The concept ids a user's code file tags the standard with. The built-in codes' standards are
   * tagged in the concept index (data/concepts/) instead.
   */
  concepts?: string[];
}

export interface Section {
  id: string;
  title: string;
  intro: string | null;
  standards: Standard[];
  editorial: SectionEditorial;
}

export type Numbering = "source" | "position";

export interface Code {
  id: string;
  aliases: string[];
  title: string;
  shortName: string;
  jurisdiction: string;
  numbering: Numbering;
  source: Provenance;
  /** The source's own sentence on whom the code is for or binds, verbatim; null where it says neither. */
  scope: string | null;
  preamble: Paragraph[];
  values: ValueStatement[];
  definitions: Definition[];
  sections: Section[];
  attestation: string | null;
  /** The signature lines under the attestation, one a line, as the source has them. */
  signature: string[];
  references: string[];
  editorial: CodeEditorial;
  /** "builtin" for the codes shipped in data/, "user" for codes added with --data / ETHICS_DATA. */
  origin: "builtin" | "user";
  /** The YAML file the code was read from (relative to data/ for built-in codes). */
  file: string;
}

export interface Library {
  codes: Code[];
  topics: Topic[];
  /** The concept index, in topic order. */
  concepts: Concept[];
  /**
   * What people type when a built-in standard is what they need (data/questions/), by
   * standardKeyOf: search's second field. Only the build reads it; the built-in index carries it.
   */
  asked?: ReadonlyMap<string, readonly string[]>;
}

export function allStandards(code: Code): Standard[] {
  // Plain loops: flatMap took ~20 us for a Medi-Cal-sized code on Node 20 (~2 us so), and the
  // Anki export asks once a code, a thousand codes' worth.
  const standards: Standard[] = [];
  for (const section of code.sections) for (const standard of section.standards) standards.push(standard);
  return standards;
}

/** A code's number of sections and of standards. */
export interface CodeSize {
  sections: number;
  standards: number;
}

/**
 * Where a code carries its size said ahead: a symbol from the global registry, because the CLI
 * bundles each lazily loaded module with its own copy of this one (a WeakMap here would be one
 * per copy). Not enumerable, so no copy, spread or JSON of the code carries it.
 */
const SIZE = Symbol.for("ethics.codeSize");

/** Says a code's size ahead of its sections: a cached user's code whose standards are read only on use. */
export function rememberSize(code: Code, size: CodeSize): void {
  Object.defineProperty(code, SIZE, { value: size, enumerable: false });
}

/** A code's size, without reading its sections when it is known ahead (rememberSize). */
export function codeSize(code: Code): CodeSize {
  return (code as Code & { [SIZE]?: CodeSize })[SIZE] ?? { sections: code.sections.length, standards: allStandards(code).length };
}

const DERIVED_FROM = Symbol.for("ethics.derivedFrom");

/** Says a code's lineage (source.derivedFrom, null for none) ahead of its source: as rememberSize does. */
export function rememberDerivedFrom(code: Code, parent: string | null): void {
  Object.defineProperty(code, DERIVED_FROM, { value: parent, enumerable: false });
}

/** The code this one derives from, without reading its source when it is known ahead (rememberDerivedFrom). */
export function derivedFromOf(code: Code): string | undefined {
  const known = (code as Code & { [DERIVED_FROM]?: string | null })[DERIVED_FROM];
  return known === undefined ? code.source.derivedFrom : (known ?? undefined);
}

const OWN_CONCEPT_TAGS = Symbol.for("ethics.ownConceptTags");

/** Says ahead whether a code's file tags any of its standards with concepts: as rememberSize does. */
export function rememberOwnConceptTags(code: Code, tags: boolean): void {
  Object.defineProperty(code, OWN_CONCEPT_TAGS, { value: tags, enumerable: false });
}

/**
 * Whether a code's file tags any of its standards with concepts (`concepts:`), without reading
 * its standards when it is known ahead (rememberOwnConceptTags): what the quiz asks of every
 * user's code in scope before looking for a situation's answer among its standards.
 */
export function hasOwnConceptTags(code: Code): boolean {
  return (code as Code & { [OWN_CONCEPT_TAGS]?: boolean })[OWN_CONCEPT_TAGS] ?? allStandards(code).some((standard) => (standard.concepts?.length ?? 0) > 0);
}

/** The standard a reference points at, in the library it came from. */
export function findStandard(library: Library, ref: StandardKey): Standard | undefined {
  return findStandardIn(library.codes.find((code) => code.id === ref.code), ref);
}

/** The standard `ref` names in `code` (the code it names, found already), if there is one. */
export function findStandardIn(code: Code | undefined, ref: StandardKey): Standard | undefined {
  return code?.sections.find((section) => section.id === ref.section)?.standards.find((standard) => standard.number === ref.number);
}

export function toRef(standard: Ref): Ref {
  const { code, section, sectionTitle, number, text } = standard;
  return { code, section, sectionTitle, number, text };
}

/**
 * A standard as `show --json` gives one, without a user's file's own concept tags: for a report
 * that says, under `concepts`, what the standard is about by the index (topic, search).
 */
export function wholeStandard(standard: Standard): Omit<Standard, "concepts"> {
  const { code, section, sectionTitle, number, text, items, notes, editorial, citation } = standard;
  return { code, section, sectionTitle, number, text, items, notes, editorial, citation };
}

/** Points at one standard without carrying its text (topics.yaml, indexes). */
export interface StandardKey {
  code: string;
  section: string;
  number: number;
}

/** A theme practitioners think in (gifts, dual relationships, …) and the standards on it. */
export interface Topic {
  id: string;
  name: string;
  description: string;
  /** Words and phrases people use for the theme; widen search queries and infer topics for user codes. */
  synonyms: string[];
  /** Curated by reading the built-in codes: its concepts' standards, and any it lists itself. */
  standards: StandardKey[];
  /**
   * "worker": its matters are the worker's own condition (their use of substances, their own
   * recovery), so that a word of it said of someone else ("he used meth") names none of them.
   */
  whose?: "worker";
}

/**
 * How strongly a standard binds, read from its wording. "allows" is said only of a standard on
 * a matter that its exception governs ("Shall not provide services under the influence … except:
 * a. Drugs or medications prescribed …" allows prescribed medication): the exception releases
 * the matter from the rule.
 */
export type Strength = "prohibits" | "requires" | "defers" | "aspires" | "allows" | "describes";

/** Strongest first: how the crosswalk ranks them. */
export const STRENGTH_ORDER: readonly Strength[] = ["prohibits", "requires", "defers", "aspires", "allows", "describes"];

/**
 * What a whole standard's wording reads as, strongest first: what `--strength` takes. A
 * standard allows only on the matter of its exception, and every exception is to a rule, so
 * no standard read whole allows.
 */
export const WORDING_STRENGTHS: readonly Strength[] = STRENGTH_ORDER.filter((strength) => strength !== "allows");

/**
 * A matter a rule governs (accepting gifts, lending money, the duty to warn), as a legal or
 * medical index files it: one heading under a topic, the many ways practitioners say it, the
 * questions it answers, and the standards of the built-in codes that govern it.
 */
export interface Concept {
  id: string;
  name: string;
  /** The topic (theme) the concept is filed under. */
  topic: string;
  description: string;
  /** Entry terms: the words, phrases, slang, abbreviations and brand names people use for it. */
  terms: string[];
  /** Plain-language questions the concept's standards answer. */
  questions: string[];
  /** Curated by reading the built-in codes. */
  standards: StandardKey[];
  /**
   * General rules that bear on the matter without naming it, as an index's "see also" (a
   * conflicts-of-interest rule for accepting gifts). Search ranks them below the standards
   * above, and the quiz never offers them as a wrong choice on the matter; they are no tag: not
   * for topics, comparison, the quiz's answers or "every standard has a concept".
   */
  related?: StandardKey[];
  /**
   * "worker": the matter is something the worker does to someone (abuse, threats, force),
   * so its words said to the asker ("a client yelled at me") tell of another's conduct toward
   * the worker, which the concept does not govern; search then reads them as naming it not.
   * "colleague": the matter is a colleague's conduct, so a question in which a colleague does
   * what another concept governs ("a coworker is taking advantage of a client") names it too.
   */
  actor?: "worker" | "colleague";
}
