// Ranges written high to low ("12-5"), which a command's example must not give back as they
// are: `show 12-5` was offered `ethics show medi-cal integrity 12-5`, refused as running backwards.

/** The two ends of a span in digits that runs backwards ("12-5"); undefined for any other span. */
function backwardsEnds(span: string): [from: string, to: string] | undefined {
  const ends = /^(\d+)-(\d+)$/.exec(span);
  return ends !== null && Number(ends[2]) < Number(ends[1]) ? [ends[1]!, ends[2]!] : undefined;
}

/** Whether a selection in digits has a range that runs backwards ("12-5", "1,9-3"). */
export function runsBackwards(selection: string): boolean {
  return selection.split(",").some((span) => backwardsEnds(span) !== undefined);
}

/** The selection with each range that runs backwards the other way round: "12-5,7" as "5-12,7". */
export function rangesForward(selection: string): string {
  return selection
    .split(",")
    .map((span) => {
      const ends = backwardsEnds(span);
      return ends === undefined ? span : `${ends[1]}-${ends[0]}`;
    })
    .join(",");
}
