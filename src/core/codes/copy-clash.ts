// A copy exported under a new id (export --id) must load beside the codes it was made among:
// its id, and the title and short name marked with that id, are names like any code's, and one
// that reads as another code's section ("Medi-Cal (respect)": show medi-cal respect) is refused
// by validate and --data alike. Found before the file is written, not after it is loaded.
import type { Code } from "../../model.js";
import { findClashes, type Clash } from "../library/merge.js";
import { copyNames } from "./code-file.js";

/** The first clash a copy of `code` under `id` would meet among the `loaded` codes, if any. */
export function copyClash(loaded: readonly Code[], code: Code, id: string): Clash | undefined {
  const copy: Code = { ...code, ...copyNames(code, id), origin: "user" };
  return findClashes(loaded, [copy])[0];
}
