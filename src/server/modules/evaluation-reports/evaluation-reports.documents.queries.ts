// SQL of the printable documents: one evaluation with everything its form shows, the criteria of
// its set, the parts of the collective report (PL1) and the published results list.
import { type Kysely, type Transaction, sql } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inSubtrees } from '../org/index.js';

type Db = Kysely<DB> | Transaction<DB>;

/** The post a person held on a date (heads first, then by rank), as a correlated subquery. */
const postTitle = (person: string, on: string) => sql`(SELECT po.title FROM tenure te JOIN post po ON po.id = te.post_id
  WHERE te.person_id = ${sql.ref(person)} AND te.start_date <= ${sql.ref(on)} AND (te.end_date IS NULL OR te.end_date >= ${sql.ref(on)})
  ORDER BY po.is_head DESC, po.rank, po.title LIMIT 1)`;

export interface FormRow {
  id: string;
  period_id: string;
  person_id: string | null;
  subject_unit_id: string | null;
  unit_id: string;
  cadre_group: string;
  criteria_set_id: string;
  status: string;
  excluded_reason: string | null;
  inputs: unknown;
  results_score: number | string | null;
  proposed_level: string | null;
  gate_report: unknown;
  self_general: unknown;
  self_kpis: unknown;
  self_score: number | string | null;
  self_level: string | null;
  self_comment: string | null;
  self_submitted_at: Date | null;
  appraisal_general: unknown;
  appraisal_kpis: unknown;
  appraisal_score: number | string | null;
  appraisal_level: string | null;
  appraisal_comment: string | null;
  appraised_at: Date | null;
  decision_score: number | string | null;
  decision_level: string | null;
  decision_reason: string | null;
  decided_at: Date | null;
  published_at: Date | null;
  group_name_vi: string;
  group_name_en: string;
  appendix: string;
  is_leader: boolean;
  set_name: string;
  set_version: number;
  general_points: number | string;
  results_points: number | string;
  results_config: unknown;
  family_name: string | null;
  middle_name: string | null;
  given_name: string | null;
  post_title: string | null;
  unit_name: string;
  subject_name: string | null;
  kind: 'month' | 'quarter' | 'year' | 'term';
  year: number;
  number: number;
  start_date: string;
  end_date: string;
  period_status: string;
  period_unit_name: string;
}

export async function formRow(db: Db, id: string): Promise<FormRow | undefined> {
  const { rows } = await sql<FormRow>`
    SELECT e.id, e.period_id, e.person_id, e.subject_unit_id, e.unit_id, e.cadre_group, e.criteria_set_id, e.status, e.excluded_reason,
      e.inputs, e.results_score, e.proposed_level, e.gate_report,
      e.self_general, e.self_kpis, e.self_score, e.self_level, e.self_comment, e.self_submitted_at,
      e.appraisal_general, e.appraisal_kpis, e.appraisal_score, e.appraisal_level, e.appraisal_comment, e.appraised_at,
      e.decision_score, e.decision_level, e.decision_reason, e.decided_at, e.published_at,
      g.name_vi AS group_name_vi, g.name_en AS group_name_en, s.appendix, g.is_leader,
      s.name AS set_name, s.version_no AS set_version, s.general_points, s.results_points, s.results_config,
      pe.family_name, pe.middle_name, pe.given_name, ${postTitle('e.person_id', 'p.end_date')} AS post_title,
      u.name AS unit_name, su.name AS subject_name,
      p.kind, p.year, p.number, p.start_date, p.end_date, p.status AS period_status, pu.name AS period_unit_name
    FROM evaluation e
    JOIN evaluation_period p ON p.id = e.period_id
    JOIN org_unit pu ON pu.id = p.unit_id
    JOIN cadre_group g ON g.code = e.cadre_group
    JOIN criteria_set s ON s.id = e.criteria_set_id
    JOIN org_unit u ON u.id = e.unit_id
    LEFT JOIN person pe ON pe.id = e.person_id
    LEFT JOIN org_unit su ON su.id = e.subject_unit_id
    WHERE e.id = ${id}`.execute(db);
  return rows[0];
}

export async function criteriaOf(db: Db, setId: string) {
  return db
    .selectFrom('criterion')
    .select(['code', 'part', 'ordinal', 'title', 'max_points', 'source'])
    .where('set_id', '=', setId)
    .orderBy('part')
    .orderBy('ordinal')
    .execute();
}

export async function unitNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('org_unit')
    .select(['id', 'name'])
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The collective's own evaluation in the period. */
export async function collectiveEvaluationId(db: Db, periodId: string, unitId: string): Promise<string | undefined> {
  return (
    await db
      .selectFrom('evaluation')
      .select('id')
      .where('period_id', '=', periodId)
      .where('subject_unit_id', '=', unitId)
      .executeTakeFirst()
  )?.id;
}

export interface IndicatorRow {
  code: string;
  name: string;
  measure: string;
  target: number | string;
  direction: 'increase' | 'decrease';
  latest: number | string | null;
  latest_on: string | null;
}

/** The unit's indicators of the year with the latest value recorded by the period's end. */
export async function indicatorsOf(db: Db, unitId: string, year: number, on: string): Promise<IndicatorRow[]> {
  const { rows } = await sql<IndicatorRow>`
    SELECT i.code, i.name, i.measure, i.target, i.direction, a.value AS latest, a.period_end AS latest_on
    FROM indicator i
    LEFT JOIN LATERAL (SELECT x.value, x.period_end FROM indicator_actual x
      WHERE x.indicator_id = i.id AND x.period_end <= ${on}::date ORDER BY x.period_end DESC LIMIT 1) a ON true
    WHERE i.unit_id = ${unitId} AND i.year = ${year}
    ORDER BY i.code`.execute(db);
  return rows;
}

