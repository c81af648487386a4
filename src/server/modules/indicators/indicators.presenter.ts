// Indicators as the unit dashboard shows them: target, actual values by period, progress.
import type { IndicatorView } from '../../../contracts/indicators.js';
import { indicatorProgress } from './indicators.progress.js';
import type { ActualRow, IndicatorRow } from './indicators.queries.js';

/** `actuals` must be this indicator's, oldest period first. */
export function presentIndicator(row: IndicatorRow, actuals: ActualRow[], canEdit: boolean): IndicatorView {
  const last = actuals.at(-1) ?? null;
  return {
    id: row.id,
    unitId: row.unit_id,
    year: row.year,
    code: row.code,
    name: row.name,
    measure: row.measure,
    target: row.target,
    direction: row.direction,
    version: row.version,
    actuals: actuals.map((a) => ({ periodEnd: a.period_end, value: a.value, note: a.note, recordedAt: a.recorded_at.toISOString() })),
    latest: last ? { periodEnd: last.period_end, value: last.value } : null,
    progress: indicatorProgress(row.direction, row.target, last ? last.value : null),
    actions: { edit: canEdit },
  };
}

/** What the audit trail keeps of an indicator. */
export const auditFields = (r: IndicatorRow) => ({
  year: r.year,
  code: r.code,
  name: r.name,
  measure: r.measure,
  target: r.target,
  direction: r.direction,
});
export const auditActual = (a: ActualRow) => ({ periodEnd: a.period_end, value: a.value, note: a.note });
