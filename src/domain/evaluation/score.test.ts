import { describe, expect, it } from 'vitest';
import { emptyTotals, type TaskFact } from '../task-summary.js';
import { DEFAULT_RESULTS_FORMULA, DEFAULT_SCORE_SPLIT, type Level, type ResultsFormula } from './config.js';
import { fact, late, notDone, times, totals } from './evaluation.test-support.js';
import {
  type CriteriaSetDef,
  computeScore,
  leaderUnitsPct,
  personTotals,
  type ScoreInput,
  sumTotals,
  validateCriteriaSet,
  validateResultsFormula,
} from './score.js';

const G = [
  { code: 'g1', part: 'general', maxPoints: 10, source: 'manual' },
  { code: 'g2', part: 'general', maxPoints: 10, source: 'manual' },
  { code: 'g3', part: 'general', maxPoints: 10, source: 'manual' },
] as const;
const SET: CriteriaSetDef = {
  generalPoints: 30,
  resultsPoints: 70,
  criteria: [...G, { code: 'r', part: 'results', maxPoints: 70, source: 'tasks' }],
};
const KPI_SET: CriteriaSetDef = {
  generalPoints: 30,
  resultsPoints: 70,
  criteria: [
    ...G,
    { code: 'r', part: 'results', maxPoints: 50, source: 'tasks' },
    { code: 'kpi', part: 'results', maxPoints: 20, source: 'kpi' },
  ],
};
const LEADER_SET: CriteriaSetDef = {
  generalPoints: 30,
  resultsPoints: 70,
  criteria: [
    ...G,
    { code: 'r', part: 'results', maxPoints: 35, source: 'tasks' },
    { code: 'u', part: 'results', maxPoints: 35, source: 'units_led' },
  ],
};
const FULL = { g1: 10, g2: 10, g3: 10 };

const score = (facts: TaskFact[], over: Partial<ScoreInput> = {}) =>
  computeScore({ set: SET, formula: DEFAULT_RESULTS_FORMULA, general: FULL, tasks: totals(facts), ...over });

describe('results part from tasks (Nghị định 335/2025/NĐ-CP, Điều 14; default 70 × (qty + qlt + prg) / 3)', () => {
  it.each<[string, TaskFact[], number]>([
    ['all on time with quality', [fact(), fact()], 70],
    ['one of two late, 1 delay: progress 87.5%', [fact(), late()], 67.08],
    ['late with a confirmed objective cause: no deduction', [fact(), late({ objectiveCause: true })], 70],
    ['two delays on one item: progress 75%', [fact(), late({ delays: 2 })], 64.17],
    ['five delays: the item progress floors at 0', [fact(), late({ delays: 5 })], 58.33],
    ['two major errors on one of two: quality 75%', [fact(), fact({ majorErrors: 2 })], 64.17],
    ['major errors with an objective cause: no deduction', [fact(), fact({ majorErrors: 2, objectiveCause: true })], 70],
    ['one major error: 25% of that item', [fact(), fact({ majorErrors: 1 })], 67.08],
    ['item failing the requirements scores 0 quality', [fact(), fact({ qualityOk: false })], 58.33],
    ['one of two not done: 50/50/50', [fact(), notDone()], 35],
    ['cancelled task never counts', [fact(), notDone({ status: 'cancelled' })], 70],
    ['cancelled flag never counts', [fact(), late({ cancelled: true })], 70],
    ['converted work units weigh: 3 done, 1 not done → 75%', [fact({ workUnits: 3 }), notDone()], 52.5],
    ['nothing done', [notDone(), notDone()], 0],
  ])('%s → %s', (_n, facts, results) => {
    const r = score(facts);
    expect(r.errors).toEqual([]);
    expect(r.resultsPoints).toBe(results);
    expect(r.total).toBe(results + 30);
  });

  it('configured weights change the combination (quantity counted twice)', () => {
    const formula: ResultsFormula = { ...DEFAULT_RESULTS_FORMULA, weights: { quantity: 2, quality: 1, progress: 1 } };
    // quantity 100, quality 100, progress 87.5 → (200 + 100 + 87.5) / 4 = 96.875% of 70
    expect(score([fact(), late()], { formula }).resultsPoints).toBe(67.81);
  });

  it('reports the Điều 14 percentages behind the number', () => {
    const r = score([fact(), fact({ majorErrors: 1 }), late()]);
    expect(r.taskScores).toEqual({ quantityPct: 100, qualityPct: (100 * 11) / 12, progressPct: (100 * 11) / 12 });
    expect(r.tasksPct).toBe(94.44);
  });
});

