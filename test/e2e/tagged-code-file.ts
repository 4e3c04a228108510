// A user's code file for the tests of codes that tag their standards with concepts (diff,
// topic, topics): one section of gift rules, each standard tagged as asked.

/** A one-section code file; `concepts` is each standard's tag list, or undefined to leave it untagged. */
export function codeFile(id: string, shortName: string, concepts: (string[] | undefined)[]): string {
  const standards = concepts.map((tags, at) =>
    [`      - number: ${at + 1}`, `        text: Will not accept gifts of more than token value, rule ${at + 1}.`, ...(tags ? [`        concepts: [${tags.join(", ")}]`] : [])].join("\n"),
  );
  return [`id: ${id}`, `title: ${shortName} Code`, `shortName: ${shortName}`, "jurisdiction: Here", "source: { document: A code }", "sections:", "  - id: rules", "    title: Rules", "    standards:", ...standards, ""].join("\n");
}
