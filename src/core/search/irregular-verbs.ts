// The forms of English verbs that do not follow the rules (drink, drank; steal, stole, stolen):
// the stemmer leaves each its own stem, so an entry term said in one form ("drank again") was not
// met by another ("drinking again", "I drink again"). In the terms' matching each form stands for
// the others, for verbs that name a deed (drink, steal, buy, pay). Not the light verbs (get, go,
// take, make), whose particle makes the meaning, nor the verbs of saying, knowing and perceiving
// (tell, know, think, see), whose forms the terms use in senses of their own ("I'm supposed to
// know this already" is no "knew them before"); nor forms that are other words as well, whose
// other sense the terms use ("drunk": intoxicated; "lost", "lent", "shot", "broke").
import { stem } from "../text.js";

/** Each verb's forms, base first. */
const VERBS: readonly (readonly string[])[] = `
drink drank
pay paid
buy bought
bring brought
sleep slept
fall fell fallen
steal stole stolen
write wrote written
speak spoke spoken
drive drove driven
ride rode ridden
eat eaten
break broke broken
choose chose chosen
forget forgot forgotten
throw threw thrown
swear swore sworn
send sent
spend spent
sell sold
teach taught
catch caught
fight fought
seek sought
shoot shot
shake shook shaken
hide hid hidden
win won
`
  .trim()
  .split("\n")
  .map((line) => line.split(" "));

/** Forms whose other sense the terms use: they stand only for themselves. */
const OTHER_WORDS = new Set(["shot", "won", "broke"]);

/**
 * The verbs of saying, kept out of VERBS: a term's "know" or "think" alone has senses of its own.
 * Where a term's shape says the verb says something of the asker ("told her I'm a nurse",
 * asker-object-terms.ts), their forms stand for each other too.
 */
const SAYING_VERBS: readonly (readonly string[])[] = [["tell", "told"], ["say", "said"], ["think", "thought"]];

/** Each form's stem → the stems of its verb's other forms. */
function otherFormsTable(verbs: readonly (readonly string[])[]): Map<string, readonly string[]> {
  const table = new Map<string, readonly string[]>();
  for (const forms of verbs) {
    const stems = forms.map(stem);
    for (const each of stems) table.set(each, stems.filter((other) => other !== each));
  }
  return table;
}

let formsOf: Map<string, readonly string[]> | undefined;
let sayingFormsOf: Map<string, readonly string[]> | undefined;

/** The stems of the other forms of the verb one of whose forms has the stem `stemmed` ("drinking": drink → drank), or none. */
export function otherFormStems(stemmed: string): readonly string[] {
  formsOf ??= otherFormsTable(VERBS.map((forms) => forms.filter((form) => !OTHER_WORDS.has(form))));
  return formsOf.get(stemmed) ?? NONE;
}

/** otherFormStems of the verbs of saying ("telling": tell → told), or none. */
export function otherSayingFormStems(stemmed: string): readonly string[] {
  sayingFormsOf ??= otherFormsTable(SAYING_VERBS);
  return sayingFormsOf.get(stemmed) ?? NONE;
}
const NONE: readonly string[] = [];
