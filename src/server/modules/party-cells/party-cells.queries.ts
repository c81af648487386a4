// The party-cells module's reads and writes (Kysely). Memberships are read "as of" a day:
// from_on ≤ day < to_on (an open row has no to_on).
import { type Kysely, type Transaction, sql } from 'kysely';
import type { DB } from '../../db/schema.js';
import { inSubtrees } from '../org/index.js';

type Db = Kysely<DB> | Transaction<DB>;
export const CELL_KINDS = ['party_cell', 'party_subcommittee', 'party_group'] as const;

export const personName = sql<string>`concat_ws(' ', nullif(p.family_name, ''), nullif(p.middle_name, ''), nullif(p.given_name, ''))`;

export async function cellById(db: Db, id: string): Promise<{ id: string; name: string } | null> {
  const row = await db
    .selectFrom('org_unit')
    .select(['id', 'name'])
    .where('id', '=', id)
    .where('kind', 'in', [...CELL_KINDS])
    .executeTakeFirst();
  return row ?? null;
}

export async function unitById(db: Db, id: string) {
  return db.selectFrom('org_unit').select(['id', 'name']).where('id', '=', id).executeTakeFirst();
}

/** The cells (and sub-committees, Party groups) open on `on` under `unitId`, by name. */
export async function cellsUnder(db: Db, unitId: string, on: string) {
  return db
    .selectFrom('org_unit')
    .select(['id', 'name'])
    .where('kind', 'in', [...CELL_KINDS])
    .where(inSubtrees([unitId], 'org_unit.id'))
    .where('valid_from', '<=', on)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', on)]))
    .orderBy('name')
    .execute();
}

const onDay = (on: string) => sql<boolean>`m.from_on <= ${on} AND (m.to_on IS NULL OR m.to_on > ${on})`;

export async function isMemberOn(db: Db, cellId: string, personId: string, on: string): Promise<boolean> {
  const row = await db
    .selectFrom('party_membership as m')
    .select('m.id')
    .where('m.cell_id', '=', cellId)
    .where('m.person_id', '=', personId)
    .where(onDay(on))
    .executeTakeFirst();
  return !!row;
}

const membershipColumns = [
  'm.id',
  'm.person_id',
  'm.cell_id',
  'm.kind',
  'm.from_on',
  'm.to_on',
  'm.joined_how',
  'm.left_how',
  'm.admission_decision_on',
  'm.ceremony_on',
  'm.full_vote_on',
  'm.full_decision_on',
  'm.card_number',
  'm.age_exception',
  'm.exempt_from',
  'm.suspended_from',
  'm.exempt_decision',
  'm.exempt_decision_on',
  'm.exempt_to',
  'm.suspended_decision',
  'm.suspended_decision_on',
  'm.suspended_to',
  'm.version',
  'u.name as cell_name',
] as const;

function membershipSelect(db: Db) {
  return db
    .selectFrom('party_membership as m')
    .innerJoin('person as p', 'p.id', 'm.person_id')
    .innerJoin('org_unit as u', 'u.id', 'm.cell_id')
    .select([...membershipColumns, personName.as('name'), 'p.sort_key']);
}
export type MembershipRow = Awaited<ReturnType<typeof membershipById>> & object;

export async function membershipById(db: Db, id: string) {
  return membershipSelect(db).where('m.id', '=', id).executeTakeFirst();
}

/** The cell's members on `on`, in name order. */
export async function membersOn(db: Db, cellId: string, on: string) {
  return membershipSelect(db).where('m.cell_id', '=', cellId).where(onDay(on)).orderBy('p.sort_key').orderBy('m.id').execute();
}

export async function membershipsOfPerson(db: Db, personId: string) {
  return membershipSelect(db).where('m.person_id', '=', personId).orderBy('m.from_on').orderBy('m.id').execute();
}

/** An official membership of the person that overlaps [from, ∞) (the one-cell rule). */
export async function overlappingOfficial(db: Db, personId: string, from: string) {
  return membershipSelect(db)
    .where('m.person_id', '=', personId)
    .where('m.kind', '=', 'official')
    .where((eb) => eb.or([eb('m.to_on', 'is', null), eb('m.to_on', '>', from)]))
    .executeTakeFirst();
}

