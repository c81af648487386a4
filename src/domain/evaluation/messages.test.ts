// Every message key the rules emit has a Vietnamese and an English text in the server catalogue,
// and every placeholder of those texts is filled by the params the rules return.
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../server/i18n.js';
import { classify } from './classification.js';
import { suggestCommendation } from './commendation.js';
import {
  DEFAULT_CLASSIFICATION_RULES,
  DEFAULT_COMMENDATION_RULES,
  DEFAULT_EXCLUSION_RULES,
  DEFAULT_QUOTA_RULES,
  DEFAULT_RESULTS_FORMULA,
} from './config.js';
import { fact, Q1, totals } from './evaluation.test-support.js';
import { checkExclusion } from './exclusions.js';
import { checkQuota, validateQuotaException } from './quota.js';
import { computeScore, validateCriteriaSet, validateResultsFormula } from './score.js';

const emitted: Array<{ key: string; params: Record<string, unknown> }> = [];
const base = { score: 95, tasks: totals([fact()]), window: Q1 };
for (const input of [
  { ...base, subject: 'person' as const },
  { ...base, subject: 'collective' as const },
  { ...base, subject: 'person' as const, isLeader: true },
])
  emitted.push(...classify(input, DEFAULT_CLASSIFICATION_RULES).checks);
for (const [excellent, good] of [
  [1, 10],
  [5, 10],
])
  emitted.push(checkQuota({ excellent, good }, { pct: 20 }).explanation);
emitted.push(...validateQuotaException(40, DEFAULT_QUOTA_RULES));
const Q2 = { from: '2026-04-01', to: '2026-06-30' };
for (const r of [
  checkExclusion({ period: Q2, statuses: [], admittedOn: '2026-05-01' }, DEFAULT_EXCLUSION_RULES),
  checkExclusion({ period: Q2, statuses: [{ kind: 'exempted', validFrom: '2026-01-01', validTo: null }] }, DEFAULT_EXCLUSION_RULES),
  checkExclusion({ period: Q2, statuses: [{ kind: 'suspended', validFrom: '2026-01-01', validTo: null }] }, DEFAULT_EXCLUSION_RULES),
  checkExclusion({ period: Q2, statuses: [{ kind: 'sick_leave', validFrom: '2026-01-01', validTo: null }] }, DEFAULT_EXCLUSION_RULES),
])
  if (r.excluded) emitted.push(r);
for (const years of [1, 5]) {
  const s = suggestCommendation(
    Array.from({ length: years }, (_, i) => ({ year: 2026 - i, level: 'excellent' as const })),
    2026,
    DEFAULT_COMMENDATION_RULES,
  );
  emitted.push({ key: s.key!, params: s.params });
}
emitted.push(
  ...validateCriteriaSet({
    generalPoints: 30,
    resultsPoints: 60,
    criteria: [
      { code: 'a', part: 'general', maxPoints: 0, source: 'tasks' },
      { code: 'a', part: 'general', maxPoints: 10, source: 'manual' },
      { code: 'r', part: 'results', maxPoints: 30, source: 'tasks' },
      { code: 's', part: 'results', maxPoints: 40, source: 'tasks' },
    ],
  }),
);
emitted.push(...validateCriteriaSet({ generalPoints: 40, resultsPoints: 60, criteria: [] }));
emitted.push(
  ...validateResultsFormula({
    weights: { quantity: 0, quality: 0, progress: 0 },
    deductionPerErrorPct: 20,
    deductionPerDelayPct: 25,
    leader: { ownWeight: 0, unitsWeight: 0, unitsAllAtLeastCompletedPct: 200, unitsAnyNotCompletedPct: 50 },
  }),
);
const set = {
  generalPoints: 30,
  resultsPoints: 70,
  criteria: [
    { code: 'g', part: 'general' as const, maxPoints: 30, source: 'manual' as const },
    { code: 'r', part: 'results' as const, maxPoints: 70, source: 'tasks' as const },
  ],
};
emitted.push(
  ...computeScore({ set, formula: DEFAULT_RESULTS_FORMULA, general: { g: 31, x: 1 }, manual: { r: 5 }, tasks: totals([fact()]) }).errors,
);

emitted.push(
  ...validateCriteriaSet({
    generalPoints: 30,
    resultsPoints: 70,
    criteria: [
      { code: 'g', part: 'general', maxPoints: 30, source: 'manual' },
      { code: 'cm', part: 'results', maxPoints: 70, source: 'commitment' },
    ],
  }),
  ...computeScore({
    set: { ...set, criteria: [{ ...set.criteria[0], source: 'commitment' as const }, set.criteria[1]] },
    formula: DEFAULT_RESULTS_FORMULA,
    general: { g: 10 },
    tasks: totals([fact()]),
    commitmentPct: 100,
  }).errors,
);

describe('message catalogue covers the evaluation rules', () => {
  it('emits every message of the evaluation block (none unused)', () => {
    const mine = Object.keys(MESSAGES).filter((k) => /^(v\.eval\.|gate\.|quota\.|exclusion\.|commendation\.)/.test(k));
    expect([...new Set(emitted.map((e) => e.key))].sort()).toEqual(mine.sort());
  });

  it.each(emitted.map((e) => [e.key, e] as const))('%s', (key, e) => {
    const entry = (MESSAGES as Record<string, { vi: string; en: string }>)[key];
    expect(entry, key).toBeDefined();
    for (const text of [entry.vi, entry.en]) {
      for (const [, name] of text.matchAll(/\{(\w+)\}/g)) expect(e.params, `${key}: {${name}}`).toHaveProperty(name);
    }
  });
});
