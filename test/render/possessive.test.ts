import { describe, expect, it } from "vitest";
import { possessive } from "../../src/render/possessive.js";

describe("a name's possessive", () => {
  it.each([
    ["Riverside", "Riverside's"],
    ["Alaska", "Alaska's"],
    ["Peer Providers", "Peer Providers'"],
    ["Texas", "Texas'"],
    ["PSS", "PSS'"],
  ])("%s → %s", (name, said) => {
    expect(possessive(name)).toBe(said);
  });
});
