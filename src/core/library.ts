// Puts the built-in codes and users' own codes into one library, refusing names that clash:
// a code that silently shadowed another would make citations ambiguous.
import type { Code, Library } from "../model.js";
import { EthicsError } from "./errors.js";

function namesOf(code: Code): string[] {
  return [code.id, ...code.aliases];
}

export function mergeLibrary(builtin: Library, userCodes: Code[]): Library {
  const owners = new Map<string, Code>();
  for (const code of builtin.codes) for (const name of namesOf(code)) owners.set(name, code);
  for (const code of userCodes) {
    for (const name of namesOf(code)) {
      const owner = owners.get(name);
      if (owner) {
        const kind = owner.origin === "builtin" ? "the built-in code" : "the user code";
        const what = name === code.id ? "id" : "alias";
        throw new EthicsError(
          `${code.file}: ${what} '${name}' clashes with ${kind} '${owner.id}'${owner.origin === "user" ? ` in ${owner.file}` : ""}`,
          what === "id"
            ? `rename it in ${code.file}, e.g. id: ${code.id}-local`
            : `remove or change the alias '${name}' in ${code.file}`,
        );
      }
    }
    for (const name of namesOf(code)) owners.set(name, code);
  }
  return { codes: [...builtin.codes, ...userCodes], topics: builtin.topics };
}
