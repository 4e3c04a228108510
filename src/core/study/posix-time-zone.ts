// The local date where TZ is a POSIX time zone string ("<+1400>-14", "IST-5:30",
// "CET-1CEST,M3.5.0,M10.5.0/3", as OpenWrt, BusyBox and embedded systems set it). Node reads
// TZ through ICU, which takes IANA names and "XYZ-14" alone: a quoted name, minutes or rules for
// summer time it reads as UTC (nodejs/node issue 46246, open), so `ethics random --today`
// printed "Standard of the day, 2026-12-02" where `date` said 2026-12-01. The C library reads the
// whole grammar (tzset(3), POSIX.1-2017 §8.3); so does this, for the date alone.

/** A transition's day in the year: Jn (1-365, no Feb 29), n (0-365), or Mm.w.d. */
type RuleDay = { kind: "julian"; day: number } | { kind: "zero-based"; day: number } | { kind: "month"; month: number; week: number; weekday: number };

interface Rule {
  day: RuleDay;
  /** Seconds after local midnight (may be negative or past a day, as POSIX.1-2024 allows). */
  time: number;
}

interface PosixZone {
  /** Seconds added to local standard time to give UTC (POSIX's sign: west is positive). */
  standard: number;
  summer?: { offset: number; start: Rule; end: Rule };
}

const DAY_MS = 86_400_000;
/** tzcode's and glibc's rules where a summer-time name comes without its own: the US's. */
const DEFAULT_RULES = "M3.2.0,M11.1.0";

/** A parser over `text`, each method taking what it reads or null. */
function reader(text: string) {
  let at = 0;
  const take = (pattern: RegExp): RegExpExecArray | null => {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (match) at = pattern.lastIndex;
    return match;
  };
  const name = () => take(/<[A-Za-z0-9+-]{3,}>|[A-Za-z]{3,}/y) !== null;
  /** [+-]hh[:mm[:ss]] as seconds, hours up to `maxHours`. */
  const seconds = (maxHours: number): number | null => {
    const match = take(/([+-]?)(\d{1,3})(?::(\d{1,2}))?(?::(\d{1,2}))?/y);
    if (!match) return null;
    const [hours, minutes, secs] = [Number(match[2]), Number(match[3] ?? 0), Number(match[4] ?? 0)];
    if (hours > maxHours || minutes > 59 || secs > 59) return null;
    return (match[1] === "-" ? -1 : 1) * (hours * 3600 + minutes * 60 + secs);
  };
  const rule = (): Rule | null => {
    let day: RuleDay;
    const month = take(/M(\d{1,2})\.(\d)\.(\d)/y);
    const julian = month ? null : take(/J(\d{1,3})/y);
    const zeroBased = month || julian ? null : take(/(\d{1,3})/y);
    if (month) {
      const [m, w, d] = [Number(month[1]), Number(month[2]), Number(month[3])];
      if (m < 1 || m > 12 || w < 1 || w > 5 || d > 6) return null;
      day = { kind: "month", month: m, week: w, weekday: d };
    } else if (julian) {
      if (Number(julian[1]) < 1 || Number(julian[1]) > 365) return null;
      day = { kind: "julian", day: Number(julian[1]) };
    } else if (zeroBased) {
      if (Number(zeroBased[1]) > 365) return null;
      day = { kind: "zero-based", day: Number(zeroBased[1]) };
    } else return null;
    if (!take(/\//y)) return { day, time: 2 * 3600 };
    const time = seconds(167);
    return time === null ? null : { day, time };
  };
  return { name, seconds, rule, take, peek: () => text[at], atEnd: () => at === text.length };
}

/** The zone a POSIX TZ string describes, or null where it is not one. */
export function parsePosixZone(tz: string): PosixZone | null {
  const read = reader(tz);
  if (!read.name()) return null;
  const standard = read.seconds(24);
  if (standard === null) return null;
  if (read.atEnd()) return { standard };
  if (!read.name()) return null;
  // Summer time is an hour ahead of standard time unless its offset is given.
  let offset = standard - 3600;
  if (!read.atEnd() && read.peek() !== ",") {
    const given = read.seconds(24);
    if (given === null) return null;
    offset = given;
  }
  if (read.atEnd()) return withRules(standard, offset, DEFAULT_RULES);
  if (!read.take(/,/y)) return null;
  const start = read.rule();
  if (start === null || !read.take(/,/y)) return null;
  const end = read.rule();
  if (end === null || !read.atEnd()) return null;
  return { standard, summer: { offset, start, end } };
}

/** A zone of these offsets under `rules` ("M3.2.0,M11.1.0"). */
function withRules(standard: number, offset: number, rules: string): PosixZone | null {
  const read = reader(rules);
  const start = read.rule();
  if (start === null || !read.take(/,/y)) return null;
  const end = read.rule();
  return end === null ? null : { standard, summer: { offset, start, end } };
}

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Milliseconds from the start of `year` (as if UTC) to the local midnight of the rule's day. */
function dayStart(year: number, day: RuleDay): number {
  const yearStart = Date.UTC(year, 0, 1);
  if (day.kind === "zero-based") return day.day * DAY_MS;
  if (day.kind === "julian") return (day.day - 1 + (isLeap(year) && day.day >= 60 ? 1 : 0)) * DAY_MS;
  const first = Date.UTC(year, day.month - 1, 1);
  const inMonth = new Date(Date.UTC(year, day.month, 0)).getUTCDate();
  let date = 1 + ((day.weekday - new Date(first).getUTCDay() + 7) % 7) + (day.week - 1) * 7;
  if (date > inMonth) date -= 7; // week 5: the last such weekday of the month
  return first - yearStart + (date - 1) * DAY_MS;
}

/** Seconds to add to local time to give UTC at the instant `utcMs`, in `zone`. */
export function offsetAt(zone: PosixZone, utcMs: number): number {
  if (!zone.summer) return zone.standard;
  const { offset, start, end } = zone.summer;
  const year = new Date(utcMs - zone.standard * 1000).getUTCFullYear();
  // Summer time begins at a time of standard time and ends at a time of summer time.
  const begins = Date.UTC(year, 0, 1) + dayStart(year, start.day) + (start.time + zone.standard) * 1000;
  const ends = Date.UTC(year, 0, 1) + dayStart(year, end.day) + (end.time + offset) * 1000;
  const inSummer = begins < ends ? utcMs >= begins && utcMs < ends : !(utcMs >= ends && utcMs < begins);
  return inSummer ? offset : zone.standard;
}

/**
 * The local date (YYYY-MM-DD) at `utcMs` where `tz` is a POSIX string Node does not read (see
 * above); null where Node reads TZ itself: unset, an IANA name (Intl takes it), ":file", or no
 * POSIX string.
 */
export function posixLocalDate(tz: string | undefined, utcMs: number): string | null {
  if (tz === undefined || tz === "" || tz.startsWith(":")) return null;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return null;
  } catch {
    // not a name Intl knows: a POSIX string, perhaps
  }
  const zone = parsePosixZone(tz);
  if (zone === null) return null;
  return new Date(utcMs - offsetAt(zone, utcMs) * 1000).toISOString().slice(0, 10);
}
