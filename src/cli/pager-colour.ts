// Whether the pager shows colour. `more` (util-linux, busybox) and `most` pass escape codes to
// the terminal but count each of their bytes as a column, so a coloured line of 75 columns
// wrapped early, in mid-word (PAGER=more: "professional integri" / "ty."). bat, for the same
// reason, does not page through them with colour (it swaps in less, from PAGER alone); git pages
// colour through any pager and wraps early the same way. Ethics keeps the pager the user named,
// as they may have no other, and gives it the text without colour, which it lays out right.

/** The program a pager command runs: its first word's file name (`/usr/bin/more -d` → more). */
function pagerProgram(command: string): string {
  const first = command.trim().split(/\s+/)[0] ?? "";
  return first.replace(/^["']|["']$/g, "").split("/").pop() ?? "";
}

const COUNTS_ESCAPES_AS_TEXT = new Set(["more", "most"]);

/** less options whose value is the rest of the option string, up to a `$` (-Pprompt, -ofile). */
const LESS_TEXT_VALUE = new Set(["D", "k", "o", "O", "p", "P", "t", "T"]);
/** less options whose value is a number written after them (-j5, -x4,8, -z-2). */
const LESS_NUMBER_VALUE = new Set(["b", "h", "j", "x", "y", "z", "#"]);

/**
 * Whether less options (LESS's, then the command's own), read as less reads them, end with
 * escape codes shown as colour: -R or -r (--raw-control-chars), unless -+R sets it back. A
 * value is skipped, so that the R of `-PRows` (a prompt) is not read as -R.
 */
function lessShowsColour(options: string, shown = false): boolean {
  for (let at = 0; at < options.length; ) {
    if (options.startsWith("--", at)) {
      const end = options.slice(at).search(/\s|$/) + at;
      if (options.slice(at + 2, end).split("=")[0]!.toLowerCase() === "raw-control-chars") shown = true;
      at = end;
      continue;
    }
    const reset = options[at] === "+";
    const letter = options[reset ? at + 1 : at] ?? "";
    at += reset ? 2 : 1;
    if (letter === "r" || letter === "R") shown = !reset;
    else if (LESS_TEXT_VALUE.has(letter)) {
      const end = options.indexOf("$", at);
      at = end === -1 ? options.length : end + 1;
    } else if (LESS_NUMBER_VALUE.has(letter)) at += /^[+-]?[\d.,]*/.exec(options.slice(at))![0].length;
  }
  return shown;
}

/**
 * Whether the pager shows the escape codes ethics colours with as colour. less does only with
 * -R: LESS=FRX gives it that, but a LESS of the user's own without it (LESS=-i) showed "ESC[1m"
 * before each coloured word, as git's output does there; that less, as more, gets plain text.
 */
export function pagerShowsColour(command: string, less: string): boolean {
  const program = pagerProgram(command);
  if (program !== "less") return !COUNTS_ESCAPES_AS_TEXT.has(program);
  return lessShowsColour(command.trim().replace(/^\S+/, ""), lessShowsColour(less));
}

/** The text less its colour (SGR) sequences: the only escapes ethics writes. */
export function withoutColour(text: string): string {
  return text.replace(/\u001b\[[0-9;]*m/g, "");
}
