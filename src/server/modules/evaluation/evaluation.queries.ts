// SQL of periods and single evaluations: reads for the views, the locked reads and versioned
// updates of the steps, the peer groups of the quota, publication.
import { type Kysely, type Transaction, type Updateable, sql } from 'kysely';
import type { DB, EvaluationTable } from '../../db/schema.js';
import { inSubtrees } from '../org/index.js';

type Db = Kysely<DB> | Transaction<DB>;

export interface PeriodFull {
  id: string;
  unit_id: string;
  unit_name: string;
  kind: 'month' | 'quarter' | 'year' | 'term';
  year: number;
  number: number;
  start_date: string;
  end_date: string;
  self_due: string;
  appraisal_due: string;
  decision_due: string;
  status: 'open' | 'closing' | 'closed';
  opened_at: Date;
  closed_at: Date | null;
  version: number;
}

const periodColumns = sql`p.id, p.unit_id, u.name AS unit_name, p.kind, p.year, p.number, p.start_date, p.end_date,
  p.self_due, p.appraisal_due, p.decision_due, p.status, p.opened_at, p.closed_at, p.version`;

export async function periodById(db: Db, id: string): Promise<PeriodFull | undefined> {
  const { rows } =
    await sql<PeriodFull>`SELECT ${periodColumns} FROM evaluation_period p JOIN org_unit u ON u.id = p.unit_id WHERE p.id = ${id}`.execute(
      db,
    );
  return rows[0];
}

export async function periodExists(db: Db, k: { unitId: string; kind: string; year: number; number: number }): Promise<boolean> {
  const row = await db
    .selectFrom('evaluation_period')
    .select('id')
    .where('unit_id', '=', k.unitId)
    .where('kind', '=', k.kind as 'month')
    .where('year', '=', k.year)
    .where('number', '=', k.number)
    .executeTakeFirst();
  return !!row;
}

export interface PeriodFilter {
  roots: string[];
  personId: string | null;
  unitId?: string;
  year?: number;
  kind?: string;
}

/**
 * Periods related to the reader's subtrees (opened inside them, or above them: a commune's officers
 * work on the province's period) or holding the reader's own evaluation.
 */
export async function listPeriods(db: Db, f: PeriodFilter): Promise<PeriodFull[]> {
  const roots = f.roots.length ? f.roots : ['00000000-0000-0000-0000-000000000000'];
  const related = sql`(p.unit_id IN (SELECT descendant_id FROM org_unit_closure WHERE ancestor_id IN (${sql.join(roots)}))
    OR p.unit_id IN (SELECT ancestor_id FROM org_unit_closure WHERE descendant_id IN (${sql.join(roots)}))
    ${f.personId ? sql`OR EXISTS (SELECT 1 FROM evaluation e WHERE e.period_id = p.id AND e.person_id = ${f.personId})` : sql``})`;
  const unit = f.unitId
    ? sql`AND (${inSubtrees([f.unitId], 'p.unit_id')}
           OR p.unit_id IN (SELECT ancestor_id FROM org_unit_closure WHERE descendant_id = ${f.unitId}))`
    : sql``;
  const { rows } = await sql<PeriodFull>`
    SELECT ${periodColumns} FROM evaluation_period p JOIN org_unit u ON u.id = p.unit_id
    WHERE ${related} ${unit}
      ${f.year ? sql`AND p.year = ${f.year}` : sql``} ${f.kind ? sql`AND p.kind = ${f.kind}` : sql``}
    ORDER BY p.year DESC, p.end_date DESC, p.kind, u.name COLLATE "und-x-icu", p.id
    LIMIT 500`.execute(db);
  return rows;
}

