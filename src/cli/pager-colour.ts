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

export function pagerShowsColour(command: string): boolean {
  return !COUNTS_ESCAPES_AS_TEXT.has(pagerProgram(command));
}

/** The text less its colour (SGR) sequences: the only escapes ethics writes. */
export function withoutColour(text: string): string {
  return text.replace(/\u001b\[[0-9;]*m/g, "");
}
