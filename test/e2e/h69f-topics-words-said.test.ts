// `ethics topics xyz wi` said 'xyz' named nothing but not what it may have been meant as, and
// `topics xyz` offered `ethics topic xyz` ("did you mean topic?"), which failed in turn. Each
// word is said for what it is: a code (given with --code), a topic's name slipped (offered
// mended, as `topic gfts` offers it), or nothing; the command a letter apart is offered only
// where it reads the words.
import { describe, expect, it } from "vitest";
import { ethicsAll, unwrapped } from "./run.js";

describe("words given to topics, which takes none", () => {
  it.each([
    [["topics", "xyz"], "ethics: topics takes no arguments, and there is no topic or concept 'xyz'\nhint: `ethics topics` lists the topics\n"],
    [["topics", "gfts"], "ethics: topics takes no arguments, and there is no topic or concept 'gfts': did you mean gifts?\nhint: `ethics topic gifts`; `ethics topics` lists the topics\n"],
    [["topics", "--code", "ak", "duel", "relationships"], "ethics: topics takes no arguments, and there is no topic or concept 'duel relationships': did you mean dual relationships?\nhint: `ethics topic 'dual relationships' --code ak`; `ethics topics --code ak` lists the topics\n"],
    [["topics", "gifts", "xyz"], "ethics: topics takes no arguments, and there is no topic or concept 'gifts xyz'\nhint: `ethics topics` lists the topics\n"],
    [["topics", "xyz", "wi"], "ethics: topics takes no arguments: 'xyz' is neither a code nor a topic; 'wi' names a code (Wisconsin), given with --code\nhint: `ethics topics --code wisconsin`\n"],
    [["topics", "gfts", "wi"], "ethics: topics takes no arguments: 'wi' names a code (Wisconsin), given with --code; there is no topic 'gfts': did you mean gifts?\nhint: `ethics topics --code wisconsin`, or one theme: `ethics topic gifts --code wisconsin`\n"],
    // Where topic reads them, it is offered, the words as typed.
    [["topics", "gifts", "wi"], "ethics: topics takes no arguments, not 'gifts wi' — did you mean topic?\nhint: `ethics topic gifts wi`\n"],
    // A command that takes --topic is given the topic meant there.
    [["random", "gfts", "wi"], "ethics: random takes no arguments: 'wi' names a code (Wisconsin), given with --code; there is no topic 'gfts': did you mean gifts?\nhint: `ethics random --topic gifts --code wisconsin`\n"],
  ])("%j", async (args, stderr) => {
    const [result] = await ethicsAll([[args, { env: { COLUMNS: "80" } }]]);
    expect(unwrapped(result!.stderr)).toBe(stderr);
    expect(result!.stdout).toBe("");
    expect(result!.code).toBe(2);
  });

  it("the commands offered run", async () => {
    const [gifts, dual] = await ethicsAll([[["topic", "gifts"]], [["topic", "dual relationships", "--code", "ak"]]]);
    expect(gifts!.code).toBe(0);
    expect(dual!.code).toBe(0);
  });
});