/** Whether the reader may see the period (same rule as listPeriods). */
export async function periodVisible(db: Db, periodId: string, roots: string[], personId: string | null): Promise<boolean> {
  const roots2 = roots.length ? roots : ['00000000-0000-0000-0000-000000000000'];
  const { rows } = await sql<{ one: number }>`
    SELECT 1 AS one FROM evaluation_period p WHERE p.id = ${periodId} AND (
      p.unit_id IN (SELECT descendant_id FROM org_unit_closure WHERE ancestor_id IN (${sql.join(roots2)}))
      OR p.unit_id IN (SELECT ancestor_id FROM org_unit_closure WHERE descendant_id IN (${sql.join(roots2)}))
      ${personId ? sql`OR EXISTS (SELECT 1 FROM evaluation e WHERE e.period_id = p.id AND e.person_id = ${personId})` : sql``})`.execute(
    db,
  );
  return rows.length > 0;
}

/** Counts of the evaluations a reader sees: in their subtrees, or their own. */
export async function periodCounts(db: Db, periodId: string, roots: string[], personId: string | null) {
  const own = personId ? sql`OR e.person_id = ${personId}` : sql``;
  const { rows } = await sql<{
    status: string;
    decision_level: string | null;
    proposed_level: string | null;
    own_only: boolean;
    n: number;
  }>`
    SELECT e.status, e.decision_level, e.proposed_level, NOT ${inSubtrees(roots, 'e.unit_id')} AS own_only, count(*)::int AS n
    FROM evaluation e
    WHERE e.period_id = ${periodId} AND (${inSubtrees(roots, 'e.unit_id')} ${own})
    GROUP BY 1, 2, 3, 4`.execute(db);
  return rows;
}

