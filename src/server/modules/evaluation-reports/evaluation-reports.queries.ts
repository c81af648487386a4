// SQL of the evaluation outputs that count and list: the period, the distribution of levels per
// child unit and cadre group, the ranking, a person's history and the year levels behind the
// commendation suggestions. Counts are grouped in SQL on the raw columns; the buckets are summed
// in the service.
import { type Kysely, type Transaction, sql } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inSubtrees } from '../org/index.js';

type Db = Kysely<DB> | Transaction<DB>;

export interface PeriodRow {
  id: string;
  unit_id: string;
  unit_name: string;
  kind: 'month' | 'quarter' | 'year' | 'term';
  year: number;
  number: number;
  start_date: string;
  end_date: string;
  status: 'open' | 'closing' | 'closed';
}

export async function periodById(db: Db, id: string): Promise<PeriodRow | undefined> {
  const { rows } = await sql<PeriodRow>`
    SELECT p.id, p.unit_id, u.name AS unit_name, p.kind, p.year, p.number, p.start_date, p.end_date, p.status
    FROM evaluation_period p JOIN org_unit u ON u.id = p.unit_id WHERE p.id = ${id}`.execute(db);
  return rows[0];
}

export async function unitName(db: Db, id: string): Promise<string | undefined> {
  return (await db.selectFrom('org_unit').select('name').where('id', '=', id).executeTakeFirst())?.name;
}

/** The reader's roots that lie inside the unit's subtree (a commune's officers on a province period). */
export async function rootsUnder(db: Db, unitId: string, roots: string[]): Promise<string[]> {
  if (roots.length === 0) return [];
  const rows = await db
    .selectFrom('org_unit_closure')
    .select('descendant_id')
    .where('ancestor_id', '=', unitId)
    .where('descendant_id', 'in', roots)
    .orderBy('descendant_id')
    .execute();
  return rows.map((r) => r.descendant_id);
}

export async function cadreGroups(
  db: Db,
): Promise<Array<{ code: string; name_vi: string; name_en: string; rank: number; is_leader: boolean }>> {
  return db.selectFrom('cadre_group').select(['code', 'name_vi', 'name_en', 'rank', 'is_leader']).orderBy('rank').execute();
}

export interface CountRow {
  bucket: string;
  cadre_group: string;
  status: string;
  proposed_level: string | null;
  decision_level: string | null;
  n: number;
}

/**
 * Evaluations of the period under `unitId` (and in the reader's subtrees), counted per child unit
 * of `unitId` on the period's end (the unit itself for what it holds directly), cadre group,
 * status and levels.
 */
export async function distributionCounts(
  db: Db,
  q: { periodId: string; unitId: string; on: string; roots: string[]; cadreGroup?: string },
): Promise<CountRow[]> {
  const { rows } = await sql<CountRow>`
    WITH kids AS (
      SELECT l.child_id FROM org_unit_link l
      WHERE l.parent_id = ${q.unitId} AND l.valid_from <= ${q.on}::date AND (l.valid_to IS NULL OR l.valid_to > ${q.on}::date)),
    bucket AS (
      SELECT DISTINCT ON (c.descendant_id) c.descendant_id AS unit_id, k.child_id
      FROM org_unit_closure c JOIN kids k ON k.child_id = c.ancestor_id ORDER BY c.descendant_id, k.child_id)
    SELECT coalesce(b.child_id, ${q.unitId}) AS bucket, e.cadre_group, e.status, e.proposed_level,
      CASE WHEN e.status IN ('decided', 'published') THEN e.decision_level END AS decision_level, count(*)::int AS n
    FROM evaluation e
    LEFT JOIN bucket b ON b.unit_id = e.unit_id
    WHERE e.period_id = ${q.periodId}
      AND ${inSubtrees([q.unitId], 'e.unit_id')}
      AND ${inSubtrees(q.roots, 'e.unit_id')}
      ${q.cadreGroup ? sql`AND e.cadre_group = ${q.cadreGroup}` : sql``}
    GROUP BY 1, 2, 3, 4, 5`.execute(db);
  return rows;
}

export interface RankingRow {
  id: string;
  person_id: string;
  family_name: string;
  middle_name: string;
  given_name: string;
  unit_name: string;
  cadre_group: string;
  score: number | string;
  basis: 'decision' | 'appraisal' | 'computed';
  level: string | null;
}

