import { describe, expect, it } from 'vitest';
import type { DisciplineKind } from '../evaluation/config.js';
import { DEFAULT_POST_LADDER as L } from '../planning/ladder-defaults.js';
import { DEFAULT_RETIREMENT_SCHEDULE as S, type Gender } from '../retirement.js';
import {
  type AppointmentInput,
  checkAppointment,
  checkDisciplineWaiting,
  disciplineWaitingEndsOn,
  checkFullTerm,
  checkHigherPost,
  checkInPlan,
} from './appointment.js';
import { DEFAULT_PERSONNEL_SETTINGS as D } from './settings.js';

const A = D.appointment;

describe('checkHigherPost / checkInPlan (Quy định 377-QĐ/TW)', () => {
  it.each<[string[], string, string, 'pass' | 'fail']>([
    [['commune.party.deputy_secretary'], 'commune.party.secretary', 'personnel.appointment.higher', 'pass'],
    [['commune.party.deputy_secretary'], 'commune.pc.chair', 'personnel.appointment.not_higher', 'fail'], // equivalent: a transfer
    [['commune.party.secretary'], 'commune.pc.chair', 'personnel.appointment.not_higher', 'fail'], // lower
    [['commune.party.secretary'], 'province.department.director', 'personnel.appointment.not_higher', 'fail'], // equivalent across levels
    [['commune.pc.chair'], 'province.department.director', 'personnel.appointment.higher', 'pass'],
    [[], 'commune.pc.division_deputy', 'personnel.appointment.higher', 'pass'],
  ])('%s → %s', (current, target, code, outcome) => expect(checkHigherPost(L, current, target)).toMatchObject({ code, outcome }));

  it.each<[string[], string, string, 'pass' | 'fail']>([
    [['commune.party.secretary'], 'commune.party.secretary', 'personnel.in_plan', 'pass'],
    [['province.department.director'], 'commune.party.secretary', 'personnel.in_plan', 'pass'], // an equivalent post
    [['commune.party.secretary'], 'commune.party.standing_deputy_secretary', 'personnel.in_plan', 'pass'], // a higher post
    [['commune.pc.vice_chair'], 'commune.pc.chair', 'personnel.not_in_plan', 'fail'], // only a lower one
    [[], 'commune.pc.chair', 'personnel.not_in_plan', 'fail'],
  ])('planned for %s, proposed %s → %s', (planned, target, code, outcome) =>
    expect(checkInPlan(L, planned, target)).toMatchObject({ code, outcome }),
  );
});

