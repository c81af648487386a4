// The basic socio-economic targets of units for the evaluation of their leaders (Quy định 366-QĐ/TW,
// Điều 11): the unit indicators whose codes the setting 'evaluation.basic_targets' names, each with
// its progress against the target on the latest value recorded by the period's end.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import { indicatorProgress } from './indicators.progress.js';
import { indicatorsWithLatest } from './indicators.queries.js';

export interface TargetProgress {
  unitId: string;
  code: string;
  progressPct: number | null;
}

/** Per unit, its basic targets of `year` with their progress on `on` (null when no value is recorded). */
export async function basicTargetProgress(
  db: Kysely<DB> | Transaction<DB>,
  unitIds: readonly string[],
  year: number,
  codes: readonly string[],
  on: string,
): Promise<Map<string, TargetProgress[]>> {
  const out = new Map<string, TargetProgress[]>();
  for (const r of await indicatorsWithLatest(db, unitIds, year, codes, on)) {
    const latest = r.latest === null || r.latest === undefined ? null : Number(r.latest);
    const list = out.get(r.unit_id) ?? out.set(r.unit_id, []).get(r.unit_id)!;
    list.push({ unitId: r.unit_id, code: r.code, progressPct: indicatorProgress(r.direction, Number(r.target), latest) });
  }
  return out;
}
