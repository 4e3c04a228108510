// A wrong choice of a missing word must be wrong: "in a way that _____ the giver" (respects)
// read as well with "helps", and a student who chose it had read the rule right. The codes' own
// words give no thesaurus, so here are the near-synonyms among the words of their kind the codes
// use, by stem: a word of a group is never offered where another of its group is the answer.
// Words a small group of readers of the codes would take one for another, not a dictionary.
import { stem } from "../text.js";
import { madeWhenUsed } from "../made-when-used.js";

const GROUPS: readonly string[] = [
  // what a worker does for a person, each as right in "in a way that _____ the giver"
  "respect honor honour value esteem uphold help assist aid support benefit serve empower welcome",
  "maintain keep preserve retain sustain",
  "ensure guarantee",
  "promote encourage foster advance further",
  "avoid prevent refrain",
  "share disclose reveal",
  "discuss talk speak communicate",
  // "saying what is on their mind", "voicing their own needs": either reads as right in the other's place
  "say voice express",
  "understand comprehend grasp",
  "recognize acknowledge appreciate",
  "inform tell notify advise",
  "harm hurt injure damage",
  "protect safeguard shield",
  "allow permit enable",
  "need require",
  "goal aim objective purpose",
  "choice decision option",
  "belief view opinion conviction",
  "ability capacity capability competence",
  "relationship connection bond partnership",
  "empathy compassion sympathy",
  "honest truthful genuine sincere authentic",
  "critical essential vital crucial necessary important",
  "appropriate proper suitable fitting",
  "problem issue concern difficulty",
  "policy rule guideline procedure regulation",
  "promise commitment pledge",
  "safety security",
  "treatment therapy",
  "wellness health wellbeing",
  "growth development progress",
  "engage participate involve",
  "individual person",
  "behavior behaviour conduct",
  "limit boundary",
  "consider weigh",
  "address handle",
  "respectful courteous",
  "serious grave severe",
  "private confidential",
];

/** Each stem's groups, by their places in GROUPS: "respect" and "respectful" share a stem, and each its group. */
const groupsOf = madeWhenUsed(() => {
  const groups = new Map<string, number[]>();
  GROUPS.forEach((group, at) => {
    for (const word of group.split(" ")) groups.set(stem(word), [...(groups.get(stem(word)) ?? []), at]);
  });
  return groups;
});

/** Whether two words are near-synonyms (or forms of one word). */
export function nearSynonyms(a: string, b: string): boolean {
  const [stemA, stemB] = [stem(a), stem(b)];
  if (stemA === stemB) return true;
  const ofB = groupsOf().get(stemB) ?? [];
  return (groupsOf().get(stemA) ?? []).some((group) => ofB.includes(group));
}
