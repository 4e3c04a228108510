// Small words the grammar of `show` reads between references: they join a reference to
// what follows it. Kept apart so the modules that read them share one list.
import { RANGE_WORDS } from "../ref.js";

/** The words that join a code named last to what comes before it: "integrity 12 in medi-cal". */
export const CODE_LAST_WORDS = new Set(["in", "of"]);

/** Words that join references, or numbers of one: "wi and nc", "5 & 7". */
export const JOINING_WORDS = new Set(["and", "&"]);

/** Small words the grammar reads after a reference: they join it to what follows. */
export const GRAMMAR_WORDS = new Set([...CODE_LAST_WORDS, ...JOINING_WORDS, ...RANGE_WORDS]);
