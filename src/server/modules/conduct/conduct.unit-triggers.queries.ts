// Set-based SQL behind unitTriggerInputs: the records about units that the collectives' HTXS gate,
// a collective's own trigger and its leaders' triggers need (Quy định 366-QĐ/TW, Điều 11), for any
// number of units in a handful of queries (one uuid[] parameter each).
import { type Kysely, type Transaction, sql } from 'kysely';
import type { DB } from '../../db/schema.js';

type Db = Kysely<DB> | Transaction<DB>;

/** Discipline decisions of the units themselves dated within the period. */
export async function ownDisciplines(db: Db, units: readonly string[], from: string, to: string) {
  const { rows } = await sql<{ unit_id: string; kind: string; decided_on: string }>`
    SELECT unit_id, kind, decided_on FROM unit_discipline
    WHERE unit_id = ANY(${[...units]}::uuid[]) AND decided_on BETWEEN ${from} AND ${to}
    ORDER BY unit_id, decided_on`.execute(db);
  return rows;
}

/**
 * Per unit: its directly subordinate units disciplined (decided, or breach committed, in the period;
 * the link valid on the decision date) and the members of its leadership disciplined with `kinds`
 * for a breach counted against it — the unit where the breach was committed, else the person's unit —
 * a leadership member being a person of a leader group or holding a head or key post of that unit
 * on the day of the breach (else of the decision).
 */
export async function disciplinedBelow(db: Db, units: readonly string[], from: string, to: string, kinds: readonly string[]) {
  const { rows } = await sql<{ unit_id: string; units: number; members: number }>`
    WITH sub AS (
      SELECT l.parent_id AS unit_id, count(DISTINCT d.unit_id)::int AS n
      FROM unit_discipline d
      JOIN org_unit_link l ON l.child_id = d.unit_id AND l.valid_from <= d.decided_on AND (l.valid_to IS NULL OR l.valid_to > d.decided_on)
      WHERE l.parent_id = ANY(${[...units]}::uuid[])
        AND (d.decided_on BETWEEN ${from} AND ${to} OR d.breach_on BETWEEN ${from} AND ${to})
      GROUP BY l.parent_id
    ), mem AS (
      SELECT coalesce(d.breach_unit_id, p.unit_id) AS unit_id, count(DISTINCT d.person_id)::int AS n
      FROM discipline d
      JOIN person p ON p.id = d.person_id
      LEFT JOIN cadre_group g ON g.code = p.cadre_group
      WHERE coalesce(d.breach_unit_id, p.unit_id) = ANY(${[...units]}::uuid[])
        AND d.kind = ANY(${[...kinds]}::text[])
        AND (d.decided_on BETWEEN ${from} AND ${to} OR d.breach_on BETWEEN ${from} AND ${to})
        AND (coalesce(g.is_leader, false) OR EXISTS (
          SELECT 1 FROM tenure te JOIN post po ON po.id = te.post_id
          WHERE te.person_id = d.person_id AND po.unit_id = coalesce(d.breach_unit_id, p.unit_id) AND (po.is_head OR po.is_key)
            AND te.start_date <= coalesce(d.breach_on, d.decided_on) AND (te.end_date IS NULL OR te.end_date >= coalesce(d.breach_on, d.decided_on))))
      GROUP BY 1
    )
    SELECT u.id AS unit_id, coalesce(sub.n, 0) AS units, coalesce(mem.n, 0) AS members
    FROM unnest(${[...units]}::uuid[]) AS u(id)
    LEFT JOIN sub ON sub.unit_id = u.id
    LEFT JOIN mem ON mem.unit_id = u.id
    WHERE sub.n IS NOT NULL OR mem.n IS NOT NULL`.execute(db);
  return rows;
}

/** Corruption, waste or negative conduct concluded in the units within the period, by kind. */
export async function incidentCounts(db: Db, units: readonly string[], from: string, to: string) {
  const { rows } = await sql<{ unit_id: string; n: number }>`
    SELECT unit_id, count(*)::int AS n FROM scope_incident
    WHERE unit_id = ANY(${[...units]}::uuid[]) AND concluded_on BETWEEN ${from} AND ${to}
    GROUP BY unit_id`.execute(db);
  return rows;
}

/** A collective's shortcomings open at the period's start and how many were fixed by its end (as for persons). */
export async function unitShortcomingCounts(db: Db, units: readonly string[], from: string, to: string) {
  const { rows } = await sql<{ unit_id: string; total: number; fixed: number }>`
    SELECT unit_id, count(*)::int AS total, (count(*) FILTER (WHERE fixed_on <= ${to}))::int AS fixed
    FROM shortcoming
    WHERE unit_id = ANY(${[...units]}::uuid[]) AND noted_on < ${from} AND (fixed_on IS NULL OR fixed_on >= ${from})
    GROUP BY unit_id`.execute(db);
  return rows;
}
