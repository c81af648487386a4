import { describe, expect, it } from 'vitest';
import type { SummaryTotals, TaskFact } from '../task-summary.js';
import { type ClassificationRules, DEFAULT_CLASSIFICATION_RULES, type Level } from './config.js';
import { bandOf, type ClassificationInput, classify } from './classification.js';
import { exceeded, fact, late, notDone, Q1, times, totals } from './evaluation.test-support.js';

interface Mix {
  n?: number;
  exceeded?: number;
  late?: number;
  lateExcused?: number;
  notDone?: number;
  qualityFail?: number;
  errors?: number;
}
/** n tasks of Q1: the first ones exceeded, then the special ones, the rest plain on time. */
function tasks(m: Mix = {}): SummaryTotals {
  const n = m.n ?? 10;
  const list: TaskFact[] = [
    ...times(m.exceeded ?? 3, () => exceeded()),
    ...times(m.late ?? 0, () => late()),
    ...times(m.lateExcused ?? 0, () => late({ objectiveCause: true })),
    ...times(m.notDone ?? 0, () => notDone()),
    ...times(m.qualityFail ?? 0, () => fact({ qualityOk: false })),
    ...times(m.errors ?? 0, () => fact({ majorErrors: 1 })),
  ];
  return totals([...list, ...times(n - list.length, () => fact())]);
}
const units = (done: number, assigned: number, level: Level | null = 'good') => ({
  tasks: totals([...times(done, () => fact()), ...times(assigned - done, () => notDone())]),
  level,
});

const base = (over: Partial<ClassificationInput> = {}): ClassificationInput => ({
  score: 95,
  subject: 'person',
  tasks: tasks(),
  window: Q1,
  shortcomings: { total: 2, fixed: 2 },
  ...over,
});
const R = DEFAULT_CLASSIFICATION_RULES;

type Row = [string, Partial<ClassificationInput>, Level | null, string[], ClassificationRules?];

