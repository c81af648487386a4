// SQL of annual commitments: the commitment with its actions, the lock of a write, and the per-person
// aggregates of a unit's subtree for the committee's lists.
import { type Insertable, type Kysely, type Transaction, type Updateable, sql } from 'kysely';
import type { CommitmentActionTable, CommitmentTable, DB } from '../../db/schema.js';
import { inSubtrees } from '../org/index.js';

type Db = Kysely<DB> | Transaction<DB>;

export async function unitById(db: Db, id: string) {
  return db.selectFrom('org_unit').select(['id', 'name']).where('id', '=', id).executeTakeFirst();
}

export async function personById(db: Db, id: string) {
  return db.selectFrom('person').select(['id', 'unit_id']).where('id', '=', id).executeTakeFirst();
}

const COLUMNS = [
  'c.id',
  'c.person_id',
  'c.unit_id',
  'c.year',
  'c.status',
  'c.submitted_at',
  'c.reviewed_by',
  'c.reviewed_at',
  'c.review_comment',
  'c.version',
] as const;

export async function commitmentById(db: Db, id: string) {
  return db
    .selectFrom('commitment as c')
    .innerJoin('org_unit as u', 'u.id', 'c.unit_id')
    .innerJoin('person as p', 'p.id', 'c.person_id')
    .leftJoin('account as a', 'a.id', 'c.reviewed_by')
    .select([...COLUMNS, 'u.name as unit_name', 'p.family_name', 'p.middle_name', 'p.given_name', 'a.display_name as reviewer_name'])
    .where('c.id', '=', id)
    .executeTakeFirst();
}
export type CommitmentRow = NonNullable<Awaited<ReturnType<typeof commitmentById>>>;

export async function commitmentIdOf(db: Db, personId: string, year: number): Promise<string | null> {
  const row = await db.selectFrom('commitment').select('id').where('person_id', '=', personId).where('year', '=', year).executeTakeFirst();
  return row?.id ?? null;
}

/** The row locked until the transaction ends: serialises concurrent edits, reviews, reports and assessments. */
export async function lockCommitment(trx: Transaction<DB>, id: string) {
  return trx.selectFrom('commitment as c').select(COLUMNS).where('c.id', '=', id).forUpdate().executeTakeFirst();
}
export type LockedCommitment = NonNullable<Awaited<ReturnType<typeof lockCommitment>>>;

export async function insertCommitment(trx: Transaction<DB>, row: Insertable<CommitmentTable>) {
  await trx.insertInto('commitment').values(row).execute();
}

