// Puts the built-in codes and users' own codes into one library, refusing names that clash:
// a code that silently shadowed another would make citations ambiguous. Every exact name a code
// answers to counts (resolve.ts codeNames): id, aliases, and its short name and title as slugs,
// since `ethics show` takes a printed citation ("Riverside · Boundaries 1") back by its short name.
import type { Code, Library } from "../../model.js";
import { codeNames, findSection, namesByField, type ExactName } from "../codes/resolve.js";
import { VALUES_SECTION } from "../codes/slug.js";
import { yamlScalar } from "../codes/yaml-scalar.js";
import { EthicsError } from "../errors.js";
import { withoutWhatIsMadeVisible } from "../made-visible.js";
import { nameShown } from "../name-shown.js";

/** A user's code with a name another code already answers to. */
export interface Clash {
  code: Code;
  /** The name both answer to, as a slug. */
  name: string;
  /** Where the clashing code writes it: id, aliases[n], shortName or title; and as written. */
  field: string;
  text: string;
  owner: Code;
  ownerField: string;
  /** Where the name reads as the owner's name and then one of its sections (shadowClash): that section's title. */
  section?: string;
  /** Where it reads as the owner's name and then one of its standards: the standard, as `show` names it ("Conduct 4", "12"). */
  standard?: string;
}

/** Who answers to a name so far, and by which of its names. */
interface NameOwner {
  code: Code;
  name: ExactName;
}

/** Each name of the built-in codes, owned by the first code that answers to it. */
function builtinOwners(builtin: readonly Code[], namesOf: (code: Code) => readonly ExactName[]): Map<string, NameOwner> {
  const owners = new Map<string, NameOwner>();
  for (const code of builtin) for (const name of namesOf(code)) if (!owners.has(name.slug)) owners.set(name.slug, { code, name });
  return owners;
}

/**
 * The one rule of who keeps a name that `code` answers to (by `name`) and `owner` took first:
 * the owner, except that between two users' codes an id or alias wins over a short name or
 * title, which is then the one to change. `ownerYields`: the name goes to `code`, and the clash
 * is the owner's; else it is `code`'s.
 */
function clashOver(owner: NameOwner, code: Code, name: ExactName): { clash: Clash; ownerYields: boolean } {
  if (owner.code.origin === "user" && owner.name.level > name.level) {
    return { ownerYields: true, clash: { code: owner.code, name: name.slug, field: owner.name.field, text: owner.name.text, owner: code, ownerField: name.field } };
  }
  return { ownerYields: false, clash: { code, name: name.slug, field: name.field, text: name.text, owner: owner.code, ownerField: owner.name.field } };
}

/**
 * A name of `code` that reads as another code's name and then one of its sections, by id or
 * title: a short name "Medi-Cal · Integrity" (or an id medi-cal-integrity) made `show medi-cal
 * integrity 12` find that code (a code is named by the longest run of words that names one), and
 * its citations print as Medi-Cal's. A clash with that code, which keeps its name.
 */
function shadowClash(owners: ReadonlyMap<string, NameOwner>, code: Code, name: ExactName): Clash | undefined {
  const parts = name.slug.split("-");
  for (let cut = 1; cut < parts.length; cut++) {
    const owner = owners.get(parts.slice(0, cut).join("-"));
    if (owner === undefined || owner.code === code) continue;
    // The rest named as `show` names a section exactly: its id or title, or `values` where the
    // code has value statements (`show alaska values`).
    const rest = parts.slice(cut).join("-");
    const found = findSection(owner.code, rest, ["exact"]);
    if (found.kind === "none") {
      const standard = standardNamed(owner.code, rest);
      if (standard !== undefined) return { code, name: name.slug, field: name.field, text: name.text, owner: owner.code, ownerField: owner.name.field, standard };
      continue;
    }
    const section = found.kind === "ambiguous" ? rest : found.value.kind === "values" ? VALUES_SECTION : found.value.section.title;
    return { code, name: name.slug, field: name.field, text: name.text, owner: owner.code, ownerField: owner.name.field, section };
  }
  return undefined;
}

/**
 * The standard of `code` that `rest` (a slug's words after the code's name) names as `show`
 * reads a citation: a number, in a code of one section, or a section named exactly and a
 * number ("conduct-4"), where that standard exists. A short name "WI 12" passed validate and
 * took `show wi 12 1` over: a name is read as the longest run of words that names a code.
 */
