// SQL of the meetings module: meetings, participants, agenda, conclusions (with the tasks they
// became), documents (attachment rows with owner_type 'meeting').
import { type Kysely, sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';

type Db = Kysely<DB> | Transaction<DB>;

export async function unitUnder(db: Db, rootId: string, unitId: string): Promise<boolean> {
  const row = await db
    .selectFrom('org_unit_closure')
    .select('descendant_id')
    .where('ancestor_id', '=', rootId)
    .where('descendant_id', '=', unitId)
    .executeTakeFirst();
  return !!row;
}

/** Which of `ids` are people whose unit lies in the subtree of `rootId`. */
export async function peopleUnder(db: Db, rootId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('person as p')
    .innerJoin('org_unit_closure as c', (j) => j.onRef('c.descendant_id', '=', 'p.unit_id').on('c.ancestor_id', '=', rootId))
    .select('p.id')
    .where('p.id', 'in', ids)
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** Which of `ids` are tasks of units in the subtree of `rootId`. */
export async function tasksUnder(db: Db, rootId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('task as t')
    .innerJoin('org_unit_closure as c', (j) => j.onRef('c.descendant_id', '=', 't.unit_id').on('c.ancestor_id', '=', rootId))
    .select('t.id')
    .where('t.id', 'in', ids)
    .execute();
  return new Set(rows.map((r) => r.id));
}

export async function meetingRow(db: Db, id: string) {
  return db
    .selectFrom('meeting as m')
    .innerJoin('org_unit as u', 'u.id', 'm.unit_id')
    .select([
      'm.id',
      'm.unit_id',
      'u.name as unit_name',
      'm.kind',
      'm.title',
      'm.scheduled_at',
      'm.location',
      'm.status',
      'm.minutes',
      'm.version',
    ])
    .where('m.id', '=', id)
    .executeTakeFirst();
}
export type MeetingRow = NonNullable<Awaited<ReturnType<typeof meetingRow>>>;

/** Row lock for a write; the version is checked by the caller. */
export async function lockMeeting(trx: Transaction<DB>, id: string) {
  return trx
    .selectFrom('meeting')
    .select(['id', 'unit_id', 'status', 'version', 'title', 'scheduled_at', 'location', 'minutes'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function bumpVersion(
  trx: Transaction<DB>,
  id: string,
  changes: Partial<{
    title: string;
    scheduled_at: Date;
    location: string;
    minutes: string;
    status: 'scheduled' | 'held' | 'closed' | 'cancelled';
  }> = {},
) {
  await trx
    .updateTable('meeting')
    .set({ ...changes, version: sql`version + 1` })
    .where('id', '=', id)
    .execute();
}

export async function insertMeeting(
  trx: Transaction<DB>,
  row: { id: string; unit_id: string; title: string; scheduled_at: Date; location: string; created_by: string },
) {
  await trx
    .insertInto('meeting')
    .values({ ...row, kind: 'briefing' })
    .execute();
}

export async function insertParticipants(trx: Transaction<DB>, meetingId: string, chairIds: string[], attendeeIds: string[]) {
  const rows = [
    ...chairIds.map((person_id, i) => ({ meeting_id: meetingId, person_id, role: 'chair' as const, ordinal: i })),
    ...attendeeIds.map((person_id) => ({ meeting_id: meetingId, person_id, role: 'attendee' as const, ordinal: 0 })),
  ];
  if (rows.length) await trx.insertInto('meeting_participant').values(rows).execute();
}

const personName = sql<string>`concat_ws(' ', nullif(p.family_name, ''), nullif(p.middle_name, ''), nullif(p.given_name, ''))`;

export async function participants(db: Db, meetingId: string) {
  return db
    .selectFrom('meeting_participant as mp')
    .innerJoin('person as p', 'p.id', 'mp.person_id')
    .select(['mp.person_id', 'mp.role', 'mp.ordinal', 'mp.attended', 'mp.absence_reason', personName.as('full_name')])
    .where('mp.meeting_id', '=', meetingId)
    .orderBy(sql`mp.role = 'chair'`, 'desc')
    .orderBy('mp.ordinal')
    .orderBy('p.sort_key')
    .execute();
}

export async function agenda(db: Db, meetingId: string) {
  return db
    .selectFrom('meeting_agenda_item as a')
    .leftJoin('person as p', 'p.id', 'a.presenter_id')
    .select(['a.id', 'a.ordinal', 'a.title', 'a.presenter_id', 'a.task_id', personName.as('presenter_name')])
    .where('a.meeting_id', '=', meetingId)
    .orderBy('a.ordinal')
    .execute();
}

export async function replaceAgenda(
  trx: Transaction<DB>,
  meetingId: string,
  items: Array<{ id: string; title: string; presenter_id: string | null; task_id: string | null }>,
) {
  await trx.deleteFrom('meeting_agenda_item').where('meeting_id', '=', meetingId).execute();
  if (items.length)
    await trx
      .insertInto('meeting_agenda_item')
      .values(items.map((it, i) => ({ ...it, meeting_id: meetingId, ordinal: i + 1 })))
      .execute();
}

export async function conclusions(db: Db, meetingId: string) {
  return db
    .selectFrom('meeting_conclusion as c')
    .innerJoin('org_unit as u', 'u.id', 'c.target_unit_id')
    .innerJoin('person as p', 'p.id', 'c.lead_person_id')
    .leftJoin('task as t', 't.id', 'c.task_id')
    .select([
      'c.id',
      'c.ordinal',
      'c.text',
      'c.target_unit_id',
      'u.name as target_unit_name',
      'c.lead_person_id',
      personName.as('lead_name'),
      'c.due_date',
      'c.work_units',
      'c.task_id',
      't.status as task_status',
      't.completed_on as task_completed_on',
    ])
    .where('c.meeting_id', '=', meetingId)
    .orderBy('c.ordinal')
    .execute();
}

export async function replaceConclusions(
  trx: Transaction<DB>,
  meetingId: string,
  items: Array<{ id: string; text: string; target_unit_id: string; lead_person_id: string; due_date: string; work_units: number }>,
) {
  await trx.deleteFrom('meeting_conclusion').where('meeting_id', '=', meetingId).execute();
  if (items.length)
    await trx
      .insertInto('meeting_conclusion')
      .values(items.map((it, i) => ({ ...it, meeting_id: meetingId, ordinal: i + 1 })))
      .execute();
}

export async function linkConclusionTask(trx: Transaction<DB>, conclusionId: string, taskId: string) {
  await trx.updateTable('meeting_conclusion').set({ task_id: taskId }).where('id', '=', conclusionId).execute();
}

export async function setAttendance(trx: Transaction<DB>, meetingId: string, personId: string, attended: boolean, reason: string | null) {
  await trx
    .updateTable('meeting_participant')
    .set({ attended, absence_reason: attended ? null : reason })
    .where('meeting_id', '=', meetingId)
    .where('person_id', '=', personId)
    .execute();
}

export async function documents(db: Db, meetingId: string) {
  return db
    .selectFrom('attachment')
    .select(['id', 'file_name', 'mime_type', 'size_bytes', 'uploaded_at'])
    .where('owner_type', '=', 'meeting')
    .where('owner_id', '=', meetingId)
    .orderBy('uploaded_at')
    .orderBy('id')
    .execute();
}

export async function insertDocument(
  trx: Transaction<DB>,
  row: {
    id: string;
    owner_id: string;
    file_name: string;
    mime_type: string;
    size_bytes: number;
    sha256: string;
    content: Buffer;
    uploaded_by: string;
  },
) {
  await trx
    .insertInto('attachment')
    .values({ ...row, owner_type: 'meeting' })
    .execute();
}

export async function documentContent(db: Db, meetingId: string, docId: string) {
  return db
    .selectFrom('attachment')
    .select(['id', 'file_name', 'mime_type', 'content'])
    .where('owner_type', '=', 'meeting')
    .where('owner_id', '=', meetingId)
    .where('id', '=', docId)
    .executeTakeFirst();
}

/** Briefing meetings of a unit subtree in a time range, with chairs and conclusion counts. */
export async function listMeetings(db: Db, rootId: string, fromTs: Date | null, toTs: Date | null) {
  let q = db
    .selectFrom('meeting as m')
    .innerJoin('org_unit as u', 'u.id', 'm.unit_id')
    .select([
      'm.id',
      'm.unit_id',
      'u.name as unit_name',
      'm.kind',
      'm.title',
      'm.scheduled_at',
      'm.location',
      'm.status',
      sql<number>`(SELECT count(*) FROM meeting_conclusion c WHERE c.meeting_id = m.id)::int`.as('conclusion_count'),
    ])
    .where('m.unit_id', 'in', db.selectFrom('org_unit_closure').select('descendant_id').where('ancestor_id', '=', rootId));
  if (fromTs) q = q.where('m.scheduled_at', '>=', fromTs);
  if (toTs) q = q.where('m.scheduled_at', '<', toTs);
  return q.orderBy('m.scheduled_at', 'desc').orderBy('m.id').limit(500).execute();
}

export async function chairsOf(db: Db, meetingIds: string[]) {
  if (meetingIds.length === 0) return [];
  return db
    .selectFrom('meeting_participant as mp')
    .innerJoin('person as p', 'p.id', 'mp.person_id')
    .select(['mp.meeting_id', 'mp.person_id', personName.as('full_name')])
    .where('mp.meeting_id', 'in', meetingIds)
    .where('mp.role', '=', 'chair')
    .orderBy('mp.ordinal')
    .execute();
}

/** The meeting a conclusion belongs to (tasks with source 'conclusion' point at the conclusion). */
export async function meetingOfConclusion(db: Db, conclusionId: string) {
  return db
    .selectFrom('meeting_conclusion as c')
    .innerJoin('meeting as m', 'm.id', 'c.meeting_id')
    .select(['m.id', 'm.title', 'm.scheduled_at', 'm.unit_id', 'c.ordinal'])
    .where('c.id', '=', conclusionId)
    .executeTakeFirst();
}
