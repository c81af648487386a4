import { describe, expect, it } from 'vitest';
import { DEFAULT_POST_LADDER as L } from '../planning/ladder-defaults.js';
import { DEFAULT_RETIREMENT_SCHEDULE as S, type Gender } from '../retirement.js';
import { checkRotation, checkRotationPost, type RotationInput, rotationServed } from './rotation.js';
import { DEFAULT_PERSONNEL_SETTINGS as D } from './settings.js';

const base: RotationInput = {
  currentPosts: ['province.department.director'],
  targetPost: 'commune.party.secretary',
  gender: 'male',
  dateOfBirth: '1980-05-10',
  startDate: '2026-07-01',
  plannedEndDate: '2029-06-30',
  inPlan: true,
  postCreatedForRotation: false,
  ratings: [{ year: 2025, level: 'good' }],
};
const run = (over: Partial<RotationInput>) => checkRotation(L, { ...base, ...over }, D.rotation, D.appointment.ratings, S);

describe('checkRotation (Quy định 65-QĐ/TW)', () => {
  it('a province director rotated to a commune secretary for 36 months: every check passes', () => {
    const checks = run({});
    expect(checks.map((c) => `${c.code}:${c.outcome}`)).toEqual([
      'personnel.rotation.working_time.ok:pass',
      'personnel.rotation.duration.ok:pass',
      'personnel.rotation.post_equivalent:pass',
      'personnel.rotation.in_plan:pass',
      'personnel.rotation.post_existing:pass',
      'personnel.ratings.shown:pass',
    ]);
    expect(checks[1].params).toMatchObject({ months: 36, required: 36 });
  });

  // Working time left at 01/07/2026: men 62, women 60 (with the NĐ 135 schedule).
  it.each<[string, Gender, string, number, 'pass' | 'fail']>([
    ['man born 06/1978 retires 30/06/2040: 168 months', 'male', '1978-06-15', 168, 'pass'],
    ['man born 06/1964 (61y3m) retired on 30/09/2025', 'male', '1964-06-15', -9, 'fail'],
    ['man born 06/1974 retires 30/06/2036: exactly 120', 'male', '1974-06-01', 120, 'pass'],
    ['man born 05/1974 retires 31/05/2036: 119 (9 years 11 months)', 'male', '1974-05-31', 119, 'fail'],
    ['man born 07/1973 retires 31/07/2035: 109 (9 years 1 month)', 'male', '1973-07-01', 109, 'fail'],
    ['woman born 06/1976 retires 30/06/2036: 120', 'female', '1976-06-20', 120, 'pass'],
    ['woman born 04/1975 (59y8m) retires 31/12/2034: 102', 'female', '1975-04-10', 102, 'fail'],
  ])('%s', (_n, gender, dob, months, outcome) => {
    const c = run({ gender, dateOfBirth: dob })[0];
    expect(c).toMatchObject({ outcome, params: { monthsLeft: months, required: 120 } });
  });

  it.each<[string, string, number, 'pass' | 'fail']>([
    ['36 months to the day', '2029-06-30', 36, 'pass'],
    ['a day short', '2029-06-29', 35, 'fail'],
    ['24 months', '2028-06-30', 24, 'fail'],
    ['5 years', '2031-06-30', 60, 'pass'],
  ])('duration: %s', (_n, end, months, outcome) => {
    expect(run({ plannedEndDate: end })[1]).toMatchObject({ outcome, params: { months } });
  });

  it.each<[string, Partial<RotationInput>, string]>([
    ['not in a plan', { inPlan: false }, 'personnel.rotation.not_in_plan:fail'],
    ['a post created for the rotation', { postCreatedForRotation: true }, 'personnel.rotation.post_created:fail'],
  ])('%s', (_n, over, code) => expect(run(over).map((c) => `${c.code}:${c.outcome}`)).toContain(code));
});

describe('checkRotationPost (Quy định 65-QĐ/TW: usually an equivalent post)', () => {
  it.each<[string[], string, string, 'pass' | 'warn' | 'fail']>([
    [['commune.pc.chair'], 'commune.party.deputy_secretary', 'personnel.rotation.post_equivalent', 'pass'],
    [['commune.pc.chair'], 'commune.party.standing_deputy_secretary', 'personnel.rotation.post_higher', 'warn'],
    [['commune.pc.chair'], 'commune.pc.vice_chair', 'personnel.rotation.post_lower', 'fail'],
    [['commune.pc.vice_chair', 'commune.pc.chair'], 'commune.party.deputy_secretary', 'personnel.rotation.post_equivalent', 'pass'],
    [['commune.committee.executive_member'], 'commune.pc.chair', 'personnel.rotation.post_not_comparable', 'warn'],
  ])('%s → %s', (current, target, code, outcome) =>
    expect(checkRotationPost(L, current, target, D.rotation)).toMatchObject({ code, outcome }),
  );
  it('the outcomes are parameters', () => {
    expect(
      checkRotationPost(L, ['commune.pc.chair'], 'commune.party.standing_deputy_secretary', { ...D.rotation, higherPost: 'fail' }).outcome,
    ).toBe('fail');
  });
});

describe('rotationServed (Quy định 65-QĐ/TW: at least 36 months)', () => {
  it.each<[string, string, number, boolean]>([
    ['2026-07-01', '2029-06-30', 36, false],
    ['2026-07-01', '2029-06-29', 35, true],
    ['2026-07-01', '2026-12-31', 6, true],
    ['2026-07-01', '2026-06-01', 0, true],
  ])('from %s, on %s → %s months', (start, on, months, below) =>
    expect(rotationServed(start, on, D.rotation)).toEqual({ months, belowMinimum: below }),
  );
});
