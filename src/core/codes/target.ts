// Parsed references resolved against the library: what `ethics show` prints. Where the words
// do not say where a code's name ends, it is the longest run of first words that names a code.
// The reading is in target/, a file for each part of it; this is what the rest of ethics imports
// (and `show` loads lazily, as dist/lazy-core-codes-target.cjs).
export { notesOf, type Piece, type Target } from "./target/kinds.js";
export { describeNumbers, numbersTyped } from "./target/numbers.js";
export { NAMES_OF_VALUES } from "./target/section.js";
export { resolveTarget } from "./target/resolve-target.js";
export { namesCodeExactly } from "./target/code-named.js";
export { codeAfterNumber, codeNamedLast } from "./target/code-last.js";
export { showCommandOf } from "./target/show-commands.js";
export { refuseDanglingJoiner, refuseDoubledJoiner } from "./target/joiners.js";
export { resolveArguments } from "./target/arguments.js";
