import { describe, expect, it } from 'vitest';
import { DEFAULT_PLANNING_SETTINGS, type PlanningStructureRules } from './settings.js';
import { computeStructure, isYoung, type StructureMember } from './structure.js';

const R = DEFAULT_PLANNING_SETTINGS.structure;
const ON = '2030-07-01';
let n = 0;
const m = (o: Partial<StructureMember> = {}): StructureMember => ({
  personId: `p${n++}`,
  gender: 'male',
  dateOfBirth: '1980-01-01',
  ethnicity: 'Kinh',
  qualificationField: 'law',
  ...o,
});

describe('isYoung (Hướng dẫn 45-HD/BTCTW; "young" is a parameter)', () => {
  it.each<[string, string, number, boolean]>([
    ['1990-07-02', ON, 40, true], // 39 on 01/07/2030
    ['1990-07-01', ON, 40, false], // 40 that day
    ['1990-06-30', ON, 40, false],
    ['1990-06-30', ON, 41, true],
    ['1996-01-01', ON, 35, true],
    ['1995-07-01', ON, 35, false],
  ])('born %s, on %s, under %s → %s', (dob, on, years, want) => expect(isYoung(dob, on, years)).toBe(want));
});

describe("computeStructure (Hướng dẫn 45-HD/BTCTW: shares against the province's targets)", () => {
  it('counts distinct people, each share against its target', () => {
    const a = m({ gender: 'female', dateOfBirth: '1992-03-01' });
    const people = [
      a,
      a, // planned for two posts: counted once
      m({ ethnicity: 'Tày', qualificationField: 'ict' }),
      m({ ethnicity: 'kinh' }), // majority, whatever the case
      m({ ethnicity: 'Mường', gender: 'female' }),
      m({ ethnicity: null }), // unknown: not counted as a minority
      m({ qualificationField: 'engineering_technology', dateOfBirth: '1991-01-01' }),
      m(),
      m(),
      m(),
      m(),
    ];
    const s = computeStructure(people, ON, R);
    expect(s.total).toBe(10);
    expect(s.shares).toEqual({
      young: { count: 2, pct: 20 },
      female: { count: 2, pct: 20 },
      ethnicMinority: { count: 2, pct: 20 },
      scienceTechnology: { count: 2, pct: 20 },
    });
    // Default targets: young ≥ 10% and female ≥ 15% are checked; the others are not configured.
    expect(s.checks.map((c) => [c.params.dimension, c.code, c.outcome])).toEqual([
      ['young', 'planning.structure.ok', 'pass'],
      ['female', 'planning.structure.ok', 'pass'],
    ]);
  });

  it.each<[string, Partial<PlanningStructureRules['targets']>, number, number, 'pass' | 'warn']>([
    ['exactly at the target', { female: 20 }, 2, 10, 'pass'],
    ['one short of the target', { female: 20 }, 1, 10, 'warn'],
    ['15% of 7 people needs 2 (1 is 14.29%)', { female: 15 }, 1, 7, 'warn'],
    ['15% of 7 people: 2 is enough', { female: 15 }, 2, 7, 'pass'],
    ['an empty plan is below a positive target', { female: 15 }, 0, 0, 'warn'],
    ['a zero target always passes', { female: 0 }, 0, 5, 'pass'],
  ])('%s', (_n, targets, women, total, outcome) => {
    const people = Array.from({ length: total }, (_, i) => m({ gender: i < women ? 'female' : 'male' }));
    const rules = { ...R, targets: { young: null, female: null, ethnicMinority: null, scienceTechnology: null, ...targets } };
    const [check] = computeStructure(people, ON, rules).checks;
    expect(check).toMatchObject({ outcome, params: { dimension: 'female', count: women, total } });
  });

  it('the young threshold and the majority list are parameters', () => {
    const people = [m({ dateOfBirth: '1993-01-01', ethnicity: 'Khmer' })];
    const rules: PlanningStructureRules = { ...R, youngUnderAgeYears: 35, majorityEthnicities: ['Kinh', 'Khmer'] };
    const s = computeStructure(people, ON, rules);
    expect(s.shares.young.count).toBe(0); // 37 on 01/07/2030
    expect(s.shares.ethnicMinority.count).toBe(0);
    expect(computeStructure(people, ON, R).shares.young.count).toBe(1);
  });
});
