// Puts the built-in codes and users' own codes into one library, refusing names that clash:
// a code that silently shadowed another would make citations ambiguous. Every exact name a code
// answers to counts (resolve.ts codeNames): id, aliases, and its short name and title as slugs,
// since `ethics show` takes a printed citation ("Riverside · Boundaries 1") back by its short name.
import type { Code, Library } from "../../model.js";
import { codeNames, type ExactName } from "../codes/resolve.js";
import { yamlScalar } from "../codes/yaml-scalar.js";
import { EthicsError } from "../errors.js";

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
}

/**
 * Every clash of users' codes with the built-in codes and with each other, in order. A name
 * stays its first owner's, except that between two users' codes an id or alias wins over a
 * short name or title (which is then the one to change). `isSame` tells a file that is the
 * owner itself (the built-in data/ being validated) from a copy.
 */
export function findClashes(builtin: readonly Code[], userCodes: readonly Code[], isSame: (owner: Code, code: Code) => boolean = () => false): Clash[] {
  const owners = new Map<string, { code: Code; name: ExactName }>();
  for (const code of builtin) for (const name of codeNames(code)) if (!owners.has(name.slug)) owners.set(name.slug, { code, name });
  const clashes: Clash[] = [];
  for (const code of userCodes) {
    for (const name of codeNames(code)) {
      const owner = owners.get(name.slug);
      if (!owner) owners.set(name.slug, { code, name });
      else if (owner.code === code || isSame(owner.code, code)) continue;
      else if (owner.code.origin === "user" && owner.name.level > name.level) {
        clashes.push({ code: owner.code, name: name.slug, field: owner.name.field, text: owner.name.text, owner: code, ownerField: name.field });
        owners.set(name.slug, { code, name });
      } else {
        clashes.push({ code, name: name.slug, field: name.field, text: name.text, owner: owner.code, ownerField: owner.name.field });
      }
    }
  }
  return clashes;
}

/** "short name" for shortName, "alias" for aliases[2]. */
export function fieldName(field: string): string {
  if (field.startsWith("aliases")) return "alias";
  return field === "shortName" ? "short name" : field;
}

/** "the built-in code 'alaska'", "the short name of 'riverside' in /x/riverside.yaml". */
export function describeOwner(clash: Clash, kind: "long" | "short" = "long"): string {
  const { owner, ownerField } = clash;
  const whose = owner.origin === "builtin" ? `the built-in code '${owner.id}'` : `${kind === "long" ? "the user code " : ""}'${owner.id}' in ${owner.file}`;
  return ownerField === "id" ? whose : `the ${fieldName(ownerField)} of ${whose}`;
}

/** How to get out of a clash, in the words of the code file. */
export function clashFix(clash: Clash): string {
  const { code, field, name, text } = clash;
  if (field === "id") return `rename it in ${code.file}, e.g. id: ${code.id}-local`;
  if (field.startsWith("aliases")) return `remove or change the alias '${name}' in ${code.file}`;
  if (field === "shortName") return `change the short name in ${code.file}, e.g. shortName: ${yamlScalar(`${text} (local)`)}`;
  return `change the title in ${code.file}`;
}

export function mergeLibrary(builtin: Library, userCodes: Code[]): Library {
  const [clash] = findClashes(builtin.codes, userCodes);
  if (clash) {
    const shown = clash.text === clash.name ? `'${clash.name}'` : `'${clash.text}' ('${clash.name}')`;
    throw new EthicsError(`${clash.code.file}: ${fieldName(clash.field)} ${shown} clashes with ${describeOwner(clash)}`, clashFix(clash));
  }
  // The concepts are read on first use (snapshot.ts): passed on as they are asked for, not copied.
  const merged = { codes: [...builtin.codes, ...userCodes], topics: builtin.topics } as Library;
  Object.defineProperty(merged, "concepts", { enumerable: true, get: () => builtin.concepts });
  return merged;
}
