// `--topic astrology stuff`: the shell gives --topic "astrology" alone, and "stuff" was read as a
// code by export ("no code 'stuff'") and as an argument by random and quiz ("too many
// arguments"). A theme of several words that names nothing is now one unknown theme, said as
// `--topic astrolgy` says it. After a theme that exists (`--topic gifts stuff`), a word that
// names no code is neither the theme's nor a code: said so, with the command on the theme alone.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

const NO_TOPIC = "ethics: no topic 'astrology stuff'\nhint: `ethics topics` lists them\n";

describe("words after --topic's value", () => {
  it.each([
    [["export", "--format", "html", "--topic", "astrology", "stuff"]],
    [["export", "--format", "anki", "-t", "astrology", "stuff"]],
    [["random", "--topic", "astrology", "stuff"]],
    [["quiz", "--topic", "astrology", "stuff"]],
  ])("%j names the unknown topic whole", (argv) => {
    const run = ethics(argv);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(NO_TOPIC);
    expect(run.code).toBe(1);
  });

  it("one word names it as several do", () => {
    expect(ethics(["random", "--topic", "astrolgy"]).stderr).toBe("ethics: no topic 'astrolgy'\nhint: `ethics topics` lists them\n");
  });

  it.each([
    [
      ["diff", "alaska", "medi-cal", "--topic", "gifts", "stuff"],
      "ethics: 'stuff' after --topic gifts is neither a code nor part of the theme: no\n        topic or concept is named 'gifts stuff'\nhint: for gifts alone: `ethics diff alaska medi-cal --topic gifts`\n",
    ],
    [
      ["diff", "alaska", "--topic", "gifts", "cool", "stuff", "medi-cal", "--full"],
      "ethics: 'cool stuff' after --topic gifts is neither a code nor part of the\n        theme: no topic or concept is named 'gifts cool stuff'\nhint: for gifts alone: `ethics diff alaska --topic gifts medi-cal --full`\n",
    ],
    [
      ["export", "--format", "html", "--topic", "gifts", "stuff"],
      "ethics: 'stuff' after --topic gifts is neither a code nor part of the topic: no\n        topic is named 'gifts stuff'\nhint: for gifts alone: `ethics export --format html --topic gifts`\n",
    ],
    [
      ["random", "--topic", "gifts", "stuff"],
      "ethics: 'stuff' after --topic gifts is not part of the topic: no topic is named\n        'gifts stuff', and random takes no arguments\nhint: for gifts alone: `ethics random --topic gifts`\n",
    ],
    [
      ["quiz", "--topic", "gifts", "stuff"],
      "ethics: 'stuff' after --topic gifts is not part of the topic: no topic is named\n        'gifts stuff', and quiz takes no arguments\nhint: for gifts alone: `ethics quiz --topic gifts`\n",
    ],
  ])("%j: a word after a theme that is neither its nor a code", (argv, stderr) => {
    const run = ethics(argv);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(stderr);
    expect(run.code).toBe(2);
  });

  it.each([
    // A slip of a code is still the code's.
    [["diff", "alaska", "medi-cal", "--topic", "gifts", "medi-cl"], /^ethics: no code 'medi-cl' — did you mean medi-cal\?\n/],
    [["export", "--format", "html", "--topic", "gifts", "alsaka"], /^ethics: no code 'alsaka' — did you mean alaska\?\n/],
    [["random", "--topic", "gifts", "wi"], /^ethics: random takes a code with --code, not as an argument\n/],
  ])("%j: a code after the theme is still read as one", (argv, stderr) => {
    expect(ethics(argv).stderr).toMatch(stderr);
  });

  // A code typed after a theme of several words that names nothing was read into it ("no topic
  // 'astrology stuff wi'"), where after a theme of one word (`--topic astrology wi`) it was a
  // code. It is a code after either, as every command reads one after its theme.
  it.each([
    [["random", "--topic", "astrology", "stuff", "wi"], "ethics: random takes a code with --code, not as an argument\nhint: `ethics random --topic 'astrology stuff' --code wisconsin`\n", 2],
    [["quiz", "-t", "astrology", "stuff", "wisc", "nc"], "ethics: quiz takes codes with --code, not as arguments\nhint: `ethics quiz -t 'astrology stuff' --code wisconsin,north-carolina`\n", 2],
    [["random", "--topic", "astrology", "stuff", "north", "carolina"], "ethics: random takes a code with --code, not as an argument\nhint: `ethics random --topic 'astrology stuff' --code north-carolina`\n", 2],
    [["random", "--topic", "astrology", "stuff", "alsaka"], "ethics: random takes a code with --code, not as an argument, and there is no\n        code 'alsaka': did you mean alaska?\nhint: `ethics random --topic 'astrology stuff' --code alaska`\n", 2],
    [["export", "--format", "anki", "--topic", "astrology", "stuff", "wi"], NO_TOPIC, 1],
    [["diff", "alaska", "--topic", "astrology", "stuff", "wi"], "ethics: no topic or concept 'astrology stuff'\nhint: `ethics topics` lists the topics, `ethics concepts` the concepts\n", 1],
    [["diff", "alaska", "medi-cal", "--topic", "astrology", "stuff", "wi"], "ethics: no topic or concept 'astrology stuff'\nhint: `ethics topics` lists the topics, `ethics concepts` the concepts\n", 1],
  ])("%j: a code typed after the theme's words is a code", (argv, stderr, code) => {
    const run = ethics(argv);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(stderr);
    expect(run.code).toBe(code);
  });

  it("the hint's command says what the theme then is", () => {
    expect(ethics(["random", "--topic", "astrology stuff", "--code", "wisconsin"]).stderr).toBe(NO_TOPIC);
    // As after a theme of one word.
    expect(ethics(["random", "--topic", "astrology", "wi"]).stderr).toBe("ethics: random takes a code with --code, not as an argument\nhint: `ethics random --topic astrology --code wisconsin`\n");
  });

  it.each([
    [["random", "--topic", "social", "media", "--seed", "1"]],
    [["export", "--format", "html", "--topic", "dual", "relationships", "alaska"]],
  ])("%j: a theme that is several words is read whole", (argv) => {
    const run = ethics(argv);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  });
});