describe('no tasks in the period: no evidence, never a silent 0', () => {
  it.each<[string, ScoreInput['tasks']]>([
    ['no task data', null],
    ['empty totals', emptyTotals()],
    ['only cancelled tasks', totals([notDone({ status: 'cancelled' })])],
  ])('%s', (_n, t) => {
    const r = score([], { tasks: t });
    expect(r.flags).toContain('no_evidence');
    expect(r.flags).toContain('results_incomplete');
    expect(r.resultsPoints).toBeNull();
    expect(r.total).toBeNull();
    expect(r.items.find((i) => i.code === 'r')).toMatchObject({ points: null, basis: 'missing' });
  });

  it('the appraiser scores it by hand', () => {
    const r = score([], { tasks: null, manual: { r: 55.5 } });
    expect(r.flags).toEqual(['no_evidence']);
    expect(r.total).toBe(85.5);
    expect(r.items.find((i) => i.code === 'r')).toMatchObject({ points: 55.5, basis: 'entered' });
  });

  it('a hand score for an item the tasks compute is refused', () => {
    const r = score([fact()], { manual: { r: 10 } });
    expect(r.errors).toEqual([
      { field: 'results.r', key: 'v.eval.computed', params: expect.objectContaining({ rule: expect.stringContaining('Điều 14') }) },
    ]);
    expect(r.total).toBeNull();
  });
});

describe('general part (Quy định 366-QĐ/TW: 30 points of sub-criteria, each 0..max)', () => {
  it.each<[string, ScoreInput['general'], { general: number | null; errors: string[]; flags: string[] }]>([
    ['full', FULL, { general: 30, errors: [], flags: [] }],
    ['zero is a score', { g1: 0, g2: 0, g3: 0 }, { general: 0, errors: [], flags: [] }],
    ['fractions', { g1: 7.5, g2: 8.25, g3: 9 }, { general: 24.75, errors: [], flags: [] }],
    ['exactly the maximum', { g1: 10, g2: 10, g3: 10 }, { general: 30, errors: [], flags: [] }],
    ['above the maximum', { g1: 10.5, g2: 10, g3: 10 }, { general: null, errors: ['general.g1'], flags: ['general_incomplete'] }],
    ['negative', { g1: -1, g2: 10, g3: 10 }, { general: null, errors: ['general.g1'], flags: ['general_incomplete'] }],
    ['not a number', { g1: Number.NaN, g2: 10, g3: 10 }, { general: null, errors: ['general.g1'], flags: ['general_incomplete'] }],
    ['one missing', { g1: 10, g2: 10 }, { general: null, errors: [], flags: ['general_incomplete'] }],
    ['never submitted', null, { general: null, errors: [], flags: ['general_incomplete'] }],
    ['unknown code', { ...FULL, g9: 1 }, { general: 30, errors: ['general.g9'], flags: [] }],
    ['a results code in the general part', { ...FULL, r: 1 }, { general: 30, errors: ['general.r'], flags: [] }],
  ])('%s', (_n, general, want) => {
    const r = score([fact()], { general });
    expect(r.generalPoints).toBe(want.general);
    expect(r.errors.map((e) => e.field)).toEqual(want.errors);
    expect(r.flags).toEqual(want.flags);
    if (want.errors.length > 0 || want.flags.length > 0) expect(r.total).toBeNull();
  });

  it('a range error names the field, the limits and the rule', () => {
    const r = score([fact()], { general: { g1: 11, g2: 1, g3: 1 } });
    expect(r.errors[0]).toEqual({
      field: 'general.g1',
      key: 'v.eval.score_range',
      params: { code: 'g1', min: 0, max: 10, rule: expect.stringContaining('Quy định 366-QĐ/TW') },
    });
  });
});

