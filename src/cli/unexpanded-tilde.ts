// A path that begins with a ~ the shell did not expand: quoted ('~/x', "~/x"), or after = in
// `--data=~/x`. The shell expands ~ only unquoted, at a word's start (and, in an assignment such
// as `ETHICS_DATA=~/x`, after = and each :), so ethics gets the ~ as is and would look for a
// folder named "~" in the current one. Where that folder exists, it is what was named.
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

export interface UnexpandedTilde {
  /** The path with ~ read as the home folder, as the shell would have. */
  expanded: string;
  expandedExists: boolean;
}

/**
 * Why such a path names nothing, in the words the messages share. `afterEquals`: an option's
 * value may be written `--data=~/x` too; an environment variable's is expanded after its =.
 */
export function tildeNotExpanded(afterEquals: boolean): string {
  return `~ is not expanded in quotes${afterEquals ? " or after =" : ""} (a shell expands it only unquoted, at a word's start)`;
}

/** The path's ~ unexpanded, when it starts with `~` or `~/` and no such folder is here. */
export function unexpandedTilde(path: string): UnexpandedTilde | undefined {
  if (!/^~($|\/)/.test(path) || existsSync(path)) return undefined;
  const expanded = join(homedir(), path.slice(2));
  return { expanded, expandedExists: existsSync(expanded) };
}
