// Puts the built-in codes and users' own codes into one library, refusing names that clash:
// a code that silently shadowed another would make citations ambiguous.
import type { Code, Library } from "../../model.js";
import { EthicsError } from "../errors.js";

/** A user's code whose id (position 0) or alias (position n: aliases[n - 1]) another code already has. */
export interface Clash {
  code: Code;
  name: string;
  position: number;
  owner: Code;
}

/**
 * Every clash of users' codes with the built-in codes and with each other, in order. A name
 * that clashes stays its first owner's. `isSame` tells a file that is the owner itself (the
 * built-in data/ being validated) from a copy.
 */
export function findClashes(builtin: readonly Code[], userCodes: readonly Code[], isSame: (owner: Code, code: Code) => boolean = () => false): Clash[] {
  const owners = new Map<string, Code>();
  for (const code of builtin) for (const name of [code.id, ...code.aliases]) owners.set(name, code);
  const clashes: Clash[] = [];
  for (const code of userCodes) {
    for (const [position, name] of [code.id, ...code.aliases].entries()) {
      const owner = owners.get(name);
      if (owner && owner !== code && !isSame(owner, code)) clashes.push({ code, name, position, owner });
      else owners.set(name, code);
    }
  }
  return clashes;
}

export function mergeLibrary(builtin: Library, userCodes: Code[]): Library {
  const [clash] = findClashes(builtin.codes, userCodes);
  if (clash) {
    const { code, name, owner } = clash;
    const kind = owner.origin === "builtin" ? "the built-in code" : "the user code";
    const what = clash.position === 0 ? "id" : "alias";
    throw new EthicsError(
      `${code.file}: ${what} '${name}' clashes with ${kind} '${owner.id}'${owner.origin === "user" ? ` in ${owner.file}` : ""}`,
      what === "id" ? `rename it in ${code.file}, e.g. id: ${code.id}-local` : `remove or change the alias '${name}' in ${code.file}`,
    );
  }
  return { ...builtin, codes: [...builtin.codes, ...userCodes] };
}