describe('manual KPIs in the results part', () => {
  const kpi = (manual: ScoreInput['manual']) =>
    computeScore({ set: KPI_SET, formula: DEFAULT_RESULTS_FORMULA, general: FULL, tasks: totals([fact(), late()]), manual });
  it.each<[string, ScoreInput['manual'], number | null, string[]]>([
    ['entered', { kpi: 15 }, 47.92 + 15, []],
    ['entered 0', { kpi: 0 }, 47.92, []],
    ['missing', {}, null, []],
    ['above its maximum', { kpi: 21 }, null, ['results.kpi']],
  ])('%s', (_n, manual, results, errors) => {
    const r = kpi(manual);
    expect(r.resultsPoints).toBe(results);
    expect(r.errors.map((e) => e.field)).toEqual(errors);
    if (results === null) expect(r.flags).toContain('results_incomplete');
  });
});

describe('leaders: results include the units they lead (NĐ 335: 100% all ≥ HT, 50% any KHT)', () => {
  const lead = (levels: Array<Level | null>, set = SET, facts = [fact(), fact()]) =>
    computeScore({ set, formula: DEFAULT_RESULTS_FORMULA, general: FULL, tasks: totals(facts), subordinateLevels: levels });
  it.each<[string, Array<Level | null>, number | null, number]>([
    ['all subordinates at least HT', ['good', 'completed', 'excellent'], 100, 70],
    ['one subordinate KHT', ['good', 'not_completed'], 50, 52.5],
    ['unrated ones ignored', ['good', null], 100, 70],
  ])('%s', (_n, levels, units, results) => {
    const r = lead(levels);
    expect(r.unitsPct).toBe(units);
    expect(r.resultsPoints).toBe(results);
    expect(r.items.find((i) => i.code === 'r')!.basis).toBe('tasks_and_units');
  });

  it('no subordinate rated: own results only, flagged', () => {
    const r = lead([null, null]);
    expect(r.flags).toEqual(['units_led_missing']);
    expect(r.resultsPoints).toBe(70);
    expect(r.items.find((i) => i.code === 'r')!.basis).toBe('tasks');
  });

  it('configured leader weights (0.75 own / 0.25 units)', () => {
    const formula = { ...DEFAULT_RESULTS_FORMULA, leader: { ...DEFAULT_RESULTS_FORMULA.leader, ownWeight: 0.75, unitsWeight: 0.25 } };
    const r = computeScore({ set: SET, formula, general: FULL, tasks: totals([fact()]), subordinateLevels: ['not_completed'] });
    expect(r.resultsPoints).toBe(61.25); // (0.75 × 100 + 0.25 × 50) % of 70
  });

  it('a set with a units_led criterion weighs the two by their points', () => {
    const r = lead(['good', 'not_completed'], LEADER_SET);
    expect(r.items.map((i) => [i.code, i.points, i.basis])).toContainEqual(['u', 17.5, 'units_led']);
    expect(r.items.map((i) => [i.code, i.points, i.basis])).toContainEqual(['r', 35, 'tasks']);
    expect(r.resultsPoints).toBe(52.5);
  });

  it.each<[string, Array<Level | null>, number]>([
    ['all ≥ HT', ['good'], 100],
    ['any KHT', ['good', 'not_completed'], 50],
    ['none rated', [], Number.NaN],
  ])('leaderUnitsPct: %s', (_n, levels, pct) => {
    const got = leaderUnitsPct(levels, DEFAULT_RESULTS_FORMULA);
    if (Number.isNaN(pct)) expect(got).toBeNull();
    else expect(got).toBe(pct);
  });
});

