// The forms of English verbs that do not follow the rules (drink, drank; take, took, taken): the
// stemmer leaves each its own stem, so an entry term said in one form ("drank again", "picked up
// a drink") was not met by another ("drinking again", "I drink again"). In the terms' matching,
// each form stands for the others. Not the forms that are other words as well, whose other sense
// the terms use ("drunk": intoxicated; "high"; "left", "lay", "saw", "found", "felt", "lent").
import { stem } from "../text.js";

/** Each verb's forms, base first. */
const VERBS: readonly (readonly string[])[] = `
drink drank
see seen
tell told
say said
pay paid
buy bought
bring brought
think thought
sleep slept
meet met
fall fell fallen
steal stole stolen
keep kept
hold held
write wrote written
speak spoke spoken
drive drove driven
ride rode ridden
eat eaten
begin began begun
break broke broken
choose chose chosen
forget forgot forgotten
know knew known
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
sit sat
stand stood
lose lost
shake shook shaken
hide hid hidden
win won
leave left
feel felt
find found
hear heard
`
  .trim()
  .split("\n")
  .map((line) => line.split(" "));

/** Forms whose other sense the terms use: they stand only for themselves. */
const OTHER_WORDS = new Set(["lost", "left", "felt", "found", "shot", "won", "broke", "done", "made", "kept", "held"]);

let formsOf: Map<string, readonly string[]> | undefined;

/** The stems of the other forms of the verb one of whose forms has the stem `stemmed` ("drinking": drink → drank), or none. */
export function otherFormStems(stemmed: string): readonly string[] {
  if (formsOf === undefined) {
    formsOf = new Map();
    for (const forms of VERBS) {
      const stems = forms.filter((form) => !OTHER_WORDS.has(form)).map(stem);
      for (const each of stems) formsOf.set(each, stems.filter((other) => other !== each));
    }
  }
  return formsOf.get(stemmed) ?? NONE;
}
const NONE: readonly string[] = [];