/** Updates the row at `version` and bumps it; false when another write came first. */
export async function updateCommitmentRow(
  trx: Transaction<DB>,
  id: string,
  version: number,
  change: Updateable<CommitmentTable>,
): Promise<boolean> {
  const res = await trx
    .updateTable('commitment')
    .set({ ...change, version: sql<number>`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function actionsOf(db: Db, commitmentId: string) {
  return db.selectFrom('commitment_action').selectAll().where('commitment_id', '=', commitmentId).orderBy('ordinal').execute();
}
export type ActionRow = Awaited<ReturnType<typeof actionsOf>>[number];

/** Replaces the actions of a commitment not yet approved (nothing is reported or assessed on them yet). */
export async function replaceActions(trx: Transaction<DB>, commitmentId: string, rows: Array<Insertable<CommitmentActionTable>>) {
  await trx.deleteFrom('commitment_action').where('commitment_id', '=', commitmentId).execute();
  if (rows.length) await trx.insertInto('commitment_action').values(rows).execute();
}

export async function updateAction(trx: Transaction<DB>, id: string, change: Updateable<CommitmentActionTable>) {
  await trx.updateTable('commitment_action').set(change).where('id', '=', id).execute();
}

/** A person's commitment of a year with its actions (the evaluation shows it). */
export async function commitmentOfPerson(db: Db, personId: string, year: number) {
  const id = await commitmentIdOf(db, personId, year);
  if (!id) return null;
  const row = await commitmentById(db, id);
  return row ? { row, actions: await actionsOf(db, id) } : null;
}

/**
 * One row per person whose record sits in the subtree of `unitId`: their commitment of `year` (if
 * any), the counts of its actions reported at year end and assessed, and the stage they stand at
 * (the SQL twin of the domain's stageOf: missing, the commitment's status until approved, then
 * assessed when every action is assessed, reported when every action has its year-end report).
 */
function overviewBase(db: Db, unitId: string, year: number) {
  return db
    .selectFrom('person as p')
    .innerJoin('org_unit as u', 'u.id', 'p.unit_id')
    .leftJoin('commitment as c', (j) => j.onRef('c.person_id', '=', 'p.id').on('c.year', '=', year))
    .leftJoin('commitment_action as a', 'a.commitment_id', 'c.id')
    .where(inSubtrees([unitId], 'p.unit_id'))
    .select((eb) => [
      'p.id as person_id',
      'p.family_name',
      'p.middle_name',
      'p.given_name',
      'p.sort_key',
      'u.name as unit_name',
      'c.id as commitment_id',
      'c.status',
      eb.fn.count<string>('a.id').as('actions'),
      eb.fn.count<string>('a.final_report').as('reported'),
      eb.fn.count<string>('a.assessment').as('assessed'),
      sql<string>`count(*) FILTER (WHERE a.assessment = 'done')`.as('done'),
      sql<string>`count(*) FILTER (WHERE a.assessment = 'partly')`.as('partly'),
      sql<string>`CASE
        WHEN c.id IS NULL THEN 'missing'
        WHEN c.status <> 'approved' THEN c.status
        WHEN count(a.id) > 0 AND count(a.assessment) = count(a.id) THEN 'assessed'
        WHEN count(a.id) > 0 AND count(a.final_report) = count(a.id) THEN 'reported'
        ELSE 'approved' END`.as('stage'),
    ])
    .groupBy(['p.id', 'p.family_name', 'p.middle_name', 'p.given_name', 'p.sort_key', 'u.name', 'c.id', 'c.status']);
}

/** How many people of the subtree stand at each stage of the year. */
export function overviewStageCounts(db: Db, unitId: string, year: number) {
  return db
    .with('r', () => overviewBase(db, unitId, year))
    .selectFrom('r')
    .select((eb) => ['r.stage', eb.fn.countAll<string>().as('n')])
    .groupBy('r.stage')
    .execute();
}

/** One page of the rows (sorted by name), only those at `stage` when given: paged in SQL. */
export function overviewRows(db: Db, unitId: string, year: number, f: { stage?: string; page: number; pageSize: number }) {
  let q = db
    .with('r', () => overviewBase(db, unitId, year))
    .selectFrom('r')
    .selectAll('r');
  if (f.stage) q = q.where('r.stage', '=', f.stage);
  return q
    .orderBy('r.sort_key')
    .orderBy('r.person_id')
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize)
    .execute();
}

/**
 * The assessment counts of the approved commitments of `year` of the people evaluated in a period
 * (one query for the whole period: the year's evaluation reads them in bulk).
 */
export async function assessmentCountsOfPeriod(db: Db, periodId: string, year: number) {
  return db
    .selectFrom('commitment as c')
    .innerJoin('commitment_action as a', 'a.commitment_id', 'c.id')
    .where('c.year', '=', year)
    .where('c.status', '=', 'approved')
    .where('c.person_id', 'in', (eb) =>
      eb
        .selectFrom('evaluation')
        .select('person_id')
        .where('period_id', '=', periodId)
        .where('person_id', 'is not', null)
        .$narrowType<{ person_id: string }>(),
    )
    .select((eb) => [
      'c.person_id',
      eb.fn.countAll<string>().as('actions'),
      sql<string>`count(*) FILTER (WHERE a.assessment = 'done')`.as('done'),
      sql<string>`count(*) FILTER (WHERE a.assessment = 'partly')`.as('partly'),
      sql<string>`count(*) FILTER (WHERE a.assessment = 'not_done')`.as('not_done'),
    ])
    .groupBy('c.person_id')
    .execute();
}