describe('validateCriteriaSet (weights add up to the part points)', () => {
  const crit = (
    code: string,
    part: 'general' | 'results',
    maxPoints: number,
    source: 'manual' | 'tasks' | 'kpi' | 'units_led' = part === 'general' ? 'manual' : 'tasks',
  ) => ({ code, part, maxPoints, source });
  it.each<[string, CriteriaSetDef, Array<[string, string]>]>([
    ['the default shape', SET, []],
    ['KPIs and tasks', KPI_SET, []],
    [
      'general adds to 29',
      { ...SET, criteria: [crit('a', 'general', 29), crit('r', 'results', 70)] },
      [['weights', 'v.eval.weights.general']],
    ],
    [
      'results add to 71',
      { ...SET, criteria: [crit('a', 'general', 30), crit('r', 'results', 71)] },
      [['weights', 'v.eval.weights.results']],
    ],
    ['no results criteria', { ...SET, criteria: [crit('a', 'general', 30)] }, [['weights', 'v.eval.weights.results']]],
    [
      'parts add to 90',
      { generalPoints: 30, resultsPoints: 60, criteria: [crit('a', 'general', 30), crit('r', 'results', 60)] },
      [
        ['weights', 'v.eval.weights.total'],
        ['resultsPoints', 'v.eval.split.results'],
      ],
    ],
    [
      "a set choosing its own 40 + 60 (adds to 100, not the regulation's split)",
      { generalPoints: 40, resultsPoints: 60, criteria: [crit('a', 'general', 40), crit('r', 'results', 60)] },
      [
        ['generalPoints', 'v.eval.split.general'],
        ['resultsPoints', 'v.eval.split.results'],
      ],
    ],
    [
      'duplicate code',
      { ...SET, criteria: [crit('a', 'general', 15), crit('a', 'general', 15), crit('r', 'results', 70)] },
      [['criteria.a', 'v.eval.criterion_duplicate']],
    ],
    [
      'a general criterion from tasks',
      { ...SET, criteria: [crit('a', 'general', 30, 'tasks'), crit('r', 'results', 70)] },
      [['criteria.a.source', 'v.eval.general_manual']],
    ],
    [
      'two task criteria',
      { ...SET, criteria: [crit('a', 'general', 30), crit('r', 'results', 35), crit('s', 'results', 35)] },
      [['criteria.s.source', 'v.eval.source_once']],
    ],
    [
      'zero maximum',
      { ...SET, criteria: [crit('a', 'general', 30), crit('z', 'general', 0), crit('r', 'results', 70)] },
      [['criteria.z.maxPoints', 'v.eval.max_points']],
    ],
  ])('%s', (_n, set, want) => {
    const issues = validateCriteriaSet(set);
    expect(issues.map((i) => [i.field, i.key])).toEqual(want);
    for (const i of issues) expect(i.params.rule).toMatch(/Quy định 366-QĐ\/TW/);
  });

  it('the weights error says which part, the sum and the expected points', () => {
    const [issue] = validateCriteriaSet({ ...SET, criteria: [crit('a', 'general', 25), crit('r', 'results', 70)] });
    expect(issue.params).toMatchObject({ part: 'general', sum: 25, expected: 30 });
  });
});

describe('validateCriteriaSet follows the configured split (setting evaluation.score_split)', () => {
  const crit = (code: string, part: 'general' | 'results', maxPoints: number) => ({
    code,
    part,
    maxPoints,
    source: part === 'general' ? ('manual' as const) : ('tasks' as const),
  });
  it.each<[string, { generalPoints: number; resultsPoints: number }, [number, number], string[]]>([
    ['30 + 70 under the default split', DEFAULT_SCORE_SPLIT, [30, 70], []],
    ['40 + 60 under the default split', DEFAULT_SCORE_SPLIT, [40, 60], ['generalPoints', 'resultsPoints']],
    ['40 + 60 once the regulation says so', { generalPoints: 40, resultsPoints: 60 }, [40, 60], []],
    ['30 + 70 once the regulation says 40 + 60', { generalPoints: 40, resultsPoints: 60 }, [30, 70], ['generalPoints', 'resultsPoints']],
  ])('%s', (_n, split, [g, r], fields) => {
    const issues = validateCriteriaSet(
      { generalPoints: g, resultsPoints: r, criteria: [crit('a', 'general', g), crit('r', 'results', r)] },
      split,
    );
    expect(issues.map((i) => i.field)).toEqual(fields);
    for (const i of issues)
      expect(i.params).toMatchObject({ expected: i.field === 'generalPoints' ? split.generalPoints : split.resultsPoints });
  });
});

