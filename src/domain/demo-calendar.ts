// The demo organisation's calendar, drawn from one day: its anchor ("today" of the demo data).
// Everything dated in the demo — the year of weekly work, the Tết week without plans or briefing,
// which evaluation periods are closed history and which is the current one — follows from the
// anchor by the rules below, so that the demo started on any day shows a living office, and the
// same anchor always gives the same calendar. Pure: no clock, no time zone.
import { defaultDeadlines, type PeriodKey, periodBounds, quarterOf } from './evaluation/periods.js';
import { addDays, isCivilDate, mondayOf, parseCivilDate } from './dates.js';

/**
 * Âm lịch Việt Nam (Vietnamese lunar calendar, UTC+7): the first day of Tết Nguyên đán (mùng 1
 * tháng Giêng) in each Gregorian year the demo can be anchored in. Astronomical facts, not
 * regulation: they never change.
 */
export const TET_DAYS: Readonly<Record<number, string>> = {
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2030: '2030-02-03',
  2031: '2031-01-23',
};

/** The first anchor: its year of work starts on 1/12/2025, after the 2025 reform and the communes' congresses (DOMAIN.md §1). */
export const DEMO_ANCHOR_MIN = '2026-11-16';
/** The last anchor: the demo's Party committees are those of the 2025–2030 term (Điều lệ Đảng: five-year terms). */
export const DEMO_ANCHOR_MAX = '2030-06-30';
/** The demo's year of work: 52 weeks ending with next week (the week whose plans are under review). */
export const DEMO_WORK_WEEKS = 52;

/** Âm lịch Việt Nam: the first day of Tết Nguyên đán in a Gregorian year (TET_DAYS); RangeError outside the table. */
export function tetDay(year: number): string {
  const day = TET_DAYS[year];
  if (!day) throw new RangeError(`No Tết date known for ${year}`);
  return day;
}

/**
 * Bộ luật Lao động 2019, Điều 112 (Tết holiday, five days around mùng 1): the week without work — the
 * one holding mùng 3, so that a Tết on a weekend moves the days off to the following week.
 */
export function tetWeek(year: number): string {
  return mondayOf(addDays(tetDay(year), 2));
}

/** The anchor's problem, or null when the demo can be drawn on it (a real date in [DEMO_ANCHOR_MIN, DEMO_ANCHOR_MAX]). */
export function demoAnchorProblem(anchor: string): 'format' | 'too_early' | 'too_late' | null {
  if (!isCivilDate(anchor)) return 'format';
  if (anchor < DEMO_ANCHOR_MIN) return 'too_early';
  if (anchor > DEMO_ANCHOR_MAX) return 'too_late';
  return null;
}

export interface DemoWeeks {
  /** Monday of the anchor's week. */
  thisWeek: string;
  /** Monday of the next working week (Tết skipped): its plans are being submitted and reviewed on the anchor. */
  nextWeek: string;
  /** Monday the year of work starts (DEMO_WORK_WEEKS − 1 weeks before nextWeek). */
  workFrom: string;
  /** Every Monday from workFrom to nextWeek, the Tết weeks left out. */
  weeks: string[];
  /** The Tết weeks from workFrom to nextWeek. */
  tetWeeks: string[];
}

const tetWeeksOf = (years: number[]) => new Set(years.filter((y) => TET_DAYS[y]).map(tetWeek));

/** Demo rule (weekly plans and the Monday briefing, DOMAIN.md §6): the weeks of the year of work ending with the next working week, without Tết. */
export function demoWeeks(anchor: string): DemoWeeks {
  const thisWeek = mondayOf(anchor);
  const y = parseCivilDate(anchor).year;
  const tetNear = tetWeeksOf([y, y + 1]);
  let nextWeek = addDays(thisWeek, 7);
  while (tetNear.has(nextWeek)) nextWeek = addDays(nextWeek, 7);
  const workFrom = addDays(nextWeek, -7 * (DEMO_WORK_WEEKS - 1));
  const tet = tetWeeksOf([y - 1, y, y + 1]);
  const weeks: string[] = [];
  const tetWeeks: string[] = [];
  for (let w = workFrom; w <= nextWeek; w = addDays(w, 7)) (tet.has(w) ? tetWeeks : weeks).push(w);
  return { thisWeek, nextWeek, workFrom, weeks, tetWeeks };
}

