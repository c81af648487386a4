// Demo evaluation history (issue 4): the default criteria sets assigned to the province, the
// inputs of the triggers, and the Party year 2025 and quarters I–III of 2026 opened, computed on
// the demo's tasks by the evaluation module, self-assessed, appraised, decided within the quota,
// published and closed — except quarter III of commune #1, left open with the self-assessments
// pending (the browser flow works on it). Deterministic: the same seed gives the same rows.
//
// No year before 2025: the regulation settings start on 30/8/2025 (Quy định 366-QĐ/TW), so
// results of earlier years could not be read back; "HTXS 5 years running" needs them.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { periodBounds } from '../../domain/evaluation/index.js';
import { assignDefaultCriteria } from '../modules/criteria/index.js';
import { addConductInputs, addShortcomings } from './eval-conduct.js';
import { openSeedPeriod } from './eval-open.js';
import { rateSeedPeriod } from './eval-rate.js';
import { Random } from './random.js';

export interface EvalHistoryInput { seed: number; provinceUnitId: string; communeUnitIds: string[] }
export interface EvalHistorySummary { periods: number; evaluations: number; openPeriodId: string | null }

// Each commune opens its own periods (so commune #1's quarter III can stay open alone).
const PERIODS = [
  { kind: 'year' as const, year: 2025, number: 0, openedOn: '2025-12-01', decidedOn: '2026-01-08', closedOn: '2026-01-12' },
  { kind: 'quarter' as const, year: 2026, number: 1, openedOn: '2026-04-01', decidedOn: '2026-04-13', closedOn: '2026-04-16' },
  { kind: 'quarter' as const, year: 2026, number: 2, openedOn: '2026-07-01', decidedOn: '2026-07-13', closedOn: '2026-07-16' },
  { kind: 'quarter' as const, year: 2026, number: 3, openedOn: '2026-10-01', decidedOn: '2026-10-13', closedOn: '2026-10-16' },
];

export async function seedEvalHistory(trx: Kysely<DB>, input: EvalHistoryInput): Promise<EvalHistorySummary> {
  const rng = Random.derive(input.seed, 'demo:eval');
  const ids = Random.derive(input.seed, 'demo:eval-ids');
  await assignDefaultCriteria(trx, input.provinceUnitId, '2025-01-01');
  await addConductInputs(trx, rng, input.communeUnitIds);
  let evaluations = 0;
  let periods = 0;
  let openPeriodId: string | null = null;
  const year2025 = new Map<string, string>();
  for (const p of PERIODS) {
    const bounds = periodBounds(p.kind, p.year, p.number);
    for (const [i, unitId] of input.communeUnitIds.entries()) {
      const periodId = ids.uuid();
      if (p.kind === 'year') year2025.set(unitId, periodId);
      evaluations += await openSeedPeriod(trx, ids, { id: periodId, unitId, kind: p.kind, year: p.year, number: p.number, openedOn: p.openedOn });
      periods += 1;
      if (p.kind === 'quarter' && p.number === 3 && i === 0) {
        openPeriodId = periodId;
        continue;
      }
      await rateSeedPeriod(trx, rng, { periodId, endDate: bounds.to, decidedOn: p.decidedOn, closedOn: p.closedOn });
    }
    if (p.kind === 'year') await addShortcomings(trx, rng, [...year2025].map(([unitId, periodId]) => ({ unitId, periodId })));
  }
  return { periods, evaluations, openPeriodId };
}
