// [U] The 2018 guide's "quality" cell meeting, computed and explained: attendance above the threshold,
// no unexcused absence, nobody excused more than N meetings in a row in the year.
import type { AttendanceMark } from './flags.js';
import type { CellSettings } from './settings.js';

export interface QualityIndicator {
  code: 'cells.quality.attendance' | 'cells.quality.no_unexcused' | 'cells.quality.excused_streak';
  ok: boolean;
  params: Record<string, number | string>;
}

export interface MeetingQuality {
  quality: boolean;
  indicators: QualityIndicator[];
}

/**
 * `attendance`: this meeting's marks (one per member expected); `excusedStreaks`: for each member, how
 * many meetings in a row up to and including this one (in the year) they were excused from.
 * An empty register is not a quality meeting (nothing shows it was).
 */
export function meetingQuality(
  attendance: ReadonlyArray<{ personId: string; status: AttendanceMark }>,
  excusedStreaks: ReadonlyMap<string, number>,
  settings: Pick<CellSettings, 'quality'>,
): MeetingQuality {
  const expected = attendance.length;
  const present = attendance.filter((a) => a.status === 'present').length;
  const unexcused = attendance.filter((a) => a.status === 'unexcused').length;
  // Percent to one decimal, compared as tenths so that 85,0% is not "above 85%".
  const tenths = expected === 0 ? 0 : Math.floor((present * 1000) / expected);
  const threshold = settings.quality.attendanceAbovePercent;
  const maxStreak = settings.quality.maxExcusedInARow;
  const over = [...excusedStreaks.entries()].filter(([, n]) => n > maxStreak).length;
  const indicators: QualityIndicator[] = [
    {
      code: 'cells.quality.attendance',
      ok: expected > 0 && tenths > threshold * 10,
      params: { present, expected, percent: tenths / 10, threshold },
    },
    { code: 'cells.quality.no_unexcused', ok: unexcused === 0, params: { unexcused } },
    { code: 'cells.quality.excused_streak', ok: over === 0, params: { members: over, max: maxStreak } },
  ];
  return { quality: indicators.every((i) => i.ok), indicators };
}

/** For each member, the excused streak ending at the last meeting of `history` (meetings in order, marks per member). */
export function excusedStreaks(history: ReadonlyArray<ReadonlyMap<string, AttendanceMark>>): Map<string, number> {
  const streaks = new Map<string, number>();
  for (const meeting of history) {
    for (const [person, status] of meeting) streaks.set(person, status === 'excused' ? (streaks.get(person) ?? 0) + 1 : 0);
  }
  return streaks;
}
