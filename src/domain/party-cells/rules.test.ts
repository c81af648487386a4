// Tables for every Party-cell rule: probation across leap years, working-day deadlines across Tết and
// 2/9, the admission age in months, the Charter's 3-months-in-a-year flag (non-consecutive, excused
// months), the cell's monthly/quarterly cadence, the meeting's flags and its quality indicators.
import { describe, expect, it } from 'vitest';
import {
  CELL_RULE_MESSAGES,
  CELL_SETTING_KEYS,
  DEFAULT_CELL_SETTINGS as S,
  addWorkingDays,
  admissionAge,
  cellCadence,
  cellSettingsFromRows,
  charterFlag,
  excusedStreaks,
  meetingFlags,
  meetingQuality,
  partyAgeYears,
  probationComplete,
  probationEnd,
  transferDeadlines,
  workingDaysBetween,
} from './index.js';

// The 2026 days off around Tết (16–20/02, Mon–Fri) and 2/9 (01–02/09), as the migration stores them.
const H2026 = new Set([
  '2026-01-01',
  '2026-01-02',
  '2026-02-16',
  '2026-02-17',
  '2026-02-18',
  '2026-02-19',
  '2026-02-20',
  '2026-04-27',
  '2026-04-30',
  '2026-05-01',
  '2026-09-01',
  '2026-09-02',
]);

describe('probation end (12 months after the ceremony)', () => {
  it.each([
    ['2025-03-15', '2026-03-15'],
    ['2024-02-29', '2025-02-28'], // a leap day: the same day does not exist a year on
    ['2023-02-28', '2024-02-28'], // into a leap year: the 28th, not the 29th
    ['2025-12-31', '2026-12-31'],
  ])('ceremony %s → ends %s', (ceremony, end) => {
    expect(probationEnd(ceremony, S)).toBe(end);
  });
  it('the vote is possible on the end day, not the day before', () => {
    expect(probationComplete('2024-02-29', '2025-02-27', S)).toBe(false);
    expect(probationComplete('2024-02-29', '2025-02-28', S)).toBe(true);
  });
  it('follows the configured months', () => {
    expect(probationEnd('2025-01-31', { probation: { months: 18 } })).toBe('2026-07-31');
  });
});

