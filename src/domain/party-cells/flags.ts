// The Charter's flags and the meeting rules, as explained findings (never a status change: the cell and
// the committee decide). Months are 'YYYY-MM'.
import type { CellSettings } from './settings.js';

export type AttendanceMark = 'present' | 'excused' | 'unexcused';
export type DuesMark = 'paid' | 'unpaid' | 'excused';

export interface MemberYear {
  /** The member's attendance at the cell's regular (or combined) meetings, by month. */
  attendance: ReadonlyArray<{ month: string; status: AttendanceMark }>;
  /** The member's dues, by month (a month with no record is not counted: nothing is assumed). */
  dues: ReadonlyArray<{ month: string; status: DuesMark }>;
}

export interface CharterFlag {
  flagged: boolean;
  /** Months in the year with an unexcused absence (at least one meeting skipped without reason). */
  skippedMonths: string[];
  /** Months in the year with dues unpaid without reason. */
  unpaidMonths: string[];
  threshold: number;
}

/**
 * Điều lệ Đảng, Điều 8: skipping cell meetings OR not paying dues for `removal.months` months in a calendar
 * year without good reason. The months need not be consecutive; excused months never count. The two
 * grounds are counted separately (3 skipped, or 3 unpaid), as the Charter states them.
 */
export function charterFlag(year: number, data: MemberYear, settings: Pick<CellSettings, 'removal'>): CharterFlag {
  const inYear = (m: string) => m.startsWith(`${year}-`);
  const skipped = new Set(data.attendance.filter((a) => inYear(a.month) && a.status === 'unexcused').map((a) => a.month));
  const unpaid = new Set(data.dues.filter((d) => inYear(d.month) && d.status === 'unpaid').map((d) => d.month));
  const threshold = settings.removal.months;
  const skippedMonths = [...skipped].sort();
  const unpaidMonths = [...unpaid].sort();
  return { flagged: skippedMonths.length >= threshold || unpaidMonths.length >= threshold, skippedMonths, unpaidMonths, threshold };
}

export interface HeldMeeting {
  month: string;
  kind: 'regular' | 'themed' | 'combined';
}

export interface CellCadence {
  /** Elapsed months of the year without a held regular (or combined) meeting. */
  missedMonths: string[];
  /** Elapsed periods (quarters by default) of the year without a held themed (or combined) meeting, by their first month. */
  missedThemedPeriods: Array<{ from: string; to: string }>;
}

const monthKey = (year: number, m: number) => `${year}-${String(m).padStart(2, '0')}`;

/**
 * Chỉ thị 50-CT/TW; Hướng dẫn 42-HD/BTCTW: a regular meeting every month and a themed one every
 * `themedEveryMonths` months (a combined meeting counts as both). Only months and periods that have ended
 * before `asOfMonth` are judged (the current month can still hold its meeting).
 */
export function cellCadence(
  year: number,
  held: ReadonlyArray<HeldMeeting>,
  asOfMonth: string,
  settings: Pick<CellSettings, 'meeting'>,
): CellCadence {
  const regular = new Set(held.filter((h) => h.kind !== 'themed').map((h) => h.month));
  const themed = new Set(held.filter((h) => h.kind !== 'regular').map((h) => h.month));
  const missedMonths: string[] = [];
  for (let m = 1; m <= 12; m++) {
    const key = monthKey(year, m);
    if (key >= asOfMonth) break;
    if (!regular.has(key)) missedMonths.push(key);
  }
  const step = Math.max(1, settings.meeting.themedEveryMonths);
  const missedThemedPeriods: CellCadence['missedThemedPeriods'] = [];
  for (let start = 1; start <= 12; start += step) {
    const end = Math.min(12, start + step - 1);
    if (monthKey(year, end) >= asOfMonth) break;
    let any = false;
    for (let m = start; m <= end; m++) if (themed.has(monthKey(year, m))) any = true;
    if (!any) missedThemedPeriods.push({ from: monthKey(year, start), to: monthKey(year, end) });
  }
  return { missedMonths, missedThemedPeriods };
}

export interface MeetingTimes {
  kind: 'regular' | 'themed' | 'combined';
  plannedAt: Date;
  documentsPostedAt: Date | null;
  startedAt: Date | null;
  endedAt: Date | null;
}

export type MeetingFlagCode = 'cells.meeting.documents_late' | 'cells.meeting.documents_missing' | 'cells.meeting.too_short';
export interface MeetingFlag {
  code: MeetingFlagCode;
  params: Record<string, number | string>;
}

/** The meeting's flags: documents posted less than the lead time before it began (or never), a meeting shorter than required. */
export function meetingFlags(m: MeetingTimes, settings: Pick<CellSettings, 'meeting'>): MeetingFlag[] {
  const flags: MeetingFlag[] = [];
  const start = m.startedAt ?? m.plannedAt;
  const lead = settings.meeting.documentsLeadHours;
  if (m.documentsPostedAt === null) {
    if (m.startedAt !== null) flags.push({ code: 'cells.meeting.documents_missing', params: { hours: lead } });
  } else {
    const hours = (start.getTime() - m.documentsPostedAt.getTime()) / 3_600_000;
    if (hours < lead)
      flags.push({ code: 'cells.meeting.documents_late', params: { hours: Math.max(0, Math.floor(hours)), required: lead } });
  }
  if (m.startedAt && m.endedAt) {
    const minutes = Math.round((m.endedAt.getTime() - m.startedAt.getTime()) / 60_000);
    const required = m.kind === 'combined' ? settings.meeting.minMinutesCombined : settings.meeting.minMinutes;
    if (minutes < required) flags.push({ code: 'cells.meeting.too_short', params: { minutes, required } });
  }
  return flags;
}
