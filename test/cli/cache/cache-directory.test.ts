// Where the cache lives: never in the folder ethics happens to run from. A relative
// ETHICS_CACHE_DIR or XDG_CACHE_HOME is ignored, as the XDG Base Directory specification asks of
// the latter; an empty or relative HOME gives the user's recorded home, or no cache.
import { describe, expect, it } from "vitest";
import { cacheDirectory } from "../../../src/cli/cache/cache-dir.js";

describe("cacheDirectory", () => {
  it.each<[string, NodeJS.ProcessEnv, string | undefined, string | null]>([
    ["ETHICS_CACHE_DIR first", { ETHICS_CACHE_DIR: "/c", XDG_CACHE_HOME: "/x" }, "/home/me", "/c"],
    ["a relative ETHICS_CACHE_DIR is ignored", { ETHICS_CACHE_DIR: "my-cache" }, "/home/me", "/home/me/.cache/ethics"],
    ["a relative ETHICS_CACHE_DIR is ignored for XDG_CACHE_HOME", { ETHICS_CACHE_DIR: "./my-cache", XDG_CACHE_HOME: "/x" }, "/home/me", "/x/ethics"],
    ["a relative ETHICS_CACHE_DIR and no home: no cache", { ETHICS_CACHE_DIR: "my-cache" }, undefined, null],
    ["ETHICS_NO_CACHE: none", { ETHICS_NO_CACHE: "1", ETHICS_CACHE_DIR: "/c" }, "/home/me", null],
    ["an absolute XDG_CACHE_HOME", { XDG_CACHE_HOME: "/x" }, "/home/me", "/x/ethics"],
    ["a relative XDG_CACHE_HOME is ignored", { XDG_CACHE_HOME: "relative/path" }, "/home/me", "/home/me/.cache/ethics"],
    ["an empty XDG_CACHE_HOME is ignored", { XDG_CACHE_HOME: "" }, "/home/me", "/home/me/.cache/ethics"],
    ["a relative home: no cache", {}, "", null],
    ["a home of '.': no cache", {}, ".", null],
    ["no home at all: no cache", {}, undefined, null],
    ["a relative XDG_CACHE_HOME and no home: no cache", { XDG_CACHE_HOME: "cache" }, undefined, null],
  ])("%s", (_name, env, home, expected) => {
    expect(cacheDirectory(env, () => home)).toBe(expected);
  });
});