describe('checkFullTerm (Quy định 377-QĐ/TW: 60 months, ≥ 48 by the special procedure; NĐ 135/2020 for men and women)', () => {
  it.each<[string, Gender, string, string, boolean, string, 'pass' | 'warn' | 'fail', number]>([
    // man born 06/1973 retires 30/06/2035
    ['man, exactly 60 months', 'male', '1973-06-01', '2030-07-01', false, 'personnel.full_term.ok', 'pass', 60],
    ['man, effective mid-month: 59', 'male', '1973-06-01', '2030-07-02', false, 'personnel.full_term.needs_special_procedure', 'fail', 59],
    [
      'man, 59 by the special procedure: flagged',
      'male',
      '1973-06-01',
      '2030-07-02',
      true,
      'personnel.full_term.special_procedure',
      'warn',
      59,
    ],
    [
      'man, exactly 48 by the special procedure',
      'male',
      '1973-06-01',
      '2031-07-01',
      true,
      'personnel.full_term.special_procedure',
      'warn',
      48,
    ],
    [
      'man, 47 months: too late even by the special procedure',
      'male',
      '1973-06-01',
      '2031-08-01',
      true,
      'personnel.full_term.too_late',
      'fail',
      47,
    ],
    // transition: man born 12/1965 retires at 61y9m on 30/09/2027
    ['man 12/1965 (61y9m) on 01/10/2022: 60', 'male', '1965-12-10', '2022-10-01', false, 'personnel.full_term.ok', 'pass', 60],
    ['man 12/1965 on 01/11/2022: 59', 'male', '1965-12-10', '2022-11-01', false, 'personnel.full_term.needs_special_procedure', 'fail', 59],
    // women across the schedule: born 04/1975 (59y8m → 31/12/2034), 05/1975 (60 → 31/05/2035), 03/1970 (57y4m → 31/07/2027)
    ['woman 04/1975 on 01/01/2030: 60', 'female', '1975-04-10', '2030-01-01', false, 'personnel.full_term.ok', 'pass', 60],
    ['woman 05/1975 on 01/01/2030: 65', 'female', '1975-05-10', '2030-01-01', false, 'personnel.full_term.ok', 'pass', 65],
    [
      'woman 04/1975 on 01/01/2031: 48, special',
      'female',
      '1975-04-10',
      '2031-01-01',
      true,
      'personnel.full_term.special_procedure',
      'warn',
      48,
    ],
    ['woman 03/1970 on 01/08/2022: 60', 'female', '1970-03-05', '2022-08-01', false, 'personnel.full_term.ok', 'pass', 60],
    [
      'woman 03/1970 on 01/09/2022: 59',
      'female',
      '1970-03-05',
      '2022-09-01',
      false,
      'personnel.full_term.needs_special_procedure',
      'fail',
      59,
    ],
  ])('%s', (_n, gender, dob, on, special, code, outcome, monthsLeft) => {
    const r = checkFullTerm(gender, dob, on, special, A, S);
    expect(r).toMatchObject({ code, outcome, params: { monthsLeft, required: 60, specialMin: 48 } });
  });
});

describe('checkDisciplineWaiting (Quy định 377-QĐ/TW [U]: reprimand 24, warning 36, removal 60 months from the decision)', () => {
  it.each<[string, Array<[DisciplineKind, string]>, string, string, string | null]>([
    ['reprimand, the day before 24 months', [['reprimand', '2024-03-15']], '2026-03-14', 'personnel.discipline.waiting', '2026-03-15'],
    ['reprimand, exactly 24 months', [['reprimand', '2024-03-15']], '2026-03-15', 'personnel.discipline.ok', null],
    ['warning at 30 months', [['warning', '2024-01-10']], '2026-07-10', 'personnel.discipline.waiting', '2027-01-10'],
    ['warning at 36 months', [['warning', '2024-01-10']], '2027-01-10', 'personnel.discipline.ok', null],
    ['removal at 59 months', [['removal', '2021-08-31']], '2026-07-31', 'personnel.discipline.waiting', '2026-08-31'],
    ['removal decided 31/08, 60 months → 31/08', [['removal', '2021-08-31']], '2026-08-31', 'personnel.discipline.ok', null],
    [
      'reprimand decided 29/02 ends 28/02 two years on (month end)',
      [['reprimand', '2024-02-29']],
      '2026-02-27',
      'personnel.discipline.waiting',
      '2026-02-28',
    ],
    [
      'the period ending last is shown',
      [
        ['reprimand', '2025-01-01'],
        ['warning', '2024-06-01'],
      ],
      '2026-06-01',
      'personnel.discipline.waiting',
      '2027-06-01',
    ],
    ['expulsion has no waiting period configured', [['expulsion', '2025-01-01']], '2026-06-01', 'personnel.discipline.ok', null],
    ['no discipline', [], '2026-06-01', 'personnel.discipline.ok', null],
  ])('%s', (_n, ds, on, code, endsOn) => {
    const r = checkDisciplineWaiting(
      ds.map(([kind, decidedOn]) => ({ kind, decidedOn })),
      on,
      A,
    );
    expect(r.code).toBe(code);
    if (endsOn) expect(r.params.endsOn).toBe(endsOn);
  });
  it.each<[DisciplineKind, string, string | null]>([
    ['reprimand', '2024-02-29', '2026-02-28'],
    ['warning', '2024-01-10', '2027-01-10'],
    ['removal', '2021-08-31', '2026-08-31'],
    ['expulsion', '2021-08-31', null],
  ])('disciplineWaitingEndsOn(%s of %s) → %s', (kind, decidedOn, want) =>
    expect(disciplineWaitingEndsOn({ kind, decidedOn }, A)).toBe(want),
  );
  it('the months are parameters', () => {
    const r = checkDisciplineWaiting([{ kind: 'reprimand', decidedOn: '2025-01-01' }], '2026-02-01', {
      ...A,
      disciplineWaitingMonths: { reprimand: 12 },
    });
    expect(r.outcome).toBe('pass');
  });
});

