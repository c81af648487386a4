import { describe, expect, it } from 'vitest';
import { DEFAULT_RESULTS_FORMULA, DEFAULT_EXCLUSION_RULES } from './config.js';
import { fact, notDone, Q1, totals } from './evaluation.test-support.js';
import { checkExclusion, type ExclusionInput, isNewMember, type MemberStatusRow, tasksOfTimeWorked, workedPeriods } from './exclusions.js';
import { computeScore } from './score.js';

const Q2 = { from: '2026-04-01', to: '2026-06-30' }; // 91 days
const row = (kind: MemberStatusRow['kind'], validFrom: string, validTo: string | null = null): MemberStatusRow => ({
  kind,
  validFrom,
  validTo,
});
const check = (over: Partial<ExclusionInput>, rules = DEFAULT_EXCLUSION_RULES) =>
  checkExclusion({ period: Q2, statuses: [], ...over }, rules);

describe('checkExclusion (Quy định 366-QĐ/TW: who is not classified)', () => {
  it.each<[string, Partial<ExclusionInput>, string | null]>([
    ['not a Party member', { admittedOn: null }, null],
    ['admitted 2025-12-31: exactly 6 months before 30/06', { admittedOn: '2025-12-31' }, null],
    ['admitted 2026-01-01: less than 6 months', { admittedOn: '2026-01-01' }, 'new_member'],
    ['admitted during the period', { admittedOn: '2026-05-01' }, 'new_member'],
    ['admitted years ago', { admittedOn: '2010-03-02' }, null],
    ['new member, but an NĐ 335 evaluation', { admittedOn: '2026-05-01', partyRules: false }, null],
    ['exempted from Party work, open-ended', { statuses: [row('exempted', '2024-01-01')] }, 'exempted'],
    ['exempted ending on the first day of the period', { statuses: [row('exempted', '2025-01-01', '2026-04-01')] }, 'exempted'],
    ['exempted ending the day before the period', { statuses: [row('exempted', '2025-01-01', '2026-03-31')] }, null],
    ['exempted from the period’s last day', { statuses: [row('exempted', '2026-06-30')] }, 'exempted'],
    ['exempted after the period', { statuses: [row('exempted', '2026-07-01')] }, null],
    ['suspended during the period', { statuses: [row('suspended', '2026-05-10', '2026-05-20')] }, 'suspended'],
    ['suspended, but an NĐ 335 evaluation', { statuses: [row('suspended', '2026-05-10')], partyRules: false }, null],
    ['new member is the first reason shown', { admittedOn: '2026-05-01', statuses: [row('suspended', '2026-05-10')] }, 'new_member'],
    ['sick leave over the whole period', { statuses: [row('sick_leave', '2026-03-01', '2026-07-15')] }, 'on_leave'],
    ['sick leave for part of it', { statuses: [row('sick_leave', '2026-04-01', '2026-04-30')] }, null],
  ])('%s → %s', (_n, over, reason) => {
    const r = check(over);
    expect(r.excluded ? r.reason : null).toBe(reason);
    if (r.excluded) {
      expect(r.key).toBe(`exclusion.${reason}`);
      expect(r.rule).toMatch(/Quy định 366-QĐ\/TW/);
    }
  });

  it('the configured number of months', () => {
    const rules = { minMembershipMonths: 12 };
    expect(check({ admittedOn: '2025-12-31' }, rules)).toMatchObject({ excluded: true, reason: 'new_member', params: { months: 12 } });
    expect(check({ admittedOn: '2025-06-30' }, rules)).toMatchObject({ excluded: false });
  });

  it.each<[string, string, number, boolean]>([
    ['31/12 + 6 months = 30/06: classified', '2025-12-31', 6, false],
    ['31/08 + 6 months clamps to 28/02', '2025-08-31', 6, false],
    ['01/09 + 6 months = 01/03 > 28/02', '2025-09-01', 6, true],
  ])('isNewMember %s', (_n, admitted, months, isNew) => {
    const end = admitted.startsWith('2025-12') ? '2026-06-30' : '2026-02-28';
    expect(isNewMember(admitted, end, months)).toBe(isNew);
  });
});