describe('classify: bands, gates and triggers (Quy định 366-QĐ/TW, Điều 11)', () => {
  it.each<Row>([
    // Bands, boundaries included.
    ['95, every condition met', {}, 'excellent', []],
    ['exactly 90', { score: 90 }, 'excellent', []],
    ['89.99', { score: 89.99 }, 'good', []],
    ['exactly 70', { score: 70 }, 'good', []],
    ['69.99', { score: 69.99 }, 'completed', []],
    ['exactly 50', { score: 50 }, 'completed', []],
    ['49.99', { score: 49.99 }, 'not_completed', []],
    // HTXS gates.
    ['exactly 30% exceeded', { tasks: tasks({ n: 20, exceeded: 6 }) }, 'excellent', []],
    ['29.4% exceeded (5 of 17)', { tasks: tasks({ n: 17, exceeded: 5 }) }, 'good', ['excellent.exceeded']],
    ['20% exceeded', { tasks: tasks({ exceeded: 2 }) }, 'good', ['excellent.exceeded']],
    ['a shortcoming not fixed', { shortcomings: { total: 2, fixed: 1 } }, 'good', ['excellent.shortcomings']],
    ['no shortcomings noted', { shortcomings: { total: 0, fixed: 0 } }, 'excellent', []],
    ['one task late: not on time', { tasks: tasks({ late: 1 }) }, 'completed', ['excellent.on_time_quality', 'good.on_time_quality']],
    ['late with a confirmed objective cause', { tasks: tasks({ lateExcused: 1 }) }, 'excellent', []],
    ['one task failing quality', { tasks: tasks({ qualityFail: 1 }) }, 'completed', ['excellent.on_time_quality', 'good.on_time_quality']],
    ['one major error', { tasks: tasks({ errors: 1 }) }, 'completed', ['excellent.on_time_quality', 'good.on_time_quality']],
    ['collective with a disciplined member', { subject: 'collective', disciplinedMembers: 1 }, 'good', ['excellent.members_disciplined']],
    ['collective without', { subject: 'collective', disciplinedMembers: 0 }, 'excellent', []],
    // HTT and HT gates.
    ['75, exactly 20% late', { score: 75, tasks: tasks({ late: 2 }) }, 'completed', ['good.on_time_quality']],
    ['75, 30% late', { score: 75, tasks: tasks({ late: 3 }) }, 'not_completed', ['good.on_time_quality', 'completed.late']],
    ['60, exactly 20% late', { score: 60, tasks: tasks({ late: 2 }) }, 'completed', []],
    ['60, 25% late (3 of 12)', { score: 60, tasks: tasks({ n: 12, late: 3 }) }, 'not_completed', ['completed.late']],
    ['60, 30% late, all with a confirmed objective cause', { score: 60, tasks: tasks({ lateExcused: 3 }) }, 'completed', []],
    ['60, one task not done', { score: 60, tasks: tasks({ notDone: 1 }) }, 'not_completed', ['completed.done']],
    [
      '95, one task not done: drops to KHT',
      { tasks: tasks({ notDone: 1 }) },
      'not_completed',
      ['excellent.on_time_quality', 'good.on_time_quality', 'completed.done'],
    ],
    // KHT triggers override the score.
    [
      'reprimand in the period',
      { disciplines: [{ kind: 'reprimand', decidedOn: '2026-02-10' }] },
      'not_completed',
      ['not_completed.discipline'],
    ],
    ['warning (heavier)', { disciplines: [{ kind: 'warning', decidedOn: '2026-01-01' }] }, 'not_completed', ['not_completed.discipline']],
    [
      'reprimand on the last day of the period',
      { disciplines: [{ kind: 'reprimand', decidedOn: '2026-03-31' }] },
      'not_completed',
      ['not_completed.discipline'],
    ],
    ['reprimand the year before', { disciplines: [{ kind: 'reprimand', decidedOn: '2025-12-31' }] }, 'excellent', []],
    ['reprimand after the period', { disciplines: [{ kind: 'reprimand', decidedOn: '2026-04-01' }] }, 'excellent', []],
    [
      'a kind not configured as a trigger',
      { disciplines: [{ kind: 'reprimand', decidedOn: '2026-02-10' }] },
      'excellent',
      [],
      { ...R, notCompleted: { ...R.notCompleted, disciplineKinds: ['warning', 'removal', 'expulsion'] } },
    ],
    ['degradation conclusion', { degradations: [{ concludedOn: '2026-03-01' }] }, 'not_completed', ['not_completed.degradation']],
    ['60% of tasks not done', { score: 55, tasks: tasks({ exceeded: 0, notDone: 6 }) }, 'not_completed', ['not_completed.not_done']],
    [
      'exactly 50% not done: no trigger, the HT gate decides',
      { score: 55, tasks: tasks({ exceeded: 0, notDone: 5 }) },
      'not_completed',
      ['completed.done'],
    ],
    [
      'trigger and failed gates: only the trigger is the reason',
      { tasks: tasks({ exceeded: 0, late: 1 }), degradations: [{ concludedOn: '2026-01-15' }] },
      'not_completed',
      ['not_completed.degradation'],
    ],
    // Leaders.
    ['leader: units led complete 69%', { isLeader: true, unitsLed: [units(69, 100)] }, 'not_completed', ['not_completed.units_completion']],
    ['leader: units led complete exactly 70%', { isLeader: true, unitsLed: [units(60, 80), units(10, 20)] }, 'excellent', []],
    [
      'leader: 2 of 4 units KHT (exactly 50%)',
      { isLeader: true, unitsLed: [units(1, 1, 'not_completed'), units(1, 1, 'not_completed'), units(1, 1), units(1, 1)] },
      'excellent',
      [],
    ],
    [
      'leader: 2 of 3 units KHT',
      { isLeader: true, unitsLed: [units(1, 1, 'not_completed'), units(1, 1, 'not_completed'), units(1, 1)] },
      'not_completed',
      ['not_completed.units_not_completed'],
    ],
    [
      'leader: unrated units are not counted',
      { isLeader: true, unitsLed: [units(1, 1, 'not_completed'), units(1, 1, null), units(1, 1, null)] },
      'not_completed',
      ['not_completed.units_not_completed'],
    ],
    ['leader: exactly 50% low-confidence votes', { isLeader: true, confidenceVote: { totalVotes: 40, lowVotes: 20 } }, 'excellent', []],
    [
      'leader: 51% low-confidence votes',
      { isLeader: true, confidenceVote: { totalVotes: 100, lowVotes: 51 } },
      'not_completed',
      ['not_completed.low_confidence'],
    ],
    [
      'leader: corruption in their direct scope',
      { isLeader: true, corruptionInScope: true },
      'not_completed',
      ['not_completed.corruption'],
    ],
    // Basic socio-economic targets of the units led (QĐ 366 Điều 11; setting evaluation.basic_targets: any missed by default).
    [
      'leader: every basic target met',
      {
        isLeader: true,
        basicTargets: [
          { code: 'growth', progressPct: 100 },
          { code: 'budget_revenue', progressPct: 130 },
        ],
      },
      'excellent',
      [],
    ],
    [
      'leader: budget revenue at 99.9%',
      {
        isLeader: true,
        basicTargets: [
          { code: 'growth', progressPct: 100 },
          { code: 'budget_revenue', progressPct: 99.9 },
        ],
      },
      'not_completed',
      ['not_completed.basic_targets'],
    ],
    [
      'leader: an indicator that is not a basic target is not counted',
      { isLeader: true, basicTargets: [{ code: 'new_party_members', progressPct: 40 }] },
      'excellent',
      [],
    ],
    [
      'leader: a basic target without a recorded value is not counted missed',
      { isLeader: true, basicTargets: [{ code: 'poverty_reduction', progressPct: null }] },
      'excellent',
      [],
    ],
    [
      'leader: one missed allowed when configured',
      { isLeader: true, basicTargets: [{ code: 'growth', progressPct: 50 }] },
      'excellent',
      [],
      { ...R, basicTargets: { codes: ['growth'], minProgressPct: 100, maxMissed: 1 } },
    ],
    [
      'leader: two missed of one allowed',
      {
        isLeader: true,
        basicTargets: [
          { code: 'growth', progressPct: 50 },
          { code: 'budget_revenue', progressPct: 80 },
        ],
      },
      'not_completed',
      ['not_completed.basic_targets'],
      { ...R, basicTargets: { codes: ['growth', 'budget_revenue'], minProgressPct: 100, maxMissed: 1 } },
    ],
    [
      'leader: a lower bar configured (90%)',
      { isLeader: true, basicTargets: [{ code: 'growth', progressPct: 92 }] },
      'excellent',
      [],
      { ...R, basicTargets: { codes: ['growth'], minProgressPct: 90, maxMissed: 0 } },
    ],
    ['not a leader: basic targets never apply', { basicTargets: [{ code: 'growth', progressPct: 10 }] }, 'excellent', []],
    [
      'collective disciplined itself (unit discipline): KHT',
      { subject: 'collective', disciplines: [{ kind: 'warning', decidedOn: '2026-02-01' }] },
      'not_completed',
      ['not_completed.discipline'],
    ],
    [
      'leader: own tasks 60% not done is no trigger (the HT gate still applies)',
      { isLeader: true, score: 60, tasks: tasks({ exceeded: 0, notDone: 6 }) },
      'not_completed',
      ['completed.done'],
    ],
    [
      'non-leader: leader triggers ignored',
      { unitsLed: [units(0, 10)], confidenceVote: { totalVotes: 10, lowVotes: 10 }, corruptionInScope: true },
      'excellent',
      [],
    ],
    // No score / no evidence.
    ['no score, no trigger: no level', { score: null }, null, []],
    [
      'no score, a trigger: KHT',
      { score: null, disciplines: [{ kind: 'expulsion', decidedOn: '2026-02-01' }] },
      'not_completed',
      ['not_completed.discipline'],
    ],
    ['no tasks: task conditions cannot fail', { tasks: null }, 'excellent', []],
    // Configured numbers.
    [
      'HTT at 80% on time with quality: one late of 10 passes',
      { score: 80, tasks: tasks({ late: 1 }) },
      'good',
      [],
      { ...R, good: { onTimeWithQualityPct: 80 } },
    ],
  ])('%s → %s', (_n, over, level, reasons, rules = R) => {
    const c = classify(base(over), rules);
    expect(c.level).toBe(level);
    expect(c.reasons.map((r) => `${r.level}.${r.condition}`)).toEqual(reasons);
  });
});

