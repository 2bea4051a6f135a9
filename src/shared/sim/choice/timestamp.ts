/** A point in time with nanosecond precision, comparable without floating-point loss. */
export interface Instant {
  /** Whole seconds since the Unix epoch (UTC). */
  seconds: number;
  /** Nanoseconds within that second, 0–999,999,999. */
  nanos: number;
}

// RFC 3339 as AWS requires it: an uppercase T between date and time, and either an uppercase Z or
// a numeric offset; fractional seconds optional. "2016-12-05T21:29:29" (no zone) and
// "2016-12-05 21:29:29Z" (no T) are not timestamps.
const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$/;

/** Parses an AWS timestamp, or gives null when the text is not one (bad shape or impossible date). */
export function parseTimestamp(text: string): Instant | null {
  const match = TIMESTAMP.exec(text);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  let offsetSeconds = 0;
  const zone = match[8];
  if (zone !== 'Z') {
    const offsetHours = Number(zone.slice(1, 3));
    const offsetMinutes = Number(zone.slice(4, 6));
    if (offsetHours > 18 || offsetMinutes > 59) return null;
    offsetSeconds = (zone[0] === '-' ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60);
  }
  const utc = Date.UTC(year, month - 1, day, hour, minute, second) / 1000;
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear undoes that.
  const date = new Date(utc * 1000);
  if (year < 100) date.setUTCFullYear(year);
  return {
    seconds: date.getTime() / 1000 - offsetSeconds,
    nanos: Number((match[7] ?? '').padEnd(9, '0')),
  };
}

/** Orders two instants: negative, zero or positive. */
export function compareInstants(a: Instant, b: Instant): number {
  return a.seconds !== b.seconds ? a.seconds - b.seconds : a.nanos - b.nanos;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