describe('leave: scored on time actually worked', () => {
  it.each<[string, MemberStatusRow[], number, Array<[string, string]>]>([
    ['no leave', [], 1, [['2026-04-01', '2026-06-30']]],
    ['April off (30 of 91 days)', [row('sick_leave', '2026-04-01', '2026-04-30')], 0.6703, [['2026-05-01', '2026-06-30']]],
    ['maternity from 01/06, open-ended', [row('maternity_leave', '2026-06-01')], 0.6703, [['2026-04-01', '2026-05-31']]],
    [
      'two spells, overlapping each other',
      [row('sick_leave', '2026-04-10', '2026-04-20'), row('sick_leave', '2026-04-15', '2026-04-25')],
      0.8242,
      [
        ['2026-04-01', '2026-04-09'],
        ['2026-04-26', '2026-06-30'],
      ],
    ],
    [
      'a spell nested in another',
      [row('sick_leave', '2026-04-01', '2026-04-30'), row('sick_leave', '2026-04-10', '2026-04-20')],
      0.6703,
      [['2026-05-01', '2026-06-30']],
    ],
    ['leave started before the period', [row('maternity_leave', '2026-01-01', '2026-05-15')], 0.5055, [['2026-05-16', '2026-06-30']]],
    [
      'a single day',
      [row('sick_leave', '2026-05-05', '2026-05-05')],
      0.989,
      [
        ['2026-04-01', '2026-05-04'],
        ['2026-05-06', '2026-06-30'],
      ],
    ],
    ['leave outside the period ignored', [row('sick_leave', '2026-01-01', '2026-02-01')], 1, [['2026-04-01', '2026-06-30']]],
    ['other statuses are not leave', [row('exempted', '2026-04-01', '2026-04-30')], 1, [['2026-04-01', '2026-06-30']]],
  ])('%s', (_n, statuses, ratio, periods) => {
    // Party rules off so that an 'exempted' row only tests that it is not leave.
    const r = check({ statuses, partyRules: false });
    expect(r).toEqual({ excluded: false, workedRatio: ratio, workedPeriods: periods.map(([from, to]) => ({ from, to })) });
  });

  it('workedPeriods of a period without leave is the period', () => {
    expect(workedPeriods(Q1, [])).toEqual([Q1]);
  });

  it('the results base is the tasks of the time worked, and the score is not scaled down', () => {
    const facts = [
      fact({ dueDate: '2026-01-20', completedOn: '2026-01-19' }),
      notDone({ dueDate: '2026-02-20' }), // due while on leave: not the person's to answer for
      fact({ dueDate: '2026-03-20', completedOn: '2026-03-18' }),
    ];
    const worked = workedPeriods(Q1, [row('sick_leave', '2026-02-01', '2026-02-28')]);
    const kept = tasksOfTimeWorked(facts, worked);
    expect(kept.map((f) => f.dueDate)).toEqual(['2026-01-20', '2026-03-20']);
    const set = {
      generalPoints: 30,
      resultsPoints: 70,
      criteria: [
        { code: 'g', part: 'general' as const, maxPoints: 30, source: 'manual' as const },
        { code: 'r', part: 'results' as const, maxPoints: 70, source: 'tasks' as const },
      ],
    };
    const r = computeScore({ set, formula: DEFAULT_RESULTS_FORMULA, general: { g: 30 }, tasks: totals(kept) });
    expect(r.total).toBe(100);
    const all = computeScore({ set, formula: DEFAULT_RESULTS_FORMULA, general: { g: 30 }, tasks: totals(facts) });
    expect(all.total).toBeLessThan(100);
  });

  it('tasksOfTimeWorked never keeps a cancelled task', () => {
    expect(tasksOfTimeWorked([notDone({ status: 'cancelled' })], [Q1])).toEqual([]);
  });
});
