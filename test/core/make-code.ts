// A Code record for unit tests that need one made by hand (names, sections), the rest empty.
import type { Code } from "../../src/model.js";

export function makeCode(fields: Pick<Code, "id" | "shortName" | "title"> & Partial<Code>): Code {
  return {
    aliases: [],
    jurisdiction: "Nowhere",
    numbering: "source",
    source: { document: `${fields.id}.pdf` },
    scope: null,
    preamble: [],
    values: [],
    definitions: [],
    sections: [],
    attestation: null,
    signature: [],
    references: [],
    editorial: {},
    origin: "user",
    file: `${fields.id}.yaml`,
    ...fields,
  };
}