describe('checkAppointment (Quy định 377-QĐ/TW: the whole file)', () => {
  const base: AppointmentInput = {
    targetPost: 'commune.party.secretary',
    currentPosts: ['commune.party.standing_deputy_secretary'],
    tenures: [{ id: 't1', postId: 'P1', postCode: 'commune.party.standing_deputy_secretary', startDate: '2025-07-01', endDate: null }],
    currentTenureId: 't1',
    plannedPosts: ['commune.party.secretary'],
    gender: 'male',
    dateOfBirth: '1975-03-01',
    effectiveDate: '2026-09-01',
    specialProcedure: false,
    ratings: [
      { year: 2023, level: 'good' },
      { year: 2024, level: 'excellent' },
      { year: 2025, level: 'good' },
    ],
    disciplines: [],
    underInvestigation: false,
  };
  const codes = (over: Partial<AppointmentInput>) => checkAppointment(L, { ...base, ...over }, A, S).map((c) => `${c.code}:${c.outcome}`);

  it('every check passes, the 3 years of ratings are shown', () => {
    const checks = checkAppointment(L, base, A, S);
    expect(checks.map((c) => c.outcome)).toEqual(Array(7).fill('pass'));
    expect(checks.find((c) => c.code === 'personnel.ratings.ok')!.params).toMatchObject({
      ratingYears: [2023, 2024, 2025],
      levels: ['good', 'excellent', 'good'],
    });
    expect(checks.find((c) => c.code === 'personnel.months_in_post.ok')!.params).toMatchObject({ months: 14, required: 12 });
  });
  it.each<[string, Partial<AppointmentInput>, string]>([
    ['not in the plan', { plannedPosts: [] }, 'personnel.not_in_plan:fail'],
    ['11 months in post', { effectiveDate: '2026-06-30' }, 'personnel.months_in_post:fail'],
    [
      'last year rated HT (below HTT)',
      { ratings: [...base.ratings.slice(0, 2), { year: 2025, level: 'completed' }] },
      'personnel.ratings.below:fail',
    ],
    ['last year not rated yet', { ratings: base.ratings.slice(0, 2) }, 'personnel.ratings.missing:warn'],
    [
      "within a reprimand's waiting period",
      { disciplines: [{ kind: 'reprimand', decidedOn: '2025-01-20' }] },
      'personnel.discipline.waiting:fail',
    ],
    ['under investigation', { underInvestigation: true }, 'personnel.investigation:fail'],
    [
      'an equivalent post: the transfer procedure',
      { targetPost: 'commune.pc.chair', plannedPosts: ['commune.pc.chair'] },
      'personnel.appointment.not_higher:fail',
    ],
    [
      'a woman born 10/1972 (58y8m, retires 30/06/2031): 58 months left',
      { gender: 'female', dateOfBirth: '1972-10-15' },
      'personnel.full_term.needs_special_procedure:fail',
    ],
  ])('%s', (_n, over, expected) => expect(codes(over)).toContain(expected));
  it('without a current tenure the months-in-post check is not made', () => {
    expect(codes({ currentTenureId: null, currentPosts: [] }).some((c) => c.startsWith('personnel.months_in_post'))).toBe(false);
  });
});