export interface ClosedPeriod extends PeriodKey {
  kind: 'quarter' | 'year';
  /** Opened (task numbers taken), decided and published, closed: never after the anchor. */
  openedOn: string;
  decidedOn: string;
  closedOn: string;
}
export interface CurrentPeriod extends PeriodKey {
  kind: 'quarter' | 'year';
  /** When the communes that opened it did so (never after the anchor). */
  openedOn: string;
}

const minDay = (a: string, b: string) => (a < b ? a : b);

/** Kết luận 198-KL/TW: the classified period before `p` — Q1 → the previous year, the year → its Q3. */
export function previousPeriod(p: PeriodKey): PeriodKey {
  if (p.kind === 'year') return { kind: 'quarter', year: p.year, number: 3 };
  if (p.number === 1) return { kind: 'year', year: p.year - 1, number: 0 };
  return { kind: 'quarter', year: p.year, number: p.number - 1 };
}

/**
 * Kết luận 198-KL/TW (Q1–Q3 classified, Q4 folded into the year); Quy định 366-QĐ/TW and Hướng dẫn
 * 43-HD/BTCTW (Party deadlines): the demo's current period — the anchor's quarter in Q1–Q3, its year
 * in Q4 — opened on the quarter's first day (the year on 1/12, or the anchor if earlier).
 */
export function demoCurrentPeriod(anchor: string): CurrentPeriod {
  const p = quarterOf(anchor);
  const kind = p.kind === 'year' ? 'year' : 'quarter';
  const openedOn = kind === 'year' ? minDay(`${p.year}-12-01`, anchor) : periodBounds('quarter', p.year, p.number).from;
  return { kind, year: p.year, number: p.number, openedOn };
}

/**
 * Quy định 366-QĐ/TW, Hướng dẫn 43-HD/BTCTW (Party deadlines): the demo's closed history — every period
 * before the current one that ends inside the year of work, oldest first; opened the day after it
 * ends (the year on 1/12), decided two days before the Party decision deadline and closed the day
 * after it, or on the anchor when that comes first (a quarter that ended days ago was closed quickly).
 */
export function demoClosedPeriods(anchor: string): ClosedPeriod[] {
  const { workFrom } = demoWeeks(anchor);
  const out: ClosedPeriod[] = [];
  for (let p: PeriodKey = previousPeriod(demoCurrentPeriod(anchor)); ; p = previousPeriod(p)) {
    const bounds = periodBounds(p.kind as 'quarter' | 'year', p.year, p.number);
    if (bounds.to < workFrom) break;
    const due = defaultDeadlines(bounds, 'party').decisionDue;
    const opened = p.kind === 'year' ? `${p.year}-12-01` : addDays(bounds.to, 1);
    out.unshift({
      kind: p.kind as 'quarter' | 'year',
      year: p.year,
      number: p.number,
      openedOn: minDay(opened, anchor),
      decidedOn: minDay(addDays(due, -2), anchor),
      closedOn: minDay(addDays(due, 1), anchor),
    });
  }
  return out;
}

export interface DemoCalendar extends DemoWeeks {
  /** "Today" of the demo data. */
  anchor: string;
  closed: ClosedPeriod[];
  current: CurrentPeriod;
}

/** The whole demo calendar of an anchor (demoWeeks, demoClosedPeriods, demoCurrentPeriod); RangeError on an anchor outside the allowed days. */
export function demoCalendar(anchor: string): DemoCalendar {
  const problem = demoAnchorProblem(anchor);
  if (problem)
    throw new RangeError(`Demo anchor ${JSON.stringify(anchor)}: ${problem} (a real date from ${DEMO_ANCHOR_MIN} to ${DEMO_ANCHOR_MAX})`);
  return { anchor, ...demoWeeks(anchor), closed: demoClosedPeriods(anchor), current: demoCurrentPeriod(anchor) };
}
