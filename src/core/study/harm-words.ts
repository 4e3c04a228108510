// A wrong choice must be wrong by what the rule says, not by its tone. The codes name the harms
// they forbid ("derogatory, insulting, or demeaning", "withholding material information"), and a
// missing word's wrong choices come from the codes' words: "Provide a _____ environment" offered
// "insulting", "capable of _____" (contributing) "demeaning", which a candidate rules out
// without reading the rule; where the answer is the harm ("derogatory, insulting, or _____"),
// "sharing" and "training" are ruled out so. So a wrong choice names a harm done to a person
// where the answer does, and only there. The words a reader of the codes takes as harms, by
// stem, not a dictionary's.
import { madeWhenUsed } from "../made-when-used.js";
import { stem } from "../text.js";

const HARMS = [
  "harm hurt injure injury damage wound",
  "insult demean derogatory belittle humiliate ridicule shame mock",
  "abuse abusive exploit exploitation exploitive mistreat neglect negligence incompetence misconduct endanger",
  "threaten threat harass harassment intimidate intimidation coerce coercion coercive bully assault violence retaliate punish",
  "manipulate manipulation deceive deceit deception misrepresent misrepresentation falsify fraud steal theft withhold impersonate",
  "discriminate discrimination",
].join(" ");

const harmStems = madeWhenUsed(() => new Set(HARMS.split(" ").map(stem)));

/** Whether a word names a harm done to a person ("insulting", "exploitation", "threats"). */
export function namesHarm(word: string): boolean {
  return harmStems().has(stem(word.toLowerCase()));
}

/** Whether `word` may be a wrong choice for a blank whose answer is `answer`, by its tone: a harm for a harm, else none. */
export function fitsTone(answer: string): (word: string) => boolean {
  const harm = namesHarm(answer);
  return (word) => namesHarm(word) === harm;
}