export interface MemberCountRow {
  cadre_group: string;
  status: string;
  decision_level: string | null;
  n: number;
}

/** Ratings of the persons evaluated in the collective's subtree. */
export async function memberCounts(db: Db, periodId: string, unitId: string): Promise<MemberCountRow[]> {
  const { rows } = await sql<MemberCountRow>`
    SELECT e.cadre_group, e.status, CASE WHEN e.status IN ('decided', 'published') THEN e.decision_level END AS decision_level, count(*)::int AS n
    FROM evaluation e
    WHERE e.period_id = ${periodId} AND e.person_id IS NOT NULL
      AND ${inSubtrees([unitId], 'e.unit_id')}
    GROUP BY 1, 2, 3`.execute(db);
  return rows;
}

export interface LeaderRow {
  family_name: string;
  middle_name: string;
  given_name: string;
  post_title: string | null;
  status: string;
  decision_score: number | string | null;
  decision_level: string | null;
  proposed_level: string | null;
}

/** The leadership of the collective: persons of its subtree evaluated in a leaders' group. */
export async function leadersOf(db: Db, periodId: string, unitId: string): Promise<LeaderRow[]> {
  const { rows } = await sql<LeaderRow>`
    SELECT pe.family_name, pe.middle_name, pe.given_name, ${postTitle('e.person_id', 'p.end_date')} AS post_title, e.status,
      e.decision_score, e.decision_level, e.proposed_level
    FROM evaluation e
    JOIN evaluation_period p ON p.id = e.period_id
    JOIN cadre_group g ON g.code = e.cadre_group AND g.is_leader
    JOIN person pe ON pe.id = e.person_id
    WHERE e.period_id = ${periodId}
      AND ${inSubtrees([unitId], 'e.unit_id')}
    ORDER BY g.rank, pe.sort_key, e.id`.execute(db);
  return rows;
}

export interface PublishedRow {
  person_id: string | null;
  family_name: string | null;
  middle_name: string | null;
  given_name: string | null;
  subject_name: string | null;
  post_title: string | null;
  unit_name: string;
  group_name_vi: string;
  group_name_en: string;
  decision_score: number | string | null;
  decision_level: string;
  published_at: Date;
}

/** Published results under the unit in the reader's subtrees: collectives first, then persons by unit and group. */
export async function publishedRows(db: Db, q: { periodId: string; unitId: string; roots: string[] }): Promise<PublishedRow[]> {
  const { rows } = await sql<PublishedRow>`
    SELECT e.person_id, pe.family_name, pe.middle_name, pe.given_name, su.name AS subject_name,
      ${postTitle('e.person_id', 'p.end_date')} AS post_title, u.name AS unit_name, g.name_vi AS group_name_vi, g.name_en AS group_name_en,
      e.decision_score, e.decision_level, e.published_at
    FROM evaluation e
    JOIN evaluation_period p ON p.id = e.period_id
    JOIN cadre_group g ON g.code = e.cadre_group
    JOIN org_unit u ON u.id = e.unit_id
    LEFT JOIN person pe ON pe.id = e.person_id
    LEFT JOIN org_unit su ON su.id = e.subject_unit_id
    WHERE e.period_id = ${q.periodId} AND e.status = 'published'
      AND ${inSubtrees([q.unitId], 'e.unit_id')}
      AND ${inSubtrees(q.roots, 'e.unit_id')}
    ORDER BY (e.person_id IS NOT NULL), u.name COLLATE "und-x-icu", g.rank, pe.sort_key, su.name COLLATE "und-x-icu", e.id`.execute(db);
  return rows;
}

export interface LineageRow {
  depth: number;
  kind: string;
  name: string;
  short_name: string | null;
  admin_name: string | null;
  admin_type: string | null;
  /** A territory's own Party committee (short name, then name) as of the date. */
  committee_short: string | null;
  committee_name: string | null;
}

/**
 * The unit and its ancestors as the tree stood on `asOf` (the links valid that day, valid_to
 * exclusive), nearest first, with the administrative unit each stands for: a form names the
 * committee of the period, not of today, nor a unit merged away before it.
 */
export async function lineageAt(db: Db, unitId: string, asOf: string): Promise<LineageRow[]> {
  const { rows } = await sql<LineageRow>`
    WITH RECURSIVE up(id, depth) AS (
      SELECT ${unitId}::uuid, 0
      UNION ALL
      SELECT l.parent_id, up.depth + 1 FROM up
        JOIN org_unit_link l ON l.child_id = up.id AND l.valid_from <= ${asOf}::date AND (l.valid_to IS NULL OR l.valid_to > ${asOf}::date)
       WHERE up.depth < 40
    )
    SELECT up.depth, u.kind, u.name, u.short_name, a.name AS admin_name, a.type AS admin_type, pc.short_name AS committee_short,
      pc.name AS committee_name
    FROM up JOIN org_unit u ON u.id = up.id
    LEFT JOIN admin_unit a ON a.id = u.admin_unit_id
    LEFT JOIN LATERAL (SELECT c.short_name, c.name FROM org_unit_link l JOIN org_unit c ON c.id = l.child_id AND c.kind = 'party_committee'
      WHERE l.parent_id = u.id AND l.valid_from <= ${asOf}::date AND (l.valid_to IS NULL OR l.valid_to > ${asOf}::date)
      ORDER BY c.name LIMIT 1) pc ON true
    ORDER BY up.depth`.execute(db);
  return rows;
}