function standardNamed(code: Code, rest: string): string | undefined {
  const parts = /^(?:(.+)-)?(\d+)$/.exec(rest);
  if (parts === null) return undefined;
  const number = Number(parts[2]);
  const section = parts[1] === undefined ? (code.sections.length === 1 ? code.sections[0] : undefined) : sectionNamed(code, parts[1]);
  if (section === undefined || !section.standards.some((standard) => standard.number === number)) return undefined;
  return code.sections.length === 1 ? String(number) : `${section.title} ${number}`;
}

function sectionNamed(code: Code, name: string): Code["sections"][number] | undefined {
  const found = findSection(code, name, ["exact"]);
  return found.kind === "found" && found.value.kind !== "values" ? found.value.section : undefined;
}

/** The first of `code`'s names that reads as another code's section (shadowClash), once every name has its owner. */
function firstShadowClash(owners: ReadonlyMap<string, NameOwner>, code: Code, names: readonly ExactName[]): Clash | undefined {
  for (const name of names) {
    if (!name.slug.includes("-")) continue;
    const clash = shadowClash(owners, code, name);
    if (clash !== undefined) return clash;
  }
  return undefined;
}

/**
 * Every clash of users' codes with the built-in codes and with each other, in order, as
 * clashOver rules each, then each name that reads as another code's section (shadowClash).
 * `isSame` tells a file that is the owner itself (the built-in data/ being validated) from a copy.
 */
export function findClashes(builtin: readonly Code[], userCodes: readonly Code[], isSame: (owner: Code, code: Code) => boolean = () => false): Clash[] {
  const owners = builtinOwners(builtin, codeNames);
  const clashes: Clash[] = [];
  // Each code's names, worked out once (a thousand codes' cost ~20 ms a
  // pass); by field, so that each field that clashes is told, not the first
  // of a code's fields of one name.
  const namesOf = new Map(userCodes.map((code) => [code, namesByField(code)]));
  for (const code of userCodes) {
    for (const name of namesOf.get(code)!) {
      const owner = owners.get(name.slug);
      if (!owner) owners.set(name.slug, { code, name });
      else if (owner.code === code || isSame(owner.code, code)) continue;
      else {
        const { clash, ownerYields } = clashOver(owner, code, name);
        clashes.push(clash);
        if (!ownerYields) continue;
        // The owner's other fields of that name give way with the first.
        for (const same of namesOf.get(owner.code) ?? []) {
          if (same === owner.name || same.slug !== name.slug) continue;
          const yielded = { code: owner.code, name: same };
          clashes.push(clashOver(yielded, code, name).clash);
        }
        owners.set(name.slug, { code, name });
      }
    }
  }
  userCodes.forEach((code) => {
    const clash = firstShadowClash(owners, code, namesOf.get(code)!);
    if (clash !== undefined && !isSame(clash.owner, code)) clashes.push(clash);
  });
  return clashes;
}

/**
 * The codes left when each code `drop` takes (ETHICS_DATA's) is dropped for the first clash
 * findClashes would report of it, one at a time, and the clashes that dropped them, in order:
 * what running findClashes again after each drop leaves, without running it again. Run again,
 * it made 3,000 files of one id in ETHICS_DATA 12 s of every run (each run made 9 million
 * clashes). A code dropped as it is met takes back the names it had taken, and the scan goes
 * on from the next code; only a code dropped for a name a later code outranks it on (an id
 * beating a short name or title) is dropped by starting again.
 */
