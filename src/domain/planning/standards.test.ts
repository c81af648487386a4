import { describe, expect, it } from 'vitest';
import { DEFAULT_PLANNING_SETTINGS } from './settings.js';
import { checkStandards, type StandardsInput, type TrainingPlanEntry } from './standards.js';

const R = DEFAULT_PLANNING_SETTINGS.standards;
const required = { qualification: 'bachelor', political_theory: 'advanced' };
const course = (level: string, expectedBy: string): TrainingPlanEntry => ({ dimension: 'political_theory', level, expectedBy });

describe('checkStandards (Quy định 377-QĐ/TW: target 1 meets the standards, target 2 may train)', () => {
  it.each<[string, Partial<StandardsInput>, Array<[string, string, string]>]>([
    [
      'target 1 meeting both',
      { held: { qualification: 'master', political_theory: 'advanced' }, targetLevel: 1 },
      [
        ['qualification', 'planning.standard.ok', 'pass'],
        ['political_theory', 'planning.standard.ok', 'pass'],
      ],
    ],
    [
      'target 1 one level short of political theory',
      { held: { qualification: 'bachelor', political_theory: 'intermediate' }, targetLevel: 1 },
      [
        ['qualification', 'planning.standard.ok', 'pass'],
        ['political_theory', 'planning.standard.not_met', 'fail'],
      ],
    ],
    [
      'target 1 with a training plan is still refused',
      {
        held: { qualification: 'bachelor', political_theory: 'intermediate' },
        targetLevel: 1,
        training: [course('advanced', '2028-06-30')],
      },
      [
        ['qualification', 'planning.standard.ok', 'pass'],
        ['political_theory', 'planning.standard.not_met', 'fail'],
      ],
    ],
    [
      'target 1 with nothing recorded',
      { held: {}, targetLevel: 1 },
      [
        ['qualification', 'planning.standard.not_met', 'fail'],
        ['political_theory', 'planning.standard.not_met', 'fail'],
      ],
    ],
    [
      'target 2 short, no training plan',
      { held: { qualification: 'bachelor', political_theory: 'intermediate' }, targetLevel: 2 },
      [
        ['qualification', 'planning.standard.ok', 'pass'],
        ['political_theory', 'planning.standard.no_training', 'fail'],
      ],
    ],
    [
      'target 2 short, training ends before 07/2030',
      {
        held: { qualification: 'bachelor', political_theory: 'intermediate' },
        targetLevel: 2,
        training: [course('advanced', '2030-06-30')],
      },
      [
        ['qualification', 'planning.standard.ok', 'pass'],
        ['political_theory', 'planning.standard.training_planned', 'warn'],
      ],
    ],
    [
      'target 2 short, training ends in the reference month: too late',
      {
        held: { qualification: 'bachelor', political_theory: 'intermediate' },
        targetLevel: 2,
        training: [course('advanced', '2030-07-01')],
      },
      [
        ['qualification', 'planning.standard.ok', 'pass'],
        ['political_theory', 'planning.standard.training_late', 'fail'],
      ],
    ],
    [
      'target 2 short, training to a level still too low',
      {
        held: { qualification: 'bachelor', political_theory: 'elementary' },
        targetLevel: 2,
        training: [course('intermediate', '2027-01-01')],
      },
      [
        ['qualification', 'planning.standard.ok', 'pass'],
        ['political_theory', 'planning.standard.no_training', 'fail'],
      ],
    ],
    [
      'target 2: the earliest sufficient course counts',
      {
        held: { qualification: 'bachelor', political_theory: null },
        targetLevel: 2,
        training: [course('advanced', '2031-01-01'), course('bachelor', '2029-01-01')],
      },
      [
        ['qualification', 'planning.standard.ok', 'pass'],
        ['political_theory', 'planning.standard.training_planned', 'warn'],
      ],
    ],
  ])('%s', (_n, over, want) => {
    const input: StandardsInput = { required, held: {}, training: [], targetLevel: 1, referenceMonth: '2030-07', ...over };
    const got = checkStandards(input, R);
    expect(got.map((c) => [c.params.dimension, c.code, c.outcome])).toEqual(want);
    for (const c of got) expect(c.params).toMatchObject({ required: required[c.params.dimension as keyof typeof required] });
  });

  it('without the reference-month deadline any recorded course counts', () => {
    const got = checkStandards(
      {
        required: { political_theory: 'advanced' },
        held: {},
        training: [course('advanced', '2033-01-01')],
        targetLevel: 2,
        referenceMonth: '2030-07',
      },
      { ...R, trainingDueByReferenceMonth: false },
    );
    expect(got[0]).toMatchObject({ outcome: 'warn', params: { expectedBy: '2033-01-01' } });
  });

  it.each<[string, StandardsInput]>([
    ['an unknown dimension', { required: { languages: 'b1' }, held: {}, training: [], targetLevel: 1, referenceMonth: '2030-07' }],
    [
      'an unknown required level',
      { required: { qualification: 'phd' }, held: {}, training: [], targetLevel: 1, referenceMonth: '2030-07' },
    ],
    [
      'an unknown held level',
      {
        required: { qualification: 'bachelor' },
        held: { qualification: 'Đại học' },
        training: [],
        targetLevel: 1,
        referenceMonth: '2030-07',
      },
    ],
  ])('%s is an error, never a silent fail', (_n, input) => expect(() => checkStandards(input, R)).toThrow(RangeError));
});