describe('validateResultsFormula', () => {
  const f = DEFAULT_RESULTS_FORMULA;
  it.each<[string, ResultsFormula, string[]]>([
    ['the default', f, []],
    ['all weights 0', { ...f, weights: { quantity: 0, quality: 0, progress: 0 } }, ['formula.weights']],
    ['leader weights 0', { ...f, leader: { ...f.leader, ownWeight: 0, unitsWeight: 0 } }, ['formula.leader']],
    [
      'leader percentage above 100',
      { ...f, leader: { ...f.leader, unitsAnyNotCompletedPct: 120 } },
      ['formula.leader.unitsAnyNotCompletedPct'],
    ],
    ['deduction other than 25%', { ...f, deductionPerDelayPct: 20 }, ['formula.deductionPerDelayPct']],
  ])('%s', (_n, formula, fields) => {
    expect(validateResultsFormula(formula).map((i) => i.field)).toEqual(fields);
  });
});

describe('sumTotals / personTotals', () => {
  it('adds the lead and support blocks field by field', () => {
    const a = totals([fact(), late()]);
    const b = totals([notDone()]);
    const s = personTotals({ lead: a, support: b });
    expect(s).toEqual(sumTotals(a, b));
    expect(s.assigned).toBe(3);
    expect(s.wuAssigned).toBe(300);
    expect(personTotals(undefined)).toEqual(emptyTotals());
  });
  it('ten tasks of a person', () => {
    expect(sumTotals(...times(10, () => totals([fact()]))).done).toBe(10);
  });
});

describe('a general criterion from the annual commitment (Quy định 366-QĐ/TW, Điều 6)', () => {
  const COMMIT_SET: CriteriaSetDef = {
    generalPoints: 30,
    resultsPoints: 70,
    criteria: [
      { code: 'g1', part: 'general', maxPoints: 20, source: 'manual' },
      { code: 'cm', part: 'general', maxPoints: 10, source: 'commitment' },
      { code: 'r', part: 'results', maxPoints: 70, source: 'tasks' },
    ],
  };
  const run = (over: Partial<ScoreInput>) =>
    computeScore({ set: COMMIT_SET, formula: DEFAULT_RESULTS_FORMULA, general: { g1: 20 }, tasks: totals([fact()]), ...over });

  it('takes max × fulfilment from the assessment', () => {
    const r = run({ commitmentPct: 83.33 });
    expect(r.items.find((i) => i.code === 'cm')).toMatchObject({ points: 8.33, basis: 'commitment' });
    expect(r.generalPoints).toBe(28.33);
    expect(r.total).toBe(98.33);
  });

  it('not assessed yet: entered by hand, missing until then (never a silent 0)', () => {
    expect(run({ commitmentPct: null }).flags).toContain('general_incomplete');
    expect(run({ commitmentPct: null, general: { g1: 20, cm: 7 } }).items.find((i) => i.code === 'cm')).toMatchObject({
      points: 7,
      basis: 'entered',
    });
  });

  it('a hand score for a criterion the commitment computes is refused, naming the rule', () => {
    const r = run({ commitmentPct: 100, general: { g1: 20, cm: 5 } });
    expect(r.errors).toEqual([
      {
        field: 'general.cm',
        key: 'v.eval.computed_commitment',
        params: { code: 'cm', rule: 'Quy định 366-QĐ/TW, Điều 6 (cam kết tu dưỡng, rèn luyện hằng năm)' },
      },
    ]);
  });

  it('is a general criterion, once per set', () => {
    expect(validateCriteriaSet(COMMIT_SET)).toEqual([]);
    const twice = {
      ...COMMIT_SET,
      criteria: [
        ...COMMIT_SET.criteria.slice(0, 1),
        { code: 'c2', part: 'general', maxPoints: 5, source: 'commitment' },
        { code: 'cm', part: 'general', maxPoints: 5, source: 'commitment' },
        COMMIT_SET.criteria[2],
      ],
    } as CriteriaSetDef;
    expect(validateCriteriaSet(twice).map((i) => i.key)).toEqual(['v.eval.source_once']);
    const inResults = {
      ...COMMIT_SET,
      criteria: [
        { code: 'g1', part: 'general', maxPoints: 30, source: 'manual' },
        { code: 'r', part: 'results', maxPoints: 60, source: 'tasks' },
        { code: 'cm', part: 'results', maxPoints: 10, source: 'commitment' },
      ],
    } as CriteriaSetDef;
    expect(validateCriteriaSet(inResults).map((i) => i.key)).toEqual(['v.eval.commitment_general']);
  });
});
