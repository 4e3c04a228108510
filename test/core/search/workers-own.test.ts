// A theme about the worker's own condition (topics.yaml `whose: worker`): a word of its matters
// said of someone else ("he used meth", "client got triggered") names none of them.
import { describe, expect, it } from "vitest";
import { saidOfSomeoneElse } from "../../../src/core/search/someone.js";
import { planQuery } from "../../../src/core/search/query.js";
import { search } from "../../../src/core/search/search.js";
import { builtIndex, readBuiltinLibrary } from "../../eval/evaluate.js";
import { words } from "../../../src/core/text.js";

const root = new URL("../../..", import.meta.url).pathname;
const library = readBuiltinLibrary(root);
const index = builtIndex(library);

describe("saidOfSomeoneElse", () => {
  it.each([
    ["he used meth over the weekend", "used", true],
    ["my client relapsed", "relapsed", true],
    ["teen client vaping thc pens", "vaping", true],
    ["her relapse scared me", "relapse", true],
    ["a peer got triggered in group", "triggered", true],
    ["i relapsed last weekend", "relapsed", false],
    ["my drinking is getting worse", "drinking", false],
    ["should i tell him i relapsed", "relapsed", false],
    ["listening to his trauma triggered me", "triggered", false],
    // "my" says the asker only right before the matter: the brother relapsed.
    ["my brother relapsed", "relapsed", false],
    ["my relapse", "relapse", false],
    // Nobody within reach: nothing said of anyone else.
    ["relapsed last wknd do i tell my sup", "relapsed", false],
    ["the peer specialist handbook says drinking", "drinking", false],
    // A person after a preposition is no subject; one joined with the asker says the asker too.
    ["is it ok to drink with clients at a party", "party", false],
    ["me and my client got drunk together", "drunk", false],
    ["me and a peer got high after group", "high", false],
    ["he and his friend got high", "high", true],
    // The asker after the matter, as its object or after "on".
    ["my supervisor says she smelled alcohol on me at work", "alcohol", false],
    ["a client smelled alcohol on my breath at group", "alcohol", false],
    ["he used meth in my car", "meth", true],
    // "a peer" as the asker's own role.
    ["am i allowed to work as a peer while taking prescribed medication", "prescribed", false],
    ["i'm a peer and taking suboxone", "suboxone", false],
    ["being a peer and on methadone myself", "methadone", false],
    ["i'm a family peer and taking suboxone", "suboxone", false],
    ["as a certified youth peer on methadone", "methadone", false],
    ["the family peer relapsed", "relapsed", true],
    ["my client told me he relapsed", "relapsed", true],
    ["a peer i work with said she relapsed", "relapsed", true],
    ["the peer specialist said her client relapsed", "relapsed", true],
    // A pronoun for the role asked about in general is the worker; a colleague told of is not.
    ["what should a peer specialist do when their own mental health starts slipping", "mental", false],
    ["can a pss keep working if she relapsed", "relapsed", false],
    ["should a recovery coach tell his supervisor about his relapse", "relapse", false],
    ["a peer specialist told me she relapsed", "relapsed", true],
    ["a peer specialist whose client said he relapsed", "relapsed", true],
    ["my coworker is a peer worker and i think she relapsed", "relapsed", true],
  ])("%j at %s: %s", (text, word, expected) => {
    const sequence = words(text);
    expect(saidOfSomeoneElse(sequence, sequence.indexOf(word))).toBe(expected);
  });
});

describe("a matter whose own words open with the asker", () => {
  it.each([
    ["i'm a family peer and i'm exhausted", "exhausted", false],
    ["my client said i'm exhausted", "exhausted", false],
    ["he says he's exhausted", "exhausted", true],
  ])("%j, the term from the last 'i' or 'he' to %s: %s", (text, word, expected) => {
    const sequence = words(text);
    const end = sequence.lastIndexOf(word);
    const start = Math.max(sequence.lastIndexOf("i", end), sequence.lastIndexOf("he", end));
    expect(saidOfSomeoneElse(sequence, start, end)).toBe(expected);
  });

  it("'I'm a family peer and I'm exhausted' names self-care", () => {
    const named = planQuery(index, "I'm a family peer and I'm exhausted").matches.map((match) => match.concept.id);
    expect(named).toContain("self-care-practices");
  });
});

describe("a question about someone else's use or recovery", () => {
  const named = (query: string) => planQuery(index, query).matches.map((match) => match.concept.id);

  it("marks the themes whose matters are the worker's own, and their concepts", () => {
    const marked = index.concepts.filter((concept) => concept.workersOwn).map((concept) => concept.id);
    expect(marked).toEqual(expect.arrayContaining(["substance-use-and-impairment", "self-care-and-own-recovery", "working-under-the-influence", "relapse-and-changes-in-recovery"]));
    expect(marked).not.toContain("keeping-confidences");
  });

  it.each([
    ["teen client vaping thc pens, do i have to tell the parents", "cannabis-use"],
    ["a man in our program told me he used meth over the weekend", "working-under-the-influence"],
    // The term's own small words ("under the") do not use up the reach.
    ["he was drunk in group", "working-under-the-influence"],
    ["he was under the influence in group", "working-under-the-influence"],
    ["a peer's mental health is getting worse, what do i do", "relapse-and-changes-in-recovery"],
    ["how do i support someone whose mental health is slipping", "relapse-and-changes-in-recovery"],
  ])("%j does not name %s", (query, concept) => {
    expect(named(query)).not.toContain(concept);
  });

  it.each([
    ["i was vaping thc pens before work", "cannabis-use"],
    ["I relapsed last weekend, do I have to tell my supervisor", "relapse-and-changes-in-recovery"],
    ["listening to his trauma triggered me", "relapse-and-changes-in-recovery"],
    ["am i allowed to work as a peer while taking prescribed medication", "prescribed-and-over-the-counter-medication"],
    ["my mental health is getting worse and i have clients all week", "relapse-and-changes-in-recovery"],
  ])("%j still names %s", (query, concept) => {
    expect(named(query)).toContain(concept);
  });
});

describe("a search about someone else's use", () => {
  // The rules on working impaired, which a concept's own words ("drunk", "high") lend score to
  // as well as its terms do: neither may reach them when the word is said of someone else.
  const impairment = ["Medi-Cal · Integrity 12", "Alaska · Conduct 4"];
  const answers = (query: string) => search(index, library, query).hits.filter((hit) => !hit.loose).map((hit) => hit.citation);

  it.each(["client showed up drunk to group", "he was drunk in group", "a peer came to group high on meth"])("%j is not answered by the rules on working impaired", (query) => {
    expect(answers(query).filter((citation) => impairment.includes(citation))).toEqual([]);
  });

  it.each(["I showed up drunk to group", "i came to work high", "is it ok to drink with clients at a party", "me and my client got drunk together last weekend", "my supervisor says she smelled alcohol on me at work", "a client smelled alcohol on my breath at group"])("%j still is", (query) => {
    expect(impairment).toContain(answers(query)[0]);
  });
});
