// A peer specialist who dictates or types fast writes one word as two ("face book", "over
// dose") or spells an acronym out ("m a t", "a a meeting"): search reads them as the word they
// make, as it splits "socialmedia", and answers as it answers the word written whole.
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

interface Hit {
  citation: string;
  loose: boolean;
}

const hits = (query: string): Hit[] => {
  const { stdout, code } = ethics(["search", query, "--json"]);
  expect(code).toBe(0);
  return (JSON.parse(stdout) as { hits: Hit[] }).hits.map(({ citation, loose }) => ({ citation, loose }));
};

describe("words written apart", () => {
  it.each([
    ["client on m a t", "client on MAT"],
    ["can i go to the same a a meeting as my client", "can i go to the same AA meeting as my client"],
    ["over dose", "overdose"],
    ["can I add a client on face book", "can I add a client on facebook"],
  ])("%s finds what %s finds", (apart, whole) => {
    const expected = hits(whole);
    expect(expected.some((hit) => !hit.loose)).toBe(true);
    expect(hits(apart)).toEqual(expected);
  });
});