export function dropClashing(builtin: readonly Code[], userCodes: readonly Code[], drop: (code: Code) => boolean): { kept: Code[]; dropped: Clash[] } {
  // None to drop (every code from --data): all are kept, and merge reports their clashes. The
  // scan below would work out every code's names for nothing, which mergeLibrary then does again
  // (5,000 codes: ~110 ms of a warm `list`'s ~1 s of CPU).
  if (!userCodes.some(drop)) return { kept: [...userCodes], dropped: [] };
  const namesOf = new Map<Code, ExactName[]>();
  const names = (code: Code) => namesOf.get(code) ?? namesOf.set(code, codeNames(code)).get(code)!;
  const dropped: Clash[] = [];
  const codes = [...userCodes];
  start: for (;;) {
    const owners = builtinOwners(builtin, names);
    scan: for (let at = 0; at < codes.length; at++) {
      const code = codes[at]!;
      /** The names this code took (and whose they were), given back if it is dropped. */
      const taken: [string, NameOwner | undefined][] = [];
      for (const name of names(code)) {
        const owner = owners.get(name.slug);
        if (!owner) {
          taken.push([name.slug, undefined]);
          owners.set(name.slug, { code, name });
          continue;
        }
        if (owner.code === code) continue;
        const { clash, ownerYields } = clashOver(owner, code, name);
        if (ownerYields) {
          if (drop(owner.code)) {
            dropped.push(clash);
            codes.splice(codes.indexOf(owner.code), 1);
            continue start;
          }
          taken.push([name.slug, owner]);
          owners.set(name.slug, { code, name });
        } else if (drop(code)) {
          dropped.push(clash);
          for (const [slug, before] of taken.reverse()) {
            if (before) owners.set(slug, before);
            else owners.delete(slug);
          }
          codes.splice(at--, 1);
          continue scan;
        }
      }
    }
    for (let at = 0; at < codes.length; at++) {
      const code = codes[at]!;
      const clash = drop(code) ? firstShadowClash(owners, code, names(code)) : undefined;
      if (clash === undefined) continue;
      dropped.push(clash);
      codes.splice(at--, 1);
    }
    return { kept: codes, dropped };
  }
}

/** "short name" for shortName, "alias" for aliases[2]. */
export function fieldName(field: string): string {
  if (field.startsWith("aliases")) return "alias";
  return field === "shortName" ? "short name" : field;
}

/** "the built-in code 'alaska'", "the short name of 'riverside' in /x/riverside.yaml". */
export function describeOwner(clash: Clash, kind: "long" | "short" = "long"): string {
  const { owner, ownerField } = clash;
  const whose = owner.origin === "builtin" ? `the built-in code '${owner.id}'` : `${kind === "long" ? "the user code " : ""}'${nameShown(owner.id)}' in ${nameShown(owner.file)}`;
  return ownerField === "id" ? whose : `the ${fieldName(ownerField)} of ${whose}`;
}

/** "clashes with the built-in code 'alaska'", or for a name that reads as a section, "reads as the section 'Integrity' of the built-in code 'medi-cal'". */
export function clashWith(clash: Clash, kind: "long" | "short" = "long"): string {
  if (clash.standard !== undefined) return `reads as the standard '${clash.standard}' of ${describeOwner(clash, kind)}`;
  return clash.section === undefined ? `clashes with ${describeOwner(clash, kind)}` : `reads as the section '${clash.section}' of ${describeOwner(clash, kind)}`;
}

/** The name suggested for a short name that clashes: without what shows nothing in it. */
export const localName = (text: string): string => `${withoutWhatIsMadeVisible(text)} (local)`;

/** How to get out of a clash, in the words of the code file. */
export function clashFix(clash: Clash): string {
  const { code, field, name, text } = clash;
  const file = nameShown(code.file);
  if (field === "id") return `rename it in ${file}, e.g. id: ${code.id}-local`;
  if (field.startsWith("aliases")) return `remove or change the alias '${nameShown(name)}' in ${file}`;
  if (field === "shortName") return `change the short name in ${file}, e.g. shortName: ${yamlScalar(localName(text))}`;
  return `change the title in ${file}`;
}

export function mergeLibrary(builtin: Library, userCodes: Code[]): Library {
  const [clash] = findClashes(builtin.codes, userCodes);
  if (clash) {
    const shown = clash.text === clash.name ? `'${nameShown(clash.name)}'` : `'${nameShown(clash.text)}' ('${nameShown(clash.name)}')`;
    throw new EthicsError(`${nameShown(clash.code.file)}: ${fieldName(clash.field)} ${shown} ${clashWith(clash)}`, clashFix(clash));
  }
  // The concepts are read on first use (snapshot.ts): passed on as they are asked for, not copied.
  const merged = { codes: [...builtin.codes, ...userCodes], topics: builtin.topics } as Library;
  Object.defineProperty(merged, "concepts", { enumerable: true, get: () => builtin.concepts });
  return merged;
}
