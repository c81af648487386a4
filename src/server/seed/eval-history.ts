// Demo evaluation history (issue 4, anchored by issue 15): the default criteria sets assigned to the
// province, the inputs of the triggers, every closed period of the anchor's calendar
// (src/domain/demo-calendar.ts: the periods before the current one that end inside the year of
// work) opened, computed on the demo's tasks by the evaluation module, self-assessed, appraised,
// decided within the quota, published and closed; then the current period (the anchor's quarter, or
// its year in Q4) opened and computed in every commune but the one `leaveCurrentTo` names (the
// demo leaves it for its users, and the browser flow, to open). Deterministic: the same seed and
// anchor give the same rows.
//
// No year before 2025: the regulation settings start on 30/8/2025 (Quy định 366-QĐ/TW), so
// results of earlier years could not be read back; "HTXS 5 years running" needs them.
import type { Kysely } from 'kysely';
import type { DemoCalendar } from '../../domain/demo-calendar.js';
import type { DB } from '../db/schema.js';
import { defaultDeadlines, periodBounds } from '../../domain/evaluation/index.js';
import { addDays } from '../../domain/dates.js';
import { minDate } from './days.js';
import { assignDefaultCriteria } from '../modules/criteria/index.js';
import { addConductInputs, addShortcomings } from './eval-conduct.js';
import { openSeedPeriod } from './eval-open.js';
import { rateSeedPeriod } from './eval-rate.js';
import { Random } from './random.js';

export interface EvalHistoryInput {
  seed: number;
  provinceUnitId: string;
  communeUnitIds: string[];
  calendar: DemoCalendar;
  /** People never drawn for a discipline, a shortcoming or a leave (the demo's exemplary cadre). */
  spare?: readonly string[];
  /** The commune whose current period is left unopened. */
  leaveCurrentTo?: string;
}
export interface EvalHistorySummary {
  periods: number;
  evaluations: number;
}

export async function seedEvalHistory(trx: Kysely<DB>, input: EvalHistoryInput): Promise<EvalHistorySummary> {
  const rng = Random.derive(input.seed, 'demo:eval');
  const ids = Random.derive(input.seed, 'demo:eval-ids');
  const cal = input.calendar;
  await assignDefaultCriteria(trx, input.provinceUnitId, '2025-01-01');
  const spare = new Set(input.spare ?? []);
  await addConductInputs(trx, rng, input.communeUnitIds, cal.workFrom, spare);
  let evaluations = 0;
  let periods = 0;
  // Shortcomings are noted at the first year review of the history (the first review if none).
  const review = cal.closed.find((p) => p.kind === 'year') ?? cal.closed[0];
  for (const p of cal.closed) {
    const bounds = periodBounds(p.kind, p.year, p.number);
    // Self-assessed the day before the self-assessment deadline (or by the decision, when that came first).
    const selfOn = minDate(addDays(defaultDeadlines(bounds, 'party').selfDue, -1), p.decidedOn);
    const opened: Array<{ unitId: string; periodId: string }> = [];
    for (const unitId of input.communeUnitIds) {
      const periodId = ids.uuid();
      opened.push({ unitId, periodId });
      evaluations += await openSeedPeriod(trx, ids, {
        id: periodId,
        unitId,
        kind: p.kind,
        year: p.year,
        number: p.number,
        openedOn: p.openedOn,
      });
      periods += 1;
      await rateSeedPeriod(trx, rng, { periodId, endDate: bounds.to, selfOn, decidedOn: p.decidedOn, closedOn: p.closedOn });
    }
    if (p === review) await addShortcomings(trx, rng, opened, { notedOn: p.closedOn, today: cal.anchor }, spare);
  }
  const now = cal.current;
  for (const unitId of input.communeUnitIds) {
    if (unitId === input.leaveCurrentTo) continue;
    evaluations += await openSeedPeriod(trx, ids, {
      id: ids.uuid(),
      unitId,
      kind: now.kind,
      year: now.year,
      number: now.number,
      openedOn: now.openedOn,
    });
    periods += 1;
  }
  return { periods, evaluations };
}
