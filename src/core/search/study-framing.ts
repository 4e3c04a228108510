// A question put for study says so before it asks: "cert test q: peer asks if she'll get her kids
// back", "studying for my peer cert exam - what if I tell a peer I'll come to court and can't",
// "Exam prep: list the things a peer must never do to a client". The framing says who asks and
// why, not the matter: its words named certification ("cert", "get … back": losing one's
// certification) and PrEP ("prep": harm reduction) in questions about neither. A framing is cut
// only where it opens the query and punctuation sets it off from a question that follows; a
// question about the exam itself ("can I put CPRS after my name before I pass the exam") has
// no such opening and stays whole.

/** Credentials and kinds of exam a framing may name before "exam" or "test". */
const EXAM_KIND = String.raw`(?:(?:peer|cps|cpss|cprs|crps|pss|prss|cpsw|cert|certification|certified|ethics|state|board|final|practice|training)\s+){0,3}`;
const EXAM = String.raw`(?:exam|exams|test|tests|quiz|boards)`;
/** A colon or dash sets a framing off; "studying for the CPSS exam, can I use the title yet?" goes on about the exam. */
const SET_OFF = String.raw`\s*[:\-–—]+\s*`;
/** A sentence of its own, too, where the framing says what the asker is doing: "Running a CPSS exam review. Which …". */
const SENTENCE_OFF = String.raw`\s*(?:[:\-–—]+|\.(?=\s))\s*`;

/** Made when first needed: a search that names no exam never builds them. */
const framings = () => [
  // "cert test q:", "Exam prep:", "ethics exam question -", "practice test:"
  new RegExp(String.raw`^\s*${EXAM_KIND}${EXAM}(?:\s+(?:prep|q|qs|question|questions|review|practice|study|studying))?${SET_OFF}`),
  // "studying for my peer cert exam -", "I'm prepping for the CPSS test —"
  new RegExp(String.raw`^\s*(?:(?:i['’]?m|i\s+am)\s+)?(?:studying|prepping|preparing|reviewing|cramming)\s+for\s+(?:my|the|a|an|our)?\s*${EXAM_KIND}(?:${EXAM}|certification|cert)${SET_OFF}`),
  // "Running a CPSS exam review.", "Writing quiz questions for my training:"
  new RegExp(String.raw`^\s*(?:running|teaching|leading|writing|making)\s+(?:a|an|my|the|our|some)?\s*${EXAM_KIND}${EXAM}\s+(?:review|prep|question|questions|q|qs)(?:\s+for\s+(?:my|the|a|an|our)?\s*\w+)?${SENTENCE_OFF}`),
];
let compiled: RegExp[] | undefined;

/** The query without a study framing at its start, or as typed when it has none. */
export function withoutStudyFraming(query: string): string {
  // Matched in lower case, without the `i` flag (which costs V8 a case table per pattern), and
  // only where a framing's word is in the query at all: most queries never compile these.
  const lower = query.toLowerCase();
  if (lower.length !== query.length || !/exam|test|quiz|board/.test(lower)) return query;
  for (const framing of (compiled ??= framings())) {
    const found = framing.exec(lower);
    if (found !== null && found[0].length < query.length) return query.slice(found[0].length);
  }
  return query;
}