describe('classify: the explanation', () => {
  it('a failed gate names its condition, numbers, message key and rule', () => {
    const c = classify(base({ tasks: tasks({ n: 10, exceeded: 2 }) }), R);
    expect(c.bandLevel).toBe('excellent');
    expect(c.level).toBe('good');
    expect(c.reasons).toEqual([
      {
        level: 'excellent',
        condition: 'exceeded',
        key: 'gate.excellent.exceeded',
        params: { actual: 20, required: 30, rule: 'Quy định 366-QĐ/TW, Điều 11 (hoàn thành xuất sắc nhiệm vụ)' },
        rule: 'Quy định 366-QĐ/TW, Điều 11 (hoàn thành xuất sắc nhiệm vụ)',
      },
    ]);
    expect(c.checks.find((x) => x.key === 'gate.excellent.exceeded')).toMatchObject({ ok: false, actual: 20, required: 30, op: '>=' });
  });

  it('the late share is reported on tasks, and on-time-with-quality on work units', () => {
    const c = classify(base({ score: 75, tasks: tasks({ late: 3 }) }), R);
    expect(c.checks.find((x) => x.key === 'gate.completed.late')).toMatchObject({ actual: 30, required: 20, op: '<=', ok: false });
    expect(c.checks.find((x) => x.key === 'gate.good.on_time_quality')).toMatchObject({ actual: 92.5, required: 100, ok: false });
  });

  it('a trigger cites its rule', () => {
    const c = classify(base({ isLeader: true, confidenceVote: { totalVotes: 100, lowVotes: 60 } }), R);
    expect(c.reasons[0]).toMatchObject({ key: 'gate.not_completed.low_confidence', params: { actual: 60, required: 50 } });
    expect(c.reasons[0].rule).toMatch(/^Quy định 366-QĐ\/TW, Điều 11/);
  });

  it('without tasks: noEvidence and the task checks pass with no actual', () => {
    const c = classify(base({ tasks: null }), R);
    expect(c.noEvidence).toBe(true);
    expect(c.checks.find((x) => x.key === 'gate.excellent.on_time_quality')).toMatchObject({ ok: true, actual: null });
  });

  it('gateLevel: what the conditions allow whatever the score', () => {
    expect(classify(base({ score: null, tasks: tasks({ exceeded: 0 }) }), R).gateLevel).toBe('good');
    expect(classify(base({ score: 40 }), R).gateLevel).toBe('excellent');
    expect(classify(base({ score: 40, degradations: [{ concludedOn: '2026-02-02' }] }), R).gateLevel).toBe('not_completed');
  });

  it('a leader gets no "not done" check, a non-leader no leader checks', () => {
    const keys = (i: Partial<ClassificationInput>) =>
      classify(base(i), R)
        .checks.filter((c) => c.level === 'not_completed')
        .map((c) => c.condition);
    expect(keys({})).toEqual(['discipline', 'degradation', 'not_done']);
    expect(keys({ isLeader: true })).toEqual([
      'discipline',
      'degradation',
      'units_completion',
      'units_not_completed',
      'low_confidence',
      'corruption',
      'basic_targets',
    ]);
  });
});

describe('bandOf', () => {
  it.each<[number, Level]>([
    [100, 'excellent'],
    [90, 'excellent'],
    [89.99, 'good'],
    [70, 'good'],
    [69.99, 'completed'],
    [50, 'completed'],
    [49.99, 'not_completed'],
    [0, 'not_completed'],
  ])('%s → %s', (s, l) => expect(bandOf(s, R)).toBe(l));
  it('configured bands', () => {
    expect(bandOf(85, { ...R, bands: { excellent: 85, good: 65, completed: 45 } })).toBe('excellent');
  });
});
