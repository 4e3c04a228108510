// The locale does not change what ethics prints. Decided with git (it writes UTF-8 whatever the
// locale), Node (the same) and Python (a C locale read as UTF-8 since 3.7, PEP 538), against npm
// (an ASCII tree where the locale is not UTF-8) and GNU's quotes: the standards' own words carry
// UTF-8 (“ ”, —, é) and are shown as written, so ASCII stand-ins for ethics's own marks (·, …,
// table lines) would leave the words in UTF-8 all the same, and would make one command print
// other bytes in a script run under LC_ALL=C for sorting. Pinned here so that a change is a choice.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

const NO_LOCALE = { LANG: undefined, LANGUAGE: undefined, LC_ALL: undefined, LC_CTYPE: undefined, LC_MESSAGES: undefined };

const commands = [
  ["list"],
  ["show", "medi-cal", "integrity", "12"],
  ["show", "wisconsin"],
  ["search", "gifts", "--limit", "3"],
  ["diff", "california", "medi-cal", "--section", "integrity"],
  ["shwo"],
  ["search", "礼物"],
];

describe.each([
  ["LC_ALL=C", { LC_ALL: "C" }],
  ["LC_ALL=POSIX", { LC_ALL: "POSIX" }],
  ["LANG=C", { LANG: "C" }],
  ["LANG=en_US.ISO-8859-1", { LANG: "en_US.ISO-8859-1" }],
  ["no locale at all", {}],
])("%s", (_, locale) => {
  it.each(commands)("%s … prints what a UTF-8 locale prints, byte for byte", (...args) => {
    const utf8 = ethics(args, { env: { ...NO_LOCALE, LANG: "C.UTF-8", COLUMNS: "80" } });
    const other = ethics(args, { env: { ...NO_LOCALE, ...locale, COLUMNS: "80" } });
    expect(utf8.stdout + utf8.stderr).toMatch(/[·—–…“”│─]/);
    expect(other).toEqual(utf8);
  });
});
