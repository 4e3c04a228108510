// quiz --review: the standards to ask about, from the review record (review-record.ts), among the
// codes loaded. A standard of a code not loaded (a user's code from a --data folder not given
// this time) is left in the record and said so; one no longer in its code (renumbered since) is
// said so too, and taken out of the record by a review taken at a terminal, which writes it.
import { findStandardIn, type Library, type StandardKey } from "../model.js";
import { standardKeyOf } from "../core/codes/standard-text.js";
import { ethicsForLibrary } from "../core/command-start.js";
import { EthicsError } from "../core/errors.js";
import { shellPath } from "../core/shell-path.js";
import { ordinal } from "../core/ordinal.js";
import { plural } from "../render/plural.js";
import { forgetStandards, readReview, reviewFile } from "./review-record.js";

export interface ReviewScope {
  /** standardKeyOf keys of the standards to review, in the codes loaded. */
  keys: Set<string>;
  /** What the quiz says of the standards to review it leaves out. */
  notes: string[];
}

/**
 * `forgetGone`: the review is taken at a terminal, whose answers are written to the record: the
 * standards no longer in their codes leave it, or they would be named before every review. A
 * worksheet, JSON or a scripted quiz writes nothing.
 */
export function reviewScope(library: Library, { forgetGone }: { forgetGone: boolean }): ReviewScope {
  const file = reviewFile(process.env);
  if (file === null) throw new EthicsError("there is no review: without a home folder, no standard missed is kept", "set XDG_STATE_HOME (or ETHICS_STATE_DIR) to an absolute path");
  const read = readReview(file);
  if ("problem" in read) {
    // The command in backticks, as hints print commands: too long for a line, it goes on with a
    // backslash (command-line.ts), where a wrap at a space made two commands of it when pasted.
    const moveAway = `\`mv ${shellPath(file)} ${shellPath(`${file}.old`)}\``;
    const hint = read.inFolder
      ? "the review is kept in ETHICS_STATE_DIR, else XDG_STATE_HOME/ethics, else ~/.local/state/ethics: set one to a folder"
      : read.fix !== undefined
        ? `it was left as it is: ${read.fix}; to start a new record instead, losing what it holds, move it away: ${moveAway}`
        : `it was left as it is; to start a new record, move it away: ${moveAway}`;
    throw new EthicsError(`cannot read the quiz review record: ${file} ${read.problem}`, hint);
  }
  const { standards } = read.record;
  if (standards.length === 0) {
    throw new EthicsError("nothing to review: no standard you missed in a quiz at a terminal is kept", `\`${ethicsForLibrary()} quiz\` at a terminal keeps the standards you miss, for \`${ethicsForLibrary()} quiz --review\``);
  }
  const codes = new Map(library.codes.map((code) => [code.id, code]));
  // A code named by its alias ("wi", typed by hand) is refused, not taken as its code: the quiz
  // keeps answers under the code's id, so an entry under the alias would neither count a right
  // answer nor leave, and a miss would enter the standard a second time.
  const aliasAt = standards.findIndex((entry) => !codes.has(entry.code) && library.codes.some((code) => code.aliases.includes(entry.code)));
  if (aliasAt >= 0) {
    const alias = standards[aliasAt]!.code;
    const id = library.codes.find((code) => code.aliases.includes(alias))!.id;
    throw new EthicsError(
      `cannot read the quiz review record: ${file} names a code by its alias: the ${ordinal(aliasAt + 1)} standard has code "${alias}", where the code's id, "${id}", is expected`,
      `it was left as it is: write "${id}" for "${alias}" in it, as ethics writes each code, by its id`,
    );
  }
  const keys = new Set<string>();
  const unloaded = new Map<string, number>();
  const gone: StandardKey[] = [];
  for (const entry of standards) {
    const code = codes.get(entry.code);
    if (code === undefined) unloaded.set(entry.code, (unloaded.get(entry.code) ?? 0) + 1);
    else if (findStandardIn(code, entry) !== undefined) keys.add(standardKeyOf(entry));
    else gone.push(entry);
  }
  const unloadedCount = [...unloaded.values()].reduce((sum, count) => sum + count, 0);
  const unloadedNote = unloadedCount > 0 ? `${plural(unloadedCount, "standard")} to review ${unloadedCount === 1 ? "is" : "are"} of codes not loaded (${[...unloaded.keys()].join(", ")}): load ${unloaded.size === 1 ? "its folder" : "their folders"} with --data to be asked about ${unloadedCount === 1 ? "it" : "them"}.` : null;
  const forgotten = gone.length > 0 && forgetGone && forgetStandards(file, new Set(gone.map(standardKeyOf)));
  const goneList = gone.map((entry) => `${entry.code} ${entry.section} ${entry.number}`).join("; ");
  const goneNote =
    gone.length === 0 ? null : `${plural(gone.length, "standard")} to review ${gone.length === 1 ? "is" : "are"} no longer in ${gone.length === 1 ? "its code" : "their codes"}${forgotten ? `, and ${gone.length === 1 ? "leaves" : "leave"} the review` : ""}: ${goneList}.`;
  if (keys.size === 0) throw new EthicsError(`none of the standards to review is in the codes loaded`, [unloadedNote, goneNote].filter((note) => note !== null).join(" "));
  return { keys, notes: [unloadedNote, goneNote].filter((note): note is string => note !== null) };
}