export async function personById(db: Db, id: string) {
  return db
    .selectFrom('person as p')
    .select(['p.id', 'p.date_of_birth', personName.as('name')])
    .where('p.id', '=', id)
    .executeTakeFirst();
}

export async function namesOf(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('person as p')
    .select(['p.id', personName.as('name')])
    .where('p.id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function meetingById(db: Db, id: string) {
  return db.selectFrom('cell_meeting').selectAll().where('id', '=', id).executeTakeFirst();
}
export type MeetingRow = NonNullable<Awaited<ReturnType<typeof meetingById>>>;

/** The cells' meetings in the months [fromMonth, toMonth], with their attendance counts. */
export async function meetingsOfCells(db: Db, cellIds: string[], fromMonth: string, toMonth: string) {
  if (cellIds.length === 0) return [];
  return db
    .selectFrom('cell_meeting as c')
    .select([
      'c.id',
      'c.cell_id',
      'c.kind',
      'c.month',
      'c.planned_at',
      'c.place',
      'c.topic',
      'c.status',
      'c.documents_posted_at',
      'c.started_at',
      'c.ended_at',
      sql<number>`(SELECT count(*) FROM cell_attendance a WHERE a.meeting_id = c.id AND a.status = 'present')::int`.as('present'),
      sql<number>`(SELECT count(*) FROM cell_attendance a WHERE a.meeting_id = c.id)::int`.as('marked'),
    ])
    .where('c.cell_id', 'in', cellIds)
    .where('c.month', '>=', fromMonth)
    .where('c.month', '<=', toMonth)
    .orderBy('c.planned_at')
    .execute();
}

/** Every attendance mark at held regular/combined meetings of the cells in a year: the Charter's input. */
export async function yearAttendance(db: Db, cellIds: string[], year: number) {
  if (cellIds.length === 0) return [];
  return db
    .selectFrom('cell_attendance as a')
    .innerJoin('cell_meeting as c', 'c.id', 'a.meeting_id')
    .select(['c.cell_id', 'a.person_id', 'c.month', 'a.status', 'c.planned_at', 'c.id as meeting_id'])
    .where('c.cell_id', 'in', cellIds)
    .where('c.month', '>=', `${year}-01`)
    .where('c.month', '<=', `${year}-12`)
    .where('c.status', '=', 'held')
    .orderBy('c.planned_at')
    .execute();
}

export async function yearDues(db: Db, cellIds: string[], year: number) {
  if (cellIds.length === 0) return [];
  return db
    .selectFrom('party_dues')
    .select(['cell_id', 'person_id', 'month', 'status', 'amount'])
    .where('cell_id', 'in', cellIds)
    .where('month', '>=', `${year}-01`)
    .where('month', '<=', `${year}-12`)
    .execute();
}

export async function attendanceOf(db: Db, meetingId: string) {
  return db.selectFrom('cell_attendance').select(['person_id', 'status', 'reason']).where('meeting_id', '=', meetingId).execute();
}

export async function guestsOf(db: Db, meetingId: string) {
  return db.selectFrom('cell_meeting_guest').selectAll().where('meeting_id', '=', meetingId).orderBy('name').execute();
}

export async function tasksOf(db: Db, meetingId: string) {
  return db
    .selectFrom('cell_meeting_task as l')
    .innerJoin('task as t', 't.id', 'l.task_id')
    .leftJoin('task_assignee as ta', (j) => j.onRef('ta.task_id', '=', 't.id').on('ta.role', '=', 'lead'))
    .leftJoin('person as p', 'p.id', 'ta.person_id')
    .select(['t.id', 't.title', 't.due_date', 't.status', personName.as('lead_name')])
    .where('l.meeting_id', '=', meetingId)
    .orderBy('t.created_at')
    .execute();
}

/** Bumps the meeting's version when it is still `version` (false: a stale write). */
export async function bumpMeeting(trx: Db, id: string, version: number): Promise<boolean> {
  const r = await trx
    .updateTable('cell_meeting')
    .set({ version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
