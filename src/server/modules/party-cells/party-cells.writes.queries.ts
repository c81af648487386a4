// The party-cells module's writes and the small reads its services make around them (Kysely).
import { type Insertable, type Kysely, type Transaction, type Updateable, sql } from 'kysely';
import type { AttendanceStatus, CellMeetingGuestTable, CellMeetingTable, DB, PartyMembershipTable } from '../../db/schema.js';

type Db = Kysely<DB> | Transaction<DB>;

export async function insertMembership(trx: Db, row: Insertable<PartyMembershipTable>): Promise<void> {
  await trx.insertInto('party_membership').values(row).execute();
}

/** Updates the membership when it is still `version` (false: a stale write). */
export async function updateMembership(trx: Db, id: string, version: number, set: Updateable<PartyMembershipTable>): Promise<boolean> {
  const r = await trx
    .updateTable('party_membership')
    .set({ ...set, version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** A meeting of that kind already in the month (cancelled ones aside), other than `exceptId`. */
export async function meetingTaken(db: Db, cellId: string, month: string, kind: string, exceptId?: string): Promise<boolean> {
  let q = db
    .selectFrom('cell_meeting')
    .select('id')
    .where('cell_id', '=', cellId)
    .where('month', '=', month)
    .where('kind', '=', kind as CellMeetingTable['kind'])
    .where('status', '<>', 'cancelled');
  if (exceptId) q = q.where('id', '<>', exceptId);
  return !!(await q.executeTakeFirst());
}

export async function insertMeeting(trx: Db, row: Insertable<CellMeetingTable>): Promise<void> {
  await trx.insertInto('cell_meeting').values(row).execute();
}

export async function setMeeting(trx: Db, id: string, set: Updateable<CellMeetingTable>): Promise<void> {
  await trx.updateTable('cell_meeting').set(set).where('id', '=', id).execute();
}

/** Posts the documents; the first posting is the one the 1-day rule measures, a correction keeps it. */
export async function setDocuments(trx: Db, id: string, documents: string): Promise<void> {
  await trx
    .updateTable('cell_meeting')
    .set({ documents, documents_posted_at: sql`coalesce(documents_posted_at, now())` })
    .where('id', '=', id)
    .execute();
}

export async function upsertAttendance(
  trx: Db,
  meetingId: string,
  personId: string,
  status: AttendanceStatus,
  reason: string,
): Promise<void> {
  await trx
    .insertInto('cell_attendance')
    .values({ meeting_id: meetingId, person_id: personId, status, reason })
    .onConflict((oc) => oc.columns(['meeting_id', 'person_id']).doUpdateSet({ status, reason }))
    .execute();
}

export async function insertGuest(trx: Db, row: Insertable<CellMeetingGuestTable>): Promise<void> {
  await trx.insertInto('cell_meeting_guest').values(row).execute();
}

export async function linkTask(trx: Db, meetingId: string, taskId: string): Promise<void> {
  await trx.insertInto('cell_meeting_task').values({ meeting_id: meetingId, task_id: taskId }).execute();
}

export async function duesOfMonth(db: Db, cellId: string, month: string) {
  return db.selectFrom('party_dues').selectAll().where('cell_id', '=', cellId).where('month', '=', month).execute();
}

export async function membershipsInCell(db: Db, cellId: string, personIds: string[]) {
  if (personIds.length === 0) return [];
  return db
    .selectFrom('party_membership')
    .select(['person_id', 'from_on', 'to_on'])
    .where('cell_id', '=', cellId)
    .where('person_id', 'in', personIds)
    .execute();
}

export async function upsertDues(
  trx: Db,
  row: {
    person_id: string;
    month: string;
    cell_id: string;
    amount: number;
    status: 'paid' | 'unpaid' | 'excused';
    paid_on: string | null;
    reason: string;
  },
): Promise<void> {
  const set = { cell_id: row.cell_id, amount: row.amount, status: row.status, paid_on: row.paid_on, reason: row.reason };
  await trx
    .insertInto('party_dues')
    .values(row)
    .onConflict((oc) => oc.columns(['person_id', 'month']).doUpdateSet({ ...set, version: sql`party_dues.version + 1` }))
    .execute();
}

export async function meetingTexts(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('cell_meeting').select(['id', 'documents', 'resolution']).where('id', 'in', ids).execute();
}

export async function marksOf(db: Db, personId: string, meetingIds: string[]) {
  if (meetingIds.length === 0) return [];
  return db
    .selectFrom('cell_attendance')
    .select(['meeting_id', 'status'])
    .where('person_id', '=', personId)
    .where('meeting_id', 'in', meetingIds)
    .execute();
}

export async function duesOfPerson(db: Db, personId: string, fromMonth: string) {
  return db
    .selectFrom('party_dues')
    .select(['month', 'amount', 'status'])
    .where('person_id', '=', personId)
    .where('month', '>=', fromMonth)
    .orderBy('month')
    .execute();
}

export async function holidaysFrom(db: Db, from: string): Promise<string[]> {
  return (await db.selectFrom('public_holiday').select('day').where('day', '>=', from).execute()).map((r) => r.day);
}

export async function unitOfPerson(db: Db, personId: string): Promise<string | null> {
  return (await db.selectFrom('person').select('unit_id').where('id', '=', personId).executeTakeFirst())?.unit_id ?? null;
}
