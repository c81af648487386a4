// Civil-date helpers. A civil date is a calendar date without time or zone, written
// 'YYYY-MM-DD' (proleptic Gregorian, years 0001–9999). All arithmetic is integer
// arithmetic on year/month/day, so results never depend on the host time zone.

export interface CivilDate {
  year: number;
  month: number; // 1–12
  day: number; // 1–31
}

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const VN_OFFSET_MS = 7 * 60 * 60 * 1000; // Asia/Ho_Chi_Minh is UTC+7 all year (no DST).

/** Gregorian calendar rule: leap years are divisible by 4, except centuries not divisible by 400. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Gregorian calendar rule: number of days in the given month (1–12) of the given year. */
export function lastDayOfMonth(year: number, month: number): number {
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`Invalid year/month: ${year}/${month}`);
  }
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isValidParts(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= lastDayOfMonth(year, month)
  );
}

/** Civil date format (ISO 8601 calendar date): true if `s` is a real date written 'YYYY-MM-DD'. */
export function isCivilDate(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const m = ISO_RE.exec(s);
  return m !== null && isValidParts(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Civil date format (ISO 8601): splits 'YYYY-MM-DD' into parts; throws RangeError if not a real date. */
export function parseCivilDate(s: string): CivilDate {
  const m = typeof s === 'string' ? ISO_RE.exec(s) : null;
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (isValidParts(year, month, day)) return { year, month, day };
  }
  throw new RangeError(`Invalid civil date (expected a real YYYY-MM-DD date): ${JSON.stringify(s)}`);
}

/** Civil date format (ISO 8601): writes year/month/day as 'YYYY-MM-DD'; throws RangeError if not a real date. */
export function toCivilDate(year: number, month: number, day: number): string {
  if (!isValidParts(year, month, day)) {
    throw new RangeError(`Invalid civil date: ${year}-${month}-${day}`);
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Calendar month arithmetic: adds `n` months (may be negative), clamping the day to the target month's end (31/01 + 1 → 28 or 29/02). */
export function addMonths(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`Month count must be an integer: ${n}`);
  const { year, month, day } = parseCivilDate(date);
  const index = year * 12 + (month - 1) + n;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  if (y < 1 || y > 9999) throw new RangeError(`Date out of range: ${date} + ${n} months`);
  return toCivilDate(y, m, Math.min(day, lastDayOfMonth(y, m)));
}

const DAY_MS = 86_400_000;

/** Gregorian calendar: the day number of a civil date (days since 1970-01-01). */
export function dayNumber(date: string): number {
  const { year, month, day } = parseCivilDate(date);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** Gregorian calendar: the civil date `n` days after `date` (n may be negative). */
export function addDays(date: string, n: number): string {
  const d = new Date((dayNumber(date) + n) * DAY_MS);
  return toCivilDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** ISO 8601 weekday of a civil date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  // 1970-01-01 (day 0) was a Thursday.
  return ((((dayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

/** ISO 8601 week (Monday first): the Monday of the week holding `date`. */
export function mondayOf(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

/** Chronological order of civil dates: -1 if a is before b, 0 if equal, 1 if after; throws RangeError on invalid input. */
export function compareDates(a: string, b: string): -1 | 0 | 1 {
  parseCivilDate(a);
  parseCivilDate(b);
  // Fixed-width ISO dates order the same as strings.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Calendar month arithmetic: whole months from `from` to `to`, truncated toward zero (negative when `to` is earlier). */
export function diffMonths(from: string, to: string): number {
  const f = parseCivilDate(from);
  const t = parseCivilDate(to);
  let months = t.year * 12 + t.month - (f.year * 12 + f.month);
  if (months > 0 && compareDates(addMonths(from, months), to) > 0) months -= 1;
  else if (months < 0 && compareDates(addMonths(from, months), to) < 0) months += 1;
  return months;
}

/** Vietnamese date notation (dd/mm/yyyy): '2025-06-30' → '30/06/2025'; throws RangeError on invalid input. */
export function formatViDate(date: string): string {
  const { year, month, day } = parseCivilDate(date);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${String(year).padStart(4, '0')}`;
}

/** Vietnamese date notation: parses 'd/m/yyyy' (also '-' or '.' separators) or 'yyyy-mm-dd' to 'YYYY-MM-DD'; null if not a real date. */
export function parseViDate(s: string): string | null {
  if (typeof s !== 'string') return null;
  const text = s.trim();
  let year: number;
  let month: number;
  let day: number;
  const iso = ISO_RE.exec(text);
  const vi = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(text);
  if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else if (vi) {
    [day, month, year] = [Number(vi[1]), Number(vi[3]), Number(vi[4])];
  } else {
    return null;
  }
  return isValidParts(year, month, day) ? toCivilDate(year, month, day) : null;
}

/** Giờ Việt Nam (Asia/Ho_Chi_Minh, UTC+7, no daylight saving): the civil date at instant `now`. */
export function todayInVietnam(now: Date = new Date()): string {
  const ms = now.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('Invalid Date');
  const local = new Date(ms + VN_OFFSET_MS);
  return toCivilDate(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate());
}
