// `random --today` under a POSIX TZ string: Node reads "<-12>+12", "IST-5:30" or a zone with
// rules for summer time as UTC, so "Standard of the day" was the UTC date, and the standard
// UTC's, for up to 14 hours of each day. Each string is read as the IANA zone it equals: the
// same date and the same standard. Two zones a day apart (-12, +14) catch a UTC reading at any
// hour. `date`, where there is one, says the same date.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { ethics } from "./run.js";

describe("random --today under a POSIX TZ string", () => {
  it.each([
    ["<-12>+12", "Etc/GMT+12"],
    ["<+1400>-14", "Etc/GMT-14"],
    ["IST-5:30", "Asia/Kolkata"],
    ["<+0545>-5:45", "Asia/Kathmandu"],
    ["CET-1CEST,M3.5.0,M10.5.0/3", "Europe/Berlin"],
    ["NZST-12NZDT,M9.5.0,M4.1.0/3", "Pacific/Auckland"],
  ])("%s is read as %s", (posix, iana) => {
    const [read, named] = [posix, iana].map((tz) => ethics(["random", "--today"], { env: { TZ: tz } }));
    expect(read!.stderr).toBe("");
    expect(read!.code).toBe(0);
    expect(read!.stdout).toMatch(/^Standard of the day, \d{4}-\d{2}-\d{2}\n/);
    expect(read!.stdout).toBe(named!.stdout);
    const date = spawnSync("date", ["+%F"], { env: { TZ: posix }, encoding: "utf8" });
    if (date.status === 0) expect(read!.stdout.split("\n")[0]).toBe(`Standard of the day, ${date.stdout.trim()}`);
  });
});
