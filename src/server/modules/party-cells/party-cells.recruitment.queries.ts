// New-member development and the cadres' roster (decision 0033): reads and writes (Kysely).
import { type Insertable, type Kysely, type Transaction, type Updateable, sql } from 'kysely';
import type { CellRosterTable, DB, RecruitmentCandidateTable } from '../../db/schema.js';
import { personName } from './party-cells.queries.js';

type Db = Kysely<DB> | Transaction<DB>;

export async function targetOf(db: Db, unitId: string, year: number) {
  return db.selectFrom('recruitment_target').selectAll().where('unit_id', '=', unitId).where('year', '=', year).executeTakeFirst();
}

export async function targetsOf(db: Db, unitIds: string[], years: number[]) {
  if (unitIds.length === 0) return [];
  return db.selectFrom('recruitment_target').selectAll().where('unit_id', 'in', unitIds).where('year', 'in', years).execute();
}

/** The nearest unit above `unitId` with a target for the year (the parent whose target is split), if any. */
export async function parentTarget(db: Db, unitId: string, year: number) {
  return db
    .selectFrom('recruitment_target as t')
    .innerJoin('org_unit_closure as c', (j) => j.onRef('c.ancestor_id', '=', 't.unit_id').on('c.descendant_id', '=', unitId))
    .select(['t.unit_id', 't.target', sql<number>`(SELECT count(*) FROM org_unit_closure d WHERE d.descendant_id = t.unit_id)`.as('depth')])
    .where('t.year', '=', year)
    .where('t.unit_id', '<>', unitId)
    .orderBy('depth', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** The shares of `parentId`'s target: targets of units below it with no other target between them and it. */
export async function sharesOf(db: Db, parentId: string, year: number): Promise<Array<{ unit_id: string; target: number }>> {
  return db
    .selectFrom('recruitment_target as t')
    .select(['t.unit_id', 't.target'])
    .where('t.year', '=', year)
    .where('t.unit_id', '<>', parentId)
    .where(sql<boolean>`t.unit_id IN (SELECT descendant_id FROM org_unit_closure WHERE ancestor_id = ${parentId})`)
    .where(
      sql<boolean>`NOT EXISTS (SELECT 1 FROM recruitment_target x
        JOIN org_unit_closure a ON a.ancestor_id = x.unit_id AND a.descendant_id = t.unit_id
        JOIN org_unit_closure b ON b.descendant_id = x.unit_id AND b.ancestor_id = ${parentId}
        WHERE x.year = ${year} AND x.unit_id <> t.unit_id AND x.unit_id <> ${parentId})`,
    )
    .execute();
}

export async function upsertTarget(
  trx: Db,
  row: { unit_id: string; year: number; target: number; over_reason: string | null; set_by: string | null },
  version: number | undefined,
): Promise<boolean> {
  if (version === undefined) {
    const r = await trx
      .insertInto('recruitment_target')
      .values(row)
      .onConflict((oc) => oc.doNothing())
      .returning('unit_id')
      .executeTakeFirst();
    return !!r;
  }
  const r = await trx
    .updateTable('recruitment_target')
    .set({ target: row.target, over_reason: row.over_reason, set_by: row.set_by, version: sql`version + 1` })
    .where('unit_id', '=', row.unit_id)
    .where('year', '=', row.year)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The admission decisions recorded in the cells from `from` to `to` (memberships joined by admission). */
export async function admissions(db: Db, cellIds: string[], from: string, to: string) {
  if (cellIds.length === 0) return [];
  return db
    .selectFrom('party_membership')
    .select(['cell_id', 'admission_decision_on'])
    .where('cell_id', 'in', cellIds)
    .where('joined_how', '=', 'admission')
    .where('admission_decision_on', '>=', from)
    .where('admission_decision_on', '<=', to)
    .execute();
}

export const stageSql = sql<string>`CASE WHEN c.ceremony_on IS NOT NULL THEN 'ceremony' WHEN c.decision_on IS NOT NULL THEN 'decision'
  WHEN c.considered_on IS NOT NULL THEN 'considered' WHEN c.verification_on IS NOT NULL THEN 'verification'
  WHEN c.application_on IS NOT NULL THEN 'application' WHEN c.course_on IS NOT NULL THEN 'course' ELSE 'outstanding' END`;

function candidatesIn(db: Db, cellIds: string[], year: number) {
  return db
    .selectFrom('recruitment_candidate as c')
    .where('c.cell_id', 'in', cellIds.length ? cellIds : ['00000000-0000-0000-0000-000000000000'])
    .where((eb) => eb.or([eb('c.ceremony_on', 'is', null), eb('c.ceremony_on', '>=', `${year}-01-01`)]));
}

/** The candidates of the cells still in the pipeline or admitted since 1 January, counted per stage. */
export async function stageCounts(db: Db, cellIds: string[], year: number) {
  return candidatesIn(db, cellIds, year)
    .select([stageSql.as('stage'), sql<number>`count(*)`.as('n')])
    .groupBy(stageSql)
    .execute();
}

const candidateColumns = [
  'c.id',
  'c.person_id',
  'c.cell_id',
  'c.outstanding_on',
  'c.course_on',
  'c.application_on',
  'c.verification_on',
  'c.considered_on',
  'c.decision_on',
  'c.ceremony_on',
  'c.age_exception',
  'c.membership_id',
  'c.note',
  'c.version',
  'u.name as cell_name',
  'p.date_of_birth',
] as const;

export async function candidatePage(db: Db, cellIds: string[], year: number, stage: string | undefined, page: number, pageSize: number) {
  let base = candidatesIn(db, cellIds, year);
  if (stage) base = base.where(sql<boolean>`${stageSql} = ${stage}`);
  const [{ total }, items] = await Promise.all([
    base.select(sql<number>`count(*)`.as('total')).executeTakeFirstOrThrow(),
    base
      .innerJoin('person as p', 'p.id', 'c.person_id')
      .innerJoin('org_unit as u', 'u.id', 'c.cell_id')
      .select([...candidateColumns, personName.as('name')])
      .orderBy('u.name')
      .orderBy('p.sort_key')
      .orderBy('c.id')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
  ]);
  return { total: Number(total), items };
}
export type CandidateRow = Awaited<ReturnType<typeof candidatePage>>['items'][number];

export async function candidateById(db: Db, id: string) {
  return db
    .selectFrom('recruitment_candidate as c')
    .innerJoin('person as p', 'p.id', 'c.person_id')
    .innerJoin('org_unit as u', 'u.id', 'c.cell_id')
    .select([...candidateColumns, personName.as('name')])
    .where('c.id', '=', id)
    .executeTakeFirst();
}

export async function openCandidateOf(db: Db, personId: string) {
  return db
    .selectFrom('recruitment_candidate')
    .select('id')
    .where('person_id', '=', personId)
    .where('ceremony_on', 'is', null)
    .executeTakeFirst();
}

export async function insertCandidate(trx: Db, row: Insertable<RecruitmentCandidateTable>): Promise<void> {
  await trx.insertInto('recruitment_candidate').values(row).execute();
}

export async function updateCandidate(trx: Db, id: string, version: number, set: Updateable<RecruitmentCandidateTable>): Promise<boolean> {
  const r = await trx
    .updateTable('recruitment_candidate')
    .set({ ...set, version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

// ——— the roster ———

function rosterSelect(db: Db) {
  return db
    .selectFrom('cell_roster as r')
    .innerJoin('person as p', 'p.id', 'r.person_id')
    .innerJoin('org_unit as u', 'u.id', 'r.cell_id')
    .leftJoin('task as t', 't.id', 'r.task_id')
    .leftJoin('cell_meeting_guest as g', 'g.id', 'r.guest_id')
    .select([
      'r.id',
      'r.cell_id',
      'r.month',
      'r.person_id',
      'r.post',
      'r.attended',
      'r.report',
      'r.guest_id',
      'r.task_id',
      'r.version',
      'u.name as cell_name',
      't.title as task_title',
      'g.meeting_id',
      personName.as('name'),
    ]);
}
export type RosterRowDb = NonNullable<Awaited<ReturnType<typeof rosterById>>>;

export async function rosterById(db: Db, id: string) {
  return rosterSelect(db).where('r.id', '=', id).executeTakeFirst();
}

export async function rosterPage(db: Db, cellIds: string[], month: string, page: number, pageSize: number) {
  const ids = cellIds.length ? cellIds : ['00000000-0000-0000-0000-000000000000'];
  const [summary, items] = await Promise.all([
    db
      .selectFrom('cell_roster')
      .select([
        sql<number>`count(*)`.as('assigned'),
        sql<number>`count(DISTINCT cell_id)`.as('cells_covered'),
        sql<number>`count(*) FILTER (WHERE attended)`.as('attended'),
        sql<number>`count(*) FILTER (WHERE report <> '')`.as('reported'),
      ])
      .where('cell_id', 'in', ids)
      .where('month', '=', month)
      .executeTakeFirstOrThrow(),
    rosterSelect(db)
      .where('r.cell_id', 'in', ids)
      .where('r.month', '=', month)
      .orderBy('u.name')
      .orderBy('p.sort_key')
      .orderBy('r.id')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
  ]);
  return { summary, items };
}

export async function rosterOfPerson(db: Db, personId: string, fromMonth: string) {
  return rosterSelect(db)
    .where('r.person_id', '=', personId)
    .where('r.month', '>=', fromMonth)
    .orderBy('r.month', 'desc')
    .orderBy('u.name')
    .limit(24)
    .execute();
}

export async function rosterTaken(db: Db, cellId: string, month: string, personId: string): Promise<boolean> {
  const row = await db
    .selectFrom('cell_roster')
    .select('id')
    .where('cell_id', '=', cellId)
    .where('month', '=', month)
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return !!row;
}

export async function insertRoster(trx: Db, row: Insertable<CellRosterTable>): Promise<void> {
  await trx.insertInto('cell_roster').values(row).execute();
}

export async function updateRoster(trx: Db, id: string, version: number, set: Updateable<CellRosterTable>): Promise<boolean> {
  const r = await trx
    .updateTable('cell_roster')
    .set({ ...set, version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The cell's meeting of the month a roster cadre attends: the regular or combined one, not cancelled. */
export async function monthMeeting(db: Db, cellId: string, month: string) {
  return db
    .selectFrom('cell_meeting')
    .select(['id'])
    .where('cell_id', '=', cellId)
    .where('month', '=', month)
    .where('status', '<>', 'cancelled')
    .orderBy(sql`CASE WHEN kind = 'themed' THEN 1 ELSE 0 END`)
    .orderBy('planned_at')
    .executeTakeFirst();
}

/** The unit the cell belongs to today (its Party committee): the unit of the tasks the committee makes from reports. */
export async function parentOf(db: Db, unitId: string, on: string) {
  const row = await db
    .selectFrom('org_unit_link')
    .select('parent_id')
    .where('child_id', '=', unitId)
    .where('valid_from', '<=', on)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', on)]))
    .executeTakeFirst();
  return row?.parent_id ?? null;
}

export async function unitWithKind(db: Db, id: string) {
  return db.selectFrom('org_unit').select(['id', 'name', 'kind']).where('id', '=', id).executeTakeFirst();
}

/** The ceremony date on the membership the admission decision created (the probation counts from it). */
export async function setCeremony(trx: Db, membershipId: string, on: string): Promise<boolean> {
  const r = await trx
    .updateTable('party_membership')
    .set({ ceremony_on: on, version: sql`version + 1` })
    .where('id', '=', membershipId)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function updateGuest(trx: Db, id: string, attended: boolean, report: string): Promise<void> {
  await trx.updateTable('cell_meeting_guest').set({ attended, report }).where('id', '=', id).execute();
}
