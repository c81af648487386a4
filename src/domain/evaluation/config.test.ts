import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from 'kysely';
import { describe, expect, it } from 'vitest';
import { up } from '../../server/db/migrations/2026112220_evaluation.js';
import { up as upFidelity } from '../../server/db/migrations/2026120705_evaluation-fidelity.js';
import {
  DEFAULT_CLASSIFICATION_RULES,
  DEFAULT_COMMENDATION_RULES,
  DEFAULT_EXCLUSION_RULES,
  DEFAULT_QUOTA_RULES,
  DEFAULT_BASIC_TARGETS,
  DEFAULT_RESULTS_FORMULA,
  DEFAULT_SCORE_SPLIT,
  EVALUATION_SETTING_KEYS,
  resolveResultsFormula,
} from './config.js';

// Runs the migration against a driver that executes nothing and keeps the parameters of the
// regulation_setting insert, so the defaults here are compared with what is really seeded.
async function migrationParams(run: (db: Kysely<unknown>) => Promise<void>): Promise<unknown[][]> {
  const params: unknown[][] = [];
  const db = new Kysely<unknown>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (k) => new PostgresIntrospector(k),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
    log: (e) => {
      if (e.level === 'query') params.push([...e.query.parameters]);
    },
  });
  await run(db);
  return params;
}

async function seededSettings(): Promise<Record<string, unknown>> {
  const params: unknown[][] = [];
  const db = new Kysely<unknown>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (k) => new PostgresIntrospector(k),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
    log: (e) => {
      if (e.level === 'query') params.push([...e.query.parameters]);
    },
  });
  await up(db);
  const insert = params.find((p) => p.length === 5)!;
  const keys = Object.values(EVALUATION_SETTING_KEYS);
  return Object.fromEntries(keys.map((k, i) => [k, JSON.parse(String(insert[i]))]));
}

describe('defaults equal the seeded regulation settings', () => {
  it('every evaluation.* setting', async () => {
    const seeded = await seededSettings();
    expect(seeded).toEqual({
      'evaluation.classification': DEFAULT_CLASSIFICATION_RULES,
      'evaluation.quota': DEFAULT_QUOTA_RULES,
      'evaluation.results_formula': DEFAULT_RESULTS_FORMULA,
      'evaluation.exclusions': DEFAULT_EXCLUSION_RULES,
      'evaluation.commendation': DEFAULT_COMMENDATION_RULES,
    });
  });
});

describe('defaults equal the settings of migration 2026120705', () => {
  it('evaluation.score_split and evaluation.basic_targets', async () => {
    const insert = (await migrationParams(upFidelity)).find((p) => p.length === 2 && typeof p[0] === 'string')!;
    expect(insert.map((v) => JSON.parse(String(v)))).toEqual([DEFAULT_SCORE_SPLIT, DEFAULT_BASIC_TARGETS]);
  });
});

describe('resolveResultsFormula (a criteria set overriding the global formula)', () => {
  it.each<[string, unknown, unknown]>([
    ['no override', null, DEFAULT_RESULTS_FORMULA],
    ['not an object', 'x', DEFAULT_RESULTS_FORMULA],
    ['weights only', { weights: { quantity: 2 } }, { ...DEFAULT_RESULTS_FORMULA, weights: { quantity: 2, quality: 1, progress: 1 } }],
    [
      'leader weights',
      { leader: { ownWeight: 0.6, unitsWeight: 0.4 } },
      { ...DEFAULT_RESULTS_FORMULA, leader: { ...DEFAULT_RESULTS_FORMULA.leader, ownWeight: 0.6, unitsWeight: 0.4 } },
    ],
    ['negative and non-numbers ignored', { weights: { quantity: -1, quality: 'a' }, deductionPerErrorPct: -5 }, DEFAULT_RESULTS_FORMULA],
  ])('%s', (_n, override, expected) => {
    expect(resolveResultsFormula(DEFAULT_RESULTS_FORMULA, override)).toEqual(expected);
  });
});
