// Demo evaluation history, step 1: opening a period for a commune the way the evaluation module
// does (one evaluation per person of the subtree and per collective, each with the criteria set of
// its cadre group, the sets frozen), then the module's own bulk computation (computePeriod, mode
// 'open': exclusions, task facts, results score, gates) as of a fixed day, so the history rests
// on the demo's tasks and the same rules. Ids come from the seed's stream: deterministic.
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { defaultDeadlines, periodBounds } from '../../domain/evaluation/index.js';
import type { DB } from '../db/schema.js';
import { criteriaResolver, freezeSetsTx } from '../modules/criteria/index.js';
import { COLLECTIVE_KINDS, computePeriod } from '../modules/evaluation/index.js';
import type { Random } from './random.js';

export interface SeedPeriod {
  id: string;
  unitId: string;
  kind: 'quarter' | 'year';
  year: number;
  number: number;
  /** The day the period was opened and its task numbers taken. */
  openedOn: string;
}

/** 08:00 in Vietnam on a civil date. */
export const vnMorning = (day: string) => new Date(`${day}T01:00:00Z`);

/** Inserts the period and its evaluations, and computes them; returns how many evaluations. */
export async function openSeedPeriod(trx: Kysely<DB>, ids: Random, p: SeedPeriod): Promise<number> {
  const bounds = periodBounds(p.kind, p.year, p.number);
  const d = defaultDeadlines(bounds, 'party');
  await trx
    .insertInto('evaluation_period')
    .values({
      id: p.id,
      unit_id: p.unitId,
      kind: p.kind,
      year: p.year,
      number: p.number,
      start_date: bounds.from,
      end_date: bounds.to,
      self_due: d.selfDue,
      appraisal_due: d.appraisalDue,
      decision_due: d.decisionDue,
      opened_at: vnMorning(p.openedOn),
    })
    .execute();

  const { rows: people } = await sql<{ id: string; unit_id: string; cadre_group: string }>`
    SELECT p.id, p.unit_id, coalesce(g.code, 'staff') AS cadre_group
    FROM person p LEFT JOIN cadre_group g ON g.code = p.cadre_group AND NOT g.is_collective
    WHERE p.unit_id IN (SELECT descendant_id FROM org_unit_closure WHERE ancestor_id = ${p.unitId})
    ORDER BY p.id`.execute(trx);
  const { rows: collectives } = await sql<{ id: string; evaluating_unit_id: string }>`
    SELECT u.id, coalesce(
      (SELECT l.parent_id FROM org_unit_link l
        WHERE l.child_id = u.id AND l.valid_from <= ${bounds.to}::date AND (l.valid_to IS NULL OR l.valid_to > ${bounds.to}::date)
          AND l.parent_id IN (SELECT descendant_id FROM org_unit_closure WHERE ancestor_id = ${p.unitId})
        ORDER BY l.parent_id LIMIT 1), u.id) AS evaluating_unit_id
    FROM org_unit u
    WHERE u.id IN (SELECT descendant_id FROM org_unit_closure WHERE ancestor_id = ${p.unitId})
      AND u.kind IN (${sql.join([...COLLECTIVE_KINDS])})
      AND u.valid_from <= ${bounds.to}::date AND (u.valid_to IS NULL OR u.valid_to > ${bounds.to}::date)
    ORDER BY u.id`.execute(trx);

  const resolver = await criteriaResolver(trx, p.unitId, bounds.to);
  const rows = [
    ...people.map((x) => ({
      person_id: x.id,
      subject_unit_id: null,
      unit_id: x.unit_id,
      cadre_group: x.cadre_group,
      set: resolver.get(x.cadre_group, x.unit_id),
    })),
    ...collectives.map((c) => ({
      person_id: null,
      subject_unit_id: c.id,
      unit_id: c.evaluating_unit_id,
      cadre_group: 'collective',
      set: resolver.get('collective', c.id),
    })),
  ];
  const missing = rows.find((r) => !r.set);
  if (missing) throw new Error(`no criteria set for ${missing.cadre_group} under ${p.unitId}: assign the default sets first`);
  await freezeSetsTx(
    trx,
    rows.map((r) => r.set!.id),
  );
  for (let i = 0; i < rows.length; i += 1000) {
    await trx
      .insertInto('evaluation')
      .values(
        rows.slice(i, i + 1000).map((r) => ({
          id: ids.uuid(),
          period_id: p.id,
          person_id: r.person_id,
          subject_unit_id: r.subject_unit_id,
          unit_id: r.unit_id,
          cadre_group: r.cadre_group,
          criteria_set_id: r.set!.id,
          status: 'self_pending' as const,
        })),
      )
      .execute();
  }
  await computePeriod(trx, p.id, () => {}, { mode: 'open', asOf: p.openedOn });
  return rows.length;
}
