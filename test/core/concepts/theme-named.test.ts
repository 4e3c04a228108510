// The one matter a question naming codes is about, for the hint to compare them on it.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { themeNamed } from "../../../src/core/concepts/theme-named.js";
import { readDataDirectory } from "../../../src/core/library/read-data.js";

const library = readDataDirectory(join(import.meta.dirname, "../../../data"));

describe("themeNamed", () => {
  it.each([
    // a topic named outright by a word of it (a synonym, its name)
    [[], "how does   differ from   on gifts?", "gifts"],
    [["keeping-confidences"], "  vs   on confidentiality", "confidentiality-and-privacy"],
    // the one concept search read, nothing named outright
    [["physical-contact"], "  and   on hugging", "physical-contact"],
    // several concepts of one topic: the topic
    [["accepting-gifts", "giving-gifts"], "  and   on taking and giving presents", "gifts"],
    // matters of two topics, or none: no one matter
    [["keeping-confidences"], "  vs   on gifts and confidentiality", undefined],
    [[], "how are   and   different", undefined],
    // the start of a name is no name: "client" starts "client records and contact details"
    [[], "  and   on a client", undefined],
  ])("concepts %j, words %j → %s", (concepts, rest, theme) => {
    expect(themeNamed(library, concepts, rest)).toBe(theme);
  });
});
