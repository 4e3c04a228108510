// A question that ends by asking for a verdict on what it told ("dating a client, is that
// unethical?", "… . Is this an ethics violation?", "…, would that be against the rules?") says
// the matter first, then asks whether a rule forbids it. The verdict's words are about rules in
// general, yet as rare words of the codes' texts ("unethical", "violation") they carried the few
// standards that use them above those on the matter told. So the query reads without the
// verdict when the rest names a matter and the verdict names none (query.ts planQuery); a verdict
// that names a matter of its own ("…, is that a dual relationship?") is read with the rest. A
// verdict points back at what was told ("that", "this", "it") in a short clause of its own, set
// off by punctuation or a dash; "is it ok to …" asking about something new is one only when it
// is short and names no matter.
import { hasMeaningfulWord, words } from "../text.js";

/** Words of a verdict at most: "would that be considered a violation of my code" and no more. */
const MAX_VERDICT_WORDS = 9;

/** Where a verdict begins: after the last mark that sets a clause off, before its closing marks. */
const LAST_CLAUSE = /^([\s\S]*?)(?:[,.;:?!]|\s[—–-])\s*([^,.;:?!]*?[^\s,.;:?!][?!.]*)\s*$/;
/**
 * A verdict opens by asking whether what was told is something: "is that …", "would it be …".
 * Matched against the lower-cased clause: with the `i` flag, V8 works out every character
 * class's other cases when it compiles a pattern (~1 ms of every search, with asker.ts's).
 */
const VERDICT_OPENING = /^(?:(?:so|and|but|or)\s+)?(?:is|isn't|isnt|was|wasn't|would|wouldn't|could|couldn't|can|does|doesn't|will|won't)\s+(?:that|this|it)\b/;

export interface VerdictApart {
  /** What the question told, without the verdict. */
  rest: string;
  /** The verdict asked for. */
  verdict: string;
}

/** The question split before its last clause, when `isClosing` takes that clause and the rest has meaningful words. */
function closingApart(query: string, isClosing: (clause: string) => boolean): VerdictApart | undefined {
  const found = LAST_CLAUSE.exec(query);
  if (found === null || !isClosing(found[2]!) || !hasMeaningfulWord(found[1]!)) return undefined;
  return { rest: found[1]!, verdict: found[2]! };
}

/** The question split before a closing verdict, if it has one and the rest has meaningful words. */
export function verdictApart(query: string): VerdictApart | undefined {
  return closingApart(query, (verdict) => VERDICT_OPENING.test(verdict.toLowerCase()) && words(verdict).length <= MAX_VERDICT_WORDS);
}

/**
 * Words of a closing that asks for help with what was told ("What are my options?", "Any
 * advice?", "Thoughts?", "What next?"): they name no matter of their own, though some are words
 * of one ("options", "advice") and led the first hits when read. Not "tips" (a tip is a gift)
 * nor "handle" (the codes' own word for what to do about a dual relationship).
 */
const REQUEST_WORDS: ReadonlySet<string> = new Set(["advice", "advise", "options", "option", "thoughts", "suggestions", "ideas", "guidance", "help", "proceed", "next", "steps", "step", "now", "input", "feedback", "recommend", "recommendations"]);
/** Words of such a closing at most: "what would you recommend I do next" and no more. */
const MAX_REQUEST_WORDS = 7;

/**
 * The question split before a closing that asks for help with what was told, if it has one and
 * the rest has meaningful words: `verdict` holds the closing.
 */
export function requestApart(query: string): VerdictApart | undefined {
  return closingApart(query, (closing) => {
    const closingWords = words(closing);
    const meaningful = closingWords.filter((word) => hasMeaningfulWord(word));
    return closingWords.length <= MAX_REQUEST_WORDS && meaningful.length > 0 && meaningful.every((word) => REQUEST_WORDS.has(word));
  });
}