/** Persons with a score, best first: the decision's score, else the appraisal's, else the computed total. */
export async function ranking(
  db: Db,
  q: { periodId: string; unitId: string; roots: string[]; cadreGroup?: string; limit: number },
): Promise<{ rows: RankingRow[]; total: number }> {
  const scored = sql`
    SELECT e.id, e.person_id, e.unit_id, e.cadre_group,
      CASE WHEN e.status IN ('decided', 'published') AND e.decision_score IS NOT NULL THEN e.decision_score
           WHEN e.appraisal_score IS NOT NULL THEN e.appraisal_score
           ELSE (e.gate_report->>'score')::numeric END AS score,
      CASE WHEN e.status IN ('decided', 'published') AND e.decision_score IS NOT NULL THEN 'decision'
           WHEN e.appraisal_score IS NOT NULL THEN 'appraisal' ELSE 'computed' END AS basis,
      CASE WHEN e.status IN ('decided', 'published') THEN e.decision_level ELSE e.proposed_level END AS level
    FROM evaluation e
    WHERE e.period_id = ${q.periodId} AND e.person_id IS NOT NULL AND e.status <> 'excluded'
      AND ${inSubtrees([q.unitId], 'e.unit_id')}
      AND ${inSubtrees(q.roots, 'e.unit_id')}
      ${q.cadreGroup ? sql`AND e.cadre_group = ${q.cadreGroup}` : sql``}`;
  const { rows } = await sql<RankingRow>`
    SELECT s.id, s.person_id, p.family_name, p.middle_name, p.given_name, u.name AS unit_name, s.cadre_group, s.score, s.basis, s.level
    FROM (${scored}) s JOIN person p ON p.id = s.person_id JOIN org_unit u ON u.id = s.unit_id
    WHERE s.score IS NOT NULL
    ORDER BY s.score DESC, p.sort_key, s.id
    LIMIT ${q.limit}`.execute(db);
  const {
    rows: [c],
  } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM (${scored}) s WHERE s.score IS NOT NULL`.execute(db);
  return { rows, total: Number(c.n) };
}

export interface HistoryRow {
  id: string;
  status: string;
  decision_score: number | string | null;
  decision_level: string | null;
  published_at: Date | null;
  cadre_group: string;
  name_vi: string;
  name_en: string;
  unit_name: string;
  period_id: string;
  kind: 'month' | 'quarter' | 'year' | 'term';
  year: number;
  number: number;
  period_status: 'open' | 'closing' | 'closed';
  end_date: string;
}

/** Every evaluation of a person, wherever it was made (periodic results travel with the person), newest first. */
export async function personHistory(db: Db, personId: string): Promise<HistoryRow[]> {
  const { rows } = await sql<HistoryRow>`
    SELECT e.id, e.status, e.decision_score, e.decision_level, e.published_at, e.cadre_group, g.name_vi, g.name_en, u.name AS unit_name,
      p.id AS period_id, p.kind, p.year, p.number, p.status AS period_status, p.end_date
    FROM evaluation e
    JOIN evaluation_period p ON p.id = e.period_id
    JOIN cadre_group g ON g.code = e.cadre_group
    JOIN org_unit u ON u.id = e.unit_id
    WHERE e.person_id = ${personId}
    ORDER BY p.end_date DESC, (p.kind = 'year') DESC, e.decided_at DESC NULLS LAST, e.id`.execute(db);
  return rows;
}

export async function personById(db: Db, id: string) {
  return db
    .selectFrom('person')
    .select(['id', 'unit_id', 'family_name', 'middle_name', 'given_name'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export interface YearCandidate {
  id: string;
  person_id: string | null;
  subject_unit_id: string | null;
  decision_score: number | string | null;
  family_name: string | null;
  middle_name: string | null;
  given_name: string | null;
  subject_name: string | null;
  unit_name: string;
}

/** Year evaluations of `year` under the unit (in the reader's subtrees) decided HTXS: who may earn a certificate. */
export async function excellentOfYear(db: Db, q: { unitId: string; year: number; roots: string[] }): Promise<YearCandidate[]> {
  const { rows } = await sql<YearCandidate>`
    SELECT e.id, e.person_id, e.subject_unit_id, e.decision_score, pe.family_name, pe.middle_name, pe.given_name,
      su.name AS subject_name, u.name AS unit_name
    FROM evaluation e
    JOIN evaluation_period p ON p.id = e.period_id AND p.kind = 'year' AND p.year = ${q.year}
    JOIN org_unit u ON u.id = e.unit_id
    LEFT JOIN person pe ON pe.id = e.person_id
    LEFT JOIN org_unit su ON su.id = e.subject_unit_id
    WHERE e.status IN ('decided', 'published') AND e.decision_level = 'excellent'
      AND ${inSubtrees([q.unitId], 'e.unit_id')}
      AND ${inSubtrees(q.roots, 'e.unit_id')}
    ORDER BY (e.person_id IS NULL), su.name COLLATE "und-x-icu", pe.sort_key, e.id`.execute(db);
  return rows;
}

/**
 * The decided year levels of the subjects up to `year` (the latest decision per subject and year):
 * the runs of HTXS years behind the suggestions. `published` limits them to published results.
 */
export async function yearLevels(
  db: Db,
  subjects: { persons: string[]; units: string[] },
  toYear: number,
  published = false,
): Promise<Array<{ subject: string; year: number; level: string }>> {
  if (subjects.persons.length === 0 && subjects.units.length === 0) return [];
  const none = '00000000-0000-0000-0000-000000000000';
  const persons = subjects.persons.length ? subjects.persons : [none];
  const units = subjects.units.length ? subjects.units : [none];
  const { rows } = await sql<{ subject: string; year: number; level: string }>`
    SELECT DISTINCT ON (coalesce(e.person_id, e.subject_unit_id), p.year) coalesce(e.person_id, e.subject_unit_id) AS subject, p.year, e.decision_level AS level
    FROM evaluation e
    JOIN evaluation_period p ON p.id = e.period_id AND p.kind = 'year' AND p.year <= ${toYear}
    WHERE (e.person_id IN (${sql.join(persons)}) OR e.subject_unit_id IN (${sql.join(units)}))
      AND e.decision_level IS NOT NULL
      AND ${published ? sql`e.status = 'published'` : sql`e.status IN ('decided', 'published')`}
    ORDER BY coalesce(e.person_id, e.subject_unit_id), p.year, e.decided_at DESC NULLS LAST`.execute(db);
  return rows;
}

/** Holds an open head post of the unit on the date (the collective's head reads its form). */
export async function isHeadOf(db: Db, personId: string, unitId: string, on: string): Promise<boolean> {
  const { rows } = await sql`
    SELECT 1 FROM tenure te JOIN post po ON po.id = te.post_id
    WHERE te.person_id = ${personId} AND po.unit_id = ${unitId} AND po.is_head
      AND te.start_date <= ${on}::date AND (te.end_date IS NULL OR te.end_date >= ${on}::date) LIMIT 1`.execute(db);
  return rows.length > 0;
}
