import { describe, expect, it } from 'vitest';
import { DEFAULT_PLANNING_SETTINGS as D, PLANNING_SETTING_KEYS } from './settings.js';
import { parsePlanningSettings, planningSettingsFromRows, validatePlanningSettings } from './settings-validate.js';

const clone = () => JSON.parse(JSON.stringify(D));

describe('validatePlanningSettings (a bad regulation_setting row is a clear error)', () => {
  it('the seed is valid and survives a JSON round trip', () => {
    expect(validatePlanningSettings(clone())).toEqual([]);
    expect(parsePlanningSettings(clone())).toEqual(D);
  });
  it.each<[string, (s: ReturnType<typeof clone>) => void, string[]]>([
    [
      'a fractional cap',
      (s) => {
        s.caps.candidatesPerSeat = 2.5;
      },
      ['caps.candidatesPerSeat:setting.integer'],
    ],
    [
      'factors in the wrong order',
      (s) => {
        s.caps.committeeSeatsMinFactor = 1.6;
      },
      ['caps.committeeSeatsMaxFactor:setting.range'],
    ],
    [
      'months as text',
      (s) => {
        s.age.minMonthsLeft[1] = '60';
      },
      ['age.minMonthsLeft.1:setting.number'],
    ],
    [
      'a reference month written the Vietnamese way',
      (s) => {
        s.age.referenceMonths['party-2030-2035'].commune = '07/2030';
      },
      ['age.referenceMonths.party-2030-2035.commune:setting.month'],
    ],
    [
      'an unknown level',
      (s) => {
        s.age.referenceMonths['party-2030-2035'].district = '2030-05';
      },
      ['age.referenceMonths.party-2030-2035.district:setting.enum'],
    ],
    [
      'a scale with a duplicate',
      (s) => {
        s.standards.scales.qualification = ['bachelor', 'bachelor'];
      },
      ['standards.scales.qualification:setting.list'],
    ],
    [
      'a target over 100%',
      (s) => {
        s.structure.targets.female = 150;
      },
      ['structure.targets.female:setting.range'],
    ],
    [
      'an unknown rating level',
      (s) => {
        s.review.minYearLevel = 'HT';
      },
      ['review.minYearLevel:setting.enum'],
    ],
    [
      'an unknown discipline kind',
      (s) => {
        s.review.immediateRemovalKinds = ['reprimand', 'fine'];
      },
      ['review.immediateRemovalKinds.1:setting.enum'],
    ],
    [
      'a report day that does not exist',
      (s) => {
        s.cadence.reportBy = '06-31';
      },
      ['cadence.reportBy:setting.month_day'],
    ],
    [
      'a threshold over 1',
      (s) => {
        s.ballot.threshold = { num: 3, den: 2, strict: true, base: 'present' };
      },
      ['ballot.threshold.num:setting.range'],
    ],
    [
      'an unknown base',
      (s) => {
        s.ballot.threshold.base = 'all';
      },
      ['ballot.threshold.base:setting.enum'],
    ],
    [
      'a missing part',
      (s) => {
        delete s.cadence;
      },
      [
        'cadence:setting.object',
        'cadence.nextTermPlanYearOfTerm:setting.number',
        'cadence.reviewFromMonth:setting.number',
        'cadence.reviewToMonth:setting.number',
        'cadence.reportBy:setting.month_day',
      ],
    ],
  ])('%s', (_n, mutate, want) => {
    const s = clone();
    mutate(s);
    expect(validatePlanningSettings(s).map((i) => `${i.path}:${i.code}`)).toEqual(want);
    expect(() => parsePlanningSettings(s)).toThrow(RangeError);
  });
  it('not an object', () => expect(validatePlanningSettings(null)[0]).toEqual({ path: '', code: 'setting.object' }));
});

describe('planningSettingsFromRows', () => {
  const rows = () => Object.fromEntries(Object.entries(PLANNING_SETTING_KEYS).map(([part, key]) => [key, clone()[part]]));
  it('assembles the seeded rows', () => expect(planningSettingsFromRows(rows())).toEqual(D));
  it('a missing row names its part', () => {
    const r = rows();
    delete r['planning.ballot'];
    expect(() => planningSettingsFromRows(r)).toThrow(/ballot \(setting\.object\)/);
  });
  it('29/02 is not a valid yearly deadline', () => {
    const s = clone();
    s.cadence.reportBy = '02-29';
    expect(validatePlanningSettings(s).map((i) => i.path)).toEqual(['cadence.reportBy']);
  });
});