describe('working days (weekends and public holidays off)', () => {
  it.each([
    // Friday 13/02/2026 + 1 working day: the weekend and the Tết week are skipped → Monday 23/02.
    ['2026-02-13', 1, '2026-02-23'],
    ['2026-02-12', 2, '2026-02-23'],
    // Across 2/9: Monday 31/08 + 1 → Thursday 03/09 (01 and 02/09 are off).
    ['2026-08-31', 1, '2026-09-03'],
    ['2026-08-28', 2, '2026-09-03'],
    ['2026-03-02', 0, '2026-03-02'],
    ['2026-03-02', 5, '2026-03-09'],
  ])('%s + %i working days → %s', (start, n, end) => {
    expect(addWorkingDays(start, n, H2026)).toBe(end);
  });
  it('without the holiday data the same count lands a week earlier (the calendar is what matters)', () => {
    expect(addWorkingDays('2026-02-13', 1, new Set())).toBe('2026-02-16');
  });
  it('counts working days between two dates', () => {
    expect(workingDaysBetween('2026-02-13', '2026-02-23', H2026)).toBe(1);
    expect(workingDaysBetween('2026-02-23', '2026-02-13', H2026)).toBe(0);
  });
  it('transfer deadlines: 60 working days to file across Tết, then 30 to present', () => {
    // Letter on 02/02/2026: February holds 14 working days after it (16–20 off), March 22, April 20
    // (27 and 30 off), and 01/05 is off: the 60th is Thursday 07/05; 30 more end on Thursday 18/06.
    const d = transferDeadlines('2026-02-02', S, H2026);
    expect(workingDaysBetween('2026-02-02', d.fileBy, H2026)).toBe(60);
    expect(d.fileBy).toBe('2026-05-07');
    expect(workingDaysBetween(d.fileBy, d.presentBy, H2026)).toBe(30);
    expect(d.presentBy).toBe('2026-06-18');
  });
  it('refuses a negative or fractional count', () => {
    expect(() => addWorkingDays('2026-01-05', -1, H2026)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-01-05', 1.5, H2026)).toThrow(RangeError);
  });
});

describe('admission age at the cell’s consideration, in months (18–60)', () => {
  it.each([
    ['2008-03-10', '2026-03-09', false, 'cells.age.too_young', 215],
    ['2008-03-10', '2026-03-10', true, 'cells.age.ok', 216],
    ['1966-03-10', '2026-03-10', true, 'cells.age.ok', 720],
    ['1966-03-10', '2026-04-09', true, 'cells.age.ok', 720],
    ['1966-03-10', '2026-04-10', false, 'cells.age.too_old', 721],
    // Born on a leap day: the months are counted as dates.ts counts them (29/02 + 216 months = 28/02).
    ['2008-02-29', '2026-02-27', false, 'cells.age.too_young', 215],
    ['2008-02-29', '2026-02-28', true, 'cells.age.ok', 216],
  ] as const)('born %s, considered %s → ok=%s (%s, %i months)', (birth, on, ok, code, months) => {
    expect(admissionAge(birth, on, S)).toEqual({ ok, code, ageMonths: months });
  });
  it('Party age counts whole years from the admission decision', () => {
    expect(partyAgeYears('2016-05-19', '2026-05-18')).toBe(9);
    expect(partyAgeYears('2016-05-19', '2026-05-19')).toBe(10);
  });
});

describe('Charter Điều 8: 3 months in a year without reason', () => {
  const att = (marks: Record<string, 'present' | 'excused' | 'unexcused'>) =>
    Object.entries(marks).map(([month, status]) => ({ month, status }));
  it.each([
    ['three consecutive unexcused months', { '2026-01': 'unexcused', '2026-02': 'unexcused', '2026-03': 'unexcused' }, true, 3],
    ['three non-consecutive unexcused months', { '2026-01': 'unexcused', '2026-05': 'unexcused', '2026-11': 'unexcused' }, true, 3],
    ['two unexcused and one excused', { '2026-01': 'unexcused', '2026-02': 'excused', '2026-03': 'unexcused' }, false, 2],
    ['excused every month', { '2026-01': 'excused', '2026-02': 'excused', '2026-03': 'excused', '2026-04': 'excused' }, false, 0],
    ['across two years (only the year counts)', { '2025-11': 'unexcused', '2025-12': 'unexcused', '2026-01': 'unexcused' }, false, 1],
  ] as const)('%s', (_, marks, flagged, skipped) => {
    const f = charterFlag(2026, { attendance: att(marks), dues: [] }, S);
    expect(f.flagged).toBe(flagged);
    expect(f.skippedMonths).toHaveLength(skipped);
  });
  it('two unexcused absences in one month are one month', () => {
    const f = charterFlag(
      2026,
      { attendance: att({ '2026-01': 'unexcused' }).concat(att({ '2026-01': 'unexcused', '2026-02': 'unexcused' })), dues: [] },
      S,
    );
    expect(f).toMatchObject({ flagged: false, skippedMonths: ['2026-01', '2026-02'] });
  });
  it('unpaid dues count on their own; excused dues never count', () => {
    const dues = [
      { month: '2026-02', status: 'unpaid' as const },
      { month: '2026-06', status: 'unpaid' as const },
      { month: '2026-07', status: 'excused' as const },
      { month: '2026-09', status: 'unpaid' as const },
    ];
    expect(charterFlag(2026, { attendance: [], dues }, S)).toMatchObject({
      flagged: true,
      unpaidMonths: ['2026-02', '2026-06', '2026-09'],
    });
    expect(charterFlag(2026, { attendance: [], dues }, { removal: { months: 4 } }).flagged).toBe(false);
  });
  it('does not add the grounds together (2 skipped + 1 unpaid is not 3)', () => {
    const f = charterFlag(
      2026,
      { attendance: att({ '2026-01': 'unexcused', '2026-02': 'unexcused' }), dues: [{ month: '2026-03', status: 'unpaid' }] },
      S,
    );
    expect(f.flagged).toBe(false);
  });
});

describe('the cell’s cadence: monthly regular, themed each quarter', () => {
  it('judges only the months and quarters already over', () => {
    const held = [
      { month: '2026-01', kind: 'regular' as const },
      { month: '2026-02', kind: 'combined' as const },
      { month: '2026-04', kind: 'regular' as const },
      { month: '2026-05', kind: 'themed' as const },
    ];
    const c = cellCadence(2026, held, '2026-07', S);
    expect(c.missedMonths).toEqual(['2026-03', '2026-05', '2026-06']);
    expect(c.missedThemedPeriods).toEqual([]);
    const later = cellCadence(2026, held, '2027-01', S);
    expect(later.missedThemedPeriods).toEqual([
      { from: '2026-07', to: '2026-09' },
      { from: '2026-10', to: '2026-12' },
    ]);
    expect(cellCadence(2026, [], '2026-01', S)).toEqual({ missedMonths: [], missedThemedPeriods: [] });
  });
});

describe('meeting flags', () => {
  const at = (s: string) => new Date(s);
  const base = { kind: 'regular' as const, plannedAt: at('2026-03-10T07:30:00Z') };
  it.each([
    [
      'documents a day ahead, 90 minutes',
      { documentsPostedAt: at('2026-03-09T07:30:00Z'), startedAt: at('2026-03-10T07:30:00Z'), endedAt: at('2026-03-10T09:00:00Z') },
      [],
    ],
    [
      'documents 23 hours ahead',
      { documentsPostedAt: at('2026-03-09T08:30:00Z'), startedAt: at('2026-03-10T07:30:00Z'), endedAt: at('2026-03-10T09:00:00Z') },
      ['cells.meeting.documents_late'],
    ],
    [
      'no documents, 89 minutes',
      { documentsPostedAt: null, startedAt: at('2026-03-10T07:30:00Z'), endedAt: at('2026-03-10T08:59:00Z') },
      ['cells.meeting.documents_missing', 'cells.meeting.too_short'],
    ],
    ['not held yet, no documents: nothing to flag', { documentsPostedAt: null, startedAt: null, endedAt: null }, []],
  ])('%s', (_, times, codes) => {
    expect(meetingFlags({ ...base, ...times }, S).map((f) => f.code)).toEqual(codes);
  });
  it('a combined meeting needs 120 minutes', () => {
    const m = {
      kind: 'combined' as const,
      plannedAt: at('2026-03-10T07:30:00Z'),
      documentsPostedAt: at('2026-03-08T07:30:00Z'),
      startedAt: at('2026-03-10T07:30:00Z'),
      endedAt: at('2026-03-10T09:29:00Z'),
    };
    expect(meetingFlags(m, S)).toEqual([{ code: 'cells.meeting.too_short', params: { minutes: 119, required: 120 } }]);
    expect(meetingFlags({ ...m, endedAt: at('2026-03-10T09:30:00Z') }, S)).toEqual([]);
  });
});

describe('meeting quality [U]', () => {
  const reg = (present: number, excused: number, unexcused: number) => [
    ...Array.from({ length: present }, (_, i) => ({ personId: `p${i}`, status: 'present' as const })),
    ...Array.from({ length: excused }, (_, i) => ({ personId: `e${i}`, status: 'excused' as const })),
    ...Array.from({ length: unexcused }, (_, i) => ({ personId: `u${i}`, status: 'unexcused' as const })),
  ];
  it.each([
    ['19/20 present, 1 excused', reg(19, 1, 0), true],
    ['17/20 = 85% is not above 85%', reg(17, 3, 0), false],
    ['18/20 with one unexcused', reg(18, 1, 1), false],
    ['an empty register', reg(0, 0, 0), false],
  ])('%s', (_, attendance, quality) => {
    expect(meetingQuality(attendance, new Map(), S).quality).toBe(quality);
  });
  it('a member excused a 4th time in a row spoils it; the streak restarts after a meeting attended', () => {
    const m = (s: 'present' | 'excused') => new Map([['a', s]]);
    expect(excusedStreaks([m('excused'), m('excused'), m('excused'), m('excused')]).get('a')).toBe(4);
    expect(excusedStreaks([m('excused'), m('excused'), m('present'), m('excused')]).get('a')).toBe(1);
    const q = meetingQuality(reg(19, 1, 0), new Map([['e0', 4]]), S);
    expect(q.quality).toBe(false);
    expect(q.indicators.find((i) => i.code === 'cells.quality.excused_streak')).toMatchObject({
      ok: false,
      params: { members: 1, max: 3 },
    });
  });
});

describe('settings and messages', () => {
  it('reads the stored rows and refuses a broken one', () => {
    const rows = Object.fromEntries(Object.entries(CELL_SETTING_KEYS).map(([f, k]) => [k, S[f as keyof typeof S]]));
    expect(cellSettingsFromRows(rows)).toEqual(S);
    expect(() => cellSettingsFromRows({ ...rows, 'cells.removal': { months: 'three' } })).toThrow(/cells.removal.months/);
    expect(() => cellSettingsFromRows({ ...rows, 'cells.admission_age': { minMonths: 800, maxMonths: 720 } })).toThrow();
  });
  it('every message has both languages and names the rule', () => {
    for (const [key, m] of Object.entries(CELL_RULE_MESSAGES)) {
      expect(m.vi, key).toContain('{rule}');
      expect(m.en, key).toContain('{rule}');
    }
  });
});
