// A cache entry is read only if this user or root owns it and nobody else may write it: one
// planted in a shared cache folder by another user is a miss.
import { describe, expect, it } from "vitest";
import { isTrustedEntry } from "../../../src/cli/cache/trusted-entry.js";

const me = process.getuid?.() ?? 1000;
const someoneElse = me === 4242 ? 4243 : 4242;

describe.skipIf(typeof process.getuid !== "function")("whose cache entries are read", () => {
  it.each([
    ["mine, as the cache writes it (0644)", me, 0o100644, true],
    ["mine, read-only", me, 0o100444, true],
    ["root's, read-only for the rest", 0, 0o100644, true],
    ["another user's", someoneElse, 0o100644, false],
    ["mine, but writable by its group", me, 0o100664, false],
    ["mine, but writable by anyone", me, 0o100666, false],
    ["root's, but writable by anyone", 0, 0o100646, false],
  ])("%s: %s", (_name, uid, mode, trusted) => {
    expect(isTrustedEntry({ uid, mode })).toBe(trusted);
  });
});