export async function undecidedCount(db: Db, periodId: string): Promise<number> {
  const row = await db
    .selectFrom('evaluation')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('period_id', '=', periodId)
    .where('status', 'in', ['self_pending', 'self_submitted', 'appraised'])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** An evaluation with its period, subject and group: everything the steps and the views need. */
export interface EvaluationFull {
  id: string;
  period_id: string;
  person_id: string | null;
  subject_unit_id: string | null;
  unit_id: string;
  cadre_group: string;
  cadre_group_name_vi: string;
  cadre_group_name_en: string;
  is_leader: boolean;
  criteria_set_id: string;
  status: 'excluded' | 'self_pending' | 'self_submitted' | 'appraised' | 'decided' | 'published';
  excluded_reason: string | null;
  worked_ratio: number;
  inputs: unknown;
  results_score: number | null;
  proposed_level: string | null;
  gate_report: unknown;
  self_general: unknown;
  self_kpis: unknown;
  self_score: number | null;
  self_level: string | null;
  self_comment: string | null;
  self_submitted_at: Date | null;
  appraisal_general: unknown;
  appraisal_kpis: unknown;
  appraisal_score: number | null;
  appraisal_level: string | null;
  appraisal_comment: string | null;
  appraised_at: Date | null;
  decision_score: number | null;
  decision_level: string | null;
  decision_reason: string | null;
  decided_at: Date | null;
  published_at: Date | null;
  /** The facts the decision was taken on (DecisionFacts), null before it or for older decisions. */
  decision_facts: unknown;
  version: number;
  family_name: string | null;
  middle_name: string | null;
  given_name: string | null;
  person_unit_name: string | null;
  subject_unit_name: string | null;
  period_kind: 'month' | 'quarter' | 'year' | 'term';
  period_year: number;
  period_number: number;
  start_date: string;
  end_date: string;
  self_due: string;
  appraisal_due: string;
  decision_due: string;
  period_status: 'open' | 'closing' | 'closed';
  period_unit_id: string;
}

function evaluationSelect() {
  return sql`
    SELECT e.*, g.name_vi AS cadre_group_name_vi, g.name_en AS cadre_group_name_en, g.is_leader,
      pe.family_name, pe.middle_name, pe.given_name, pu.name AS person_unit_name, su.name AS subject_unit_name,
      p.kind AS period_kind, p.year AS period_year, p.number AS period_number, p.start_date, p.end_date,
      p.self_due, p.appraisal_due, p.decision_due, p.status AS period_status, p.unit_id AS period_unit_id
    FROM evaluation e
    JOIN evaluation_period p ON p.id = e.period_id
    JOIN cadre_group g ON g.code = e.cadre_group
    LEFT JOIN person pe ON pe.id = e.person_id
    LEFT JOIN org_unit pu ON pu.id = pe.unit_id
    LEFT JOIN org_unit su ON su.id = e.subject_unit_id`;
}

export async function evaluationById(db: Db, id: string, lock = false): Promise<EvaluationFull | undefined> {
  const { rows } = await sql<EvaluationFull>`${evaluationSelect()} WHERE e.id = ${id} ${lock ? sql`FOR UPDATE OF e` : sql``}`.execute(db);
  return rows[0];
}

export async function evaluationOfPerson(db: Db, periodId: string, personId: string): Promise<EvaluationFull | undefined> {
  const { rows } = await sql<EvaluationFull>`${evaluationSelect()} WHERE e.period_id = ${periodId} AND e.person_id = ${personId}`.execute(
    db,
  );
  return rows[0];
}

export interface ListFilter {
  periodId: string;
  roots: string[];
  unitId?: string;
  status?: string;
  level?: string;
  cadreGroup?: string;
  limit: number;
  offset: number;
}

export async function listEvaluations(db: Db, f: ListFilter): Promise<{ rows: EvaluationFull[]; total: number }> {
  const where = sql`e.period_id = ${f.periodId} AND ${inSubtrees(f.roots, 'e.unit_id')}
    ${f.unitId ? sql`AND ${inSubtrees([f.unitId], 'e.unit_id')}` : sql``}
    ${f.status ? sql`AND e.status = ${f.status}` : sql``}
    ${f.cadreGroup ? sql`AND e.cadre_group = ${f.cadreGroup}` : sql``}
    ${f.level ? sql`AND coalesce(e.decision_level, e.proposed_level) = ${f.level}` : sql``}`;
  const { rows } = await sql<EvaluationFull>`${evaluationSelect()} WHERE ${where}
    ORDER BY g.rank, (e.person_id IS NULL) DESC, coalesce(su.name, '') COLLATE "und-x-icu", pe.sort_key, e.id
    LIMIT ${f.limit} OFFSET ${f.offset}`.execute(db);
  const {
    rows: [c],
  } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM evaluation e WHERE ${where}`.execute(db);
  return { rows, total: Number(c.n) };
}

/** Versioned update of one evaluation: 0 rows when the version is stale. */
export async function updateEvaluation(
  trx: Transaction<DB>,
  id: string,
  version: number,
  patch: Updateable<EvaluationTable>,
): Promise<boolean> {
  const res = await trx
    .updateTable('evaluation')
    .set({ ...patch, version: sql<number>`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function insertRevision(
  trx: Transaction<DB>,
  r: {
    id: string;
    evaluation_id: string;
    step: 'self' | 'appraisal' | 'decision' | 'cancel';
    score: number | null;
    level: string | null;
    reason: string | null;
    by_account: string;
  },
): Promise<void> {
  await trx.insertInto('evaluation_revision').values(r).execute();
}

export async function revisionsOf(db: Db, evaluationId: string) {
  return db
    .selectFrom('evaluation_revision')
    .select(['step', 'score', 'level', 'reason', 'at'])
    .where('evaluation_id', '=', evaluationId)
    .orderBy('at')
    .orderBy('id')
    .execute();
}

/** The peer group of the quota: same period, evaluating unit and cadre group; locked when deciding. */
export async function peerGroup(db: Db, periodId: string, unitId: string, cadreGroup: string, lock = false) {
  const q = db
    .selectFrom('evaluation')
    .select(['id', 'status', 'decision_level', 'appraisal_level', 'person_id'])
    .where('period_id', '=', periodId)
    .where('unit_id', '=', unitId)
    .where('cadre_group', '=', cadreGroup)
    .where('status', '<>', 'excluded');
  return (lock ? q.forUpdate() : q).execute();
}

/**
 * Serialises the decisions of one peer group (the quota counts them together). Taken before any
 * evaluation row is locked, by single decisions and decision sets alike, so they never deadlock.
 */
/** The peer group an evaluation belongs to (period, unit, cadre group), for locking it. */
export async function peerGroupKeyOf(db: Db, id: string) {
  return db.selectFrom('evaluation').select(['period_id', 'unit_id', 'cadre_group']).where('id', '=', id).executeTakeFirst();
}

export async function lockPeerGroup(trx: Transaction<DB>, periodId: string, unitId: string, cadreGroup: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`evaluation-quota:${periodId}:${unitId}:${cadreGroup}`}, 0))`.execute(trx);
}

export async function quotaExceptionOf(db: Db, periodId: string, unitId: string, cadreGroup: string) {
  return db
    .selectFrom('quota_exception')
    .select(['id', 'percent', 'reason'])
    .where('period_id', '=', periodId)
    .where('unit_id', '=', unitId)
    .where('cadre_group', '=', cadreGroup)
    .executeTakeFirst();
}

export async function cadreGroupExists(db: Db, code: string): Promise<boolean> {
  return !!(await db.selectFrom('cadre_group').select('code').where('code', '=', code).executeTakeFirst());
}

/** Decided → published under the unit; returns who is concerned (for notifications and audit). */
export async function publishDecided(trx: Transaction<DB>, periodId: string, unitId: string) {
  const { rows } = await sql<{
    id: string;
    person_id: string | null;
    subject_unit_id: string | null;
    unit_id: string;
    decision_level: string;
  }>`
    UPDATE evaluation e SET status = 'published', published_at = now(), version = e.version + 1
    WHERE e.period_id = ${periodId} AND e.status = 'decided'
      AND ${inSubtrees([unitId], 'e.unit_id')}
    RETURNING e.id, e.person_id, e.subject_unit_id, e.unit_id, e.decision_level`.execute(trx);
  return rows;
}

/** Shortcomings from the previous review still open when the period starts (Quy định 366-QĐ/TW: HTXS needs them fixed). */
export async function previousShortcomings(db: Db, personId: string, from: string) {
  return db
    .selectFrom('shortcoming')
    .select(['noted_on', 'text', 'fixed_on'])
    .where('person_id', '=', personId)
    .where('noted_on', '<', from)
    .where((eb) => eb.or([eb('fixed_on', 'is', null), eb('fixed_on', '>=', from)]))
    .orderBy('noted_on')
    .limit(100)
    .execute();
}

/** Holds an open head post of the unit on the date. */
export async function isHeadOf(db: Db, personId: string, unitId: string, on: string): Promise<boolean> {
  const { rows } = await sql`
    SELECT 1 FROM tenure te JOIN post po ON po.id = te.post_id
    WHERE te.person_id = ${personId} AND po.unit_id = ${unitId} AND po.is_head
      AND te.start_date <= ${on}::date AND (te.end_date IS NULL OR te.end_date >= ${on}::date) LIMIT 1`.execute(db);
  return rows.length > 0;
}

export async function unitNamesOf(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('org_unit')
    .select(['id', 'name'])
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/**
 * The decisions of a period whose facts changed after they were taken (decision_facts against the
 * facts computed now; the same parts as factsKey): the close report lists them, the decisions stand.
 */
export async function decisionsOnChangedFacts(
  db: Db,
  periodId: string,
): Promise<Array<{ id: string; person_id: string | null; subject_unit_id: string | null }>> {
  const differs = (k: string) => sql`(e.decision_facts->'inputs'->${k}) IS DISTINCT FROM (e.inputs->${k})`;
  const { rows } = await sql<{ id: string; person_id: string | null; subject_unit_id: string | null }>`
    SELECT e.id, e.person_id, e.subject_unit_id FROM evaluation e
    WHERE e.period_id = ${periodId} AND e.decision_facts IS NOT NULL
      AND (${sql.join(['tasks', 'gateTasks', 'triggers', 'units', 'quarters', 'worked'].map(differs), sql` OR `)})
    ORDER BY e.id`.execute(db);
  return rows;
}

/** A new version of the evaluation (its facts changed under it), so a step sent from a stale screen gets 409. */
export async function bumpVersion(trx: Transaction<DB>, id: string): Promise<void> {
  await trx
    .updateTable('evaluation')
    .set((eb) => ({ version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .execute();
}
