// Demo evaluation history (issue 4): the default criteria sets assigned to the province, the
// inputs of the triggers, and the Party year 2025 and quarters I–III of 2026 opened, computed on
// the demo's tasks by the evaluation module, self-assessed, appraised, decided within the quota,
// published and closed — except the period `notOpened` names (the demo leaves quarter III of
// commune #1 for its users, and the browser flow, to open). Deterministic: the same seed gives the
// same rows.
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

export interface EvalHistoryInput {
  seed: number;
  provinceUnitId: string;
  communeUnitIds: string[];
  /** People never drawn for a discipline, a shortcoming or a leave (the demo's exemplary cadre). */
  spare?: readonly string[];
  /** One commune's period left unopened. */
  notOpened?: { unitId: string; kind: 'quarter' | 'year'; year: number; number: number };
}
export interface EvalHistorySummary { periods: number; evaluations: number }

// Each commune opens its own periods (so one commune's quarter can stay unopened).
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
  const spare = new Set(input.spare ?? []);
  await addConductInputs(trx, rng, input.communeUnitIds, spare);
  let evaluations = 0;
  let periods = 0;
  const year2025 = new Map<string, string>();
  const skip = input.notOpened;
  for (const p of PERIODS) {
    const bounds = periodBounds(p.kind, p.year, p.number);
    for (const unitId of input.communeUnitIds) {
      if (skip && skip.unitId === unitId && skip.kind === p.kind && skip.year === p.year && skip.number === p.number) continue;
      const periodId = ids.uuid();
      if (p.kind === 'year') year2025.set(unitId, periodId);
      evaluations += await openSeedPeriod(trx, ids, { id: periodId, unitId, kind: p.kind, year: p.year, number: p.number, openedOn: p.openedOn });
      periods += 1;
      await rateSeedPeriod(trx, rng, { periodId, endDate: bounds.to, decidedOn: p.decidedOn, closedOn: p.closedOn });
    }
    if (p.kind === 'year') await addShortcomings(trx, rng, [...year2025].map(([unitId, periodId]) => ({ unitId, periodId })), spare);
  }
  return { periods, evaluations };
}
