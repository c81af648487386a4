// Briefing meetings: schedule (with co-chairs and attendees, who are notified), list, detail,
// edit, attendance, documents. A meeting is open while scheduled or held; once closed or
// cancelled it no longer changes (409 meeting_closed). Every write takes the row lock, checks the
// version where the client sends one, and writes its audit event in the same transaction.
import { createHash, randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { AttendanceInput, MeetingDetail, MeetingInput, MeetingUpdate } from '../../../contracts/meetings.js';
import { todayInVietnam } from '../../../domain/dates.js';
import type { DB } from '../../db/schema.js';
import { AppError, conflict, type FieldIssue, invalid, notFound } from '../../errors.js';
import type { Actor, AuditContext } from '../../http/context.js';
import { recordAudit } from '../audit/index.js';
import { notifyTx } from '../notifications/index.js';
import { assertCanRead, assertCanWrite, requireWriter } from './meetings.policy.js';
import { presentDetail, presentDocument, presentListItem } from './meetings.presenter.js';
import * as q from './meetings.queries.js';

export const meetingClosed = () => new AppError(409, 'meeting_closed');

/** The civil day of the meeting in Vietnam. */
export const meetingDay = (scheduledAt: Date | string) => todayInVietnam(scheduledAt instanceof Date ? scheduledAt : new Date(scheduledAt));

/** Loads the meeting and checks the actor may change it (404 outside scope, 403 read-only). */
export async function writable(db: Kysely<DB>, actor: Actor, id: string): Promise<q.MeetingRow> {
  // The role first (never depends on the record), then the look-up: missing and foreign both 404.
  requireWriter(actor);
  const m = await q.meetingRow(db, id);
  if (!m) throw notFound();
  await assertCanWrite(db, actor, m.unit_id);
  return m;
}

/** Locks the row; stale version → 409 conflict; closed or cancelled → 409 meeting_closed. */
export async function lockOpen(trx: Transaction<DB>, id: string, version?: number) {
  const m = await q.lockMeeting(trx, id);
  if (!m) throw notFound();
  if (version !== undefined && m.version !== version) throw conflict();
  if (m.status === 'closed' || m.status === 'cancelled') throw meetingClosed();
  return m;
}

async function notifyParticipants(trx: Transaction<DB>, meetingId: string, title: string, scheduledAt: Date, personIds: string[]) {
  const at = scheduledAt.toISOString();
  for (const personId of personIds) {
    await notifyTx(trx, {
      personId,
      kind: 'meeting_scheduled',
      meetingId,
      params: { title, scheduledAt: at },
      dedupeKey: `meeting_scheduled:${meetingId}:${personId}:${at}`,
    });
  }
}

async function checkParticipants(db: Kysely<DB>, unitId: string, chairIds: string[], attendeeIds: string[]): Promise<void> {
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  const inUnit = await q.peopleUnder(db, unitId, [...chairIds, ...attendeeIds]);
  const check = (list: string[], name: string) =>
    list.forEach((id, i) => {
      if (seen.has(id)) issues.push({ field: `${name}.${i}`, key: 'v.meeting.duplicate_person' });
      else if (!inUnit.has(id)) issues.push({ field: `${name}.${i}`, key: 'v.meeting.person_outside' });
      seen.add(id);
    });
  check(chairIds, 'chairIds');
  check(attendeeIds, 'attendeeIds');
  if (issues.length) throw invalid(...issues);
}

export async function createMeeting(db: Kysely<DB>, actor: Actor, ctx: AuditContext, input: MeetingInput): Promise<string> {
  await assertCanWrite(db, actor, input.unitId);
  await checkParticipants(db, input.unitId, input.chairIds, input.attendeeIds);
  const id = randomUUID();
  const scheduledAt = new Date(input.scheduledAt);
  await db.transaction().execute(async (trx) => {
    await q.insertMeeting(trx, {
      id,
      unit_id: input.unitId,
      title: input.title,
      scheduled_at: scheduledAt,
      location: input.location,
      created_by: actor.accountId,
    });
    await q.insertParticipants(trx, id, input.chairIds, input.attendeeIds);
    await recordAudit(trx, ctx, [{ action: 'meeting.create', entityType: 'meeting', entityId: id, unitId: input.unitId, after: input }]);
    await notifyParticipants(trx, id, input.title, scheduledAt, [...input.chairIds, ...input.attendeeIds]);
  });
  return id;
}

export async function meetingDetail(db: Kysely<DB>, actor: Actor, id: string): Promise<MeetingDetail> {
  const m = await q.meetingRow(db, id);
  if (!m) throw notFound();
  const access = await assertCanRead(db, actor, m.unit_id);
  const [parts, agenda, conclusions, docs] = await Promise.all([
    q.participants(db, id),
    q.agenda(db, id),
    q.conclusions(db, id),
    q.documents(db, id),
  ]);
  return presentDetail(m, parts, agenda, conclusions, docs, access);
}

export async function listMeetings(db: Kysely<DB>, actor: Actor, query: { unitId: string; from?: string; to?: string }) {
  await assertCanRead(db, actor, query.unitId);
  // from/to are civil days in Vietnam (UTC+7): [from 00:00, to + 1 day 00:00).
  const start = (d: string) => new Date(`${d}T00:00:00+07:00`);
  const toTs = query.to ? new Date(start(query.to).getTime() + 86_400_000) : null;
  const rows = await q.listMeetings(db, query.unitId, query.from ? start(query.from) : null, toTs);
  const chairs = await q.chairsOf(
    db,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map((r) =>
      presentListItem(
        r,
        chairs.filter((c) => c.meeting_id === r.id).map((c) => ({ id: c.person_id, fullName: c.full_name })),
      ),
    ),
  };
}

export async function updateMeeting(db: Kysely<DB>, actor: Actor, ctx: AuditContext, id: string, body: MeetingUpdate): Promise<void> {
  await writable(db, actor, id);
  await db.transaction().execute(async (trx) => {
    const m = await lockOpen(trx, id, body.version);
    const changes = {
      ...(body.title !== undefined && { title: body.title }),
      ...(body.scheduledAt !== undefined && { scheduled_at: new Date(body.scheduledAt) }),
      ...(body.location !== undefined && { location: body.location }),
      ...(body.minutes !== undefined && { minutes: body.minutes }),
      ...(body.status !== undefined && { status: body.status }),
    };
    await q.bumpVersion(trx, id, changes);
    const before = {
      title: m.title,
      scheduledAt: new Date(m.scheduled_at).toISOString(),
      location: m.location,
      minutes: m.minutes,
      status: m.status,
    };
    const { version: _v, ...after } = body;
    await recordAudit(trx, ctx, [{ action: 'meeting.update', entityType: 'meeting', entityId: id, unitId: m.unit_id, before, after }]);
    if (changes.scheduled_at && changes.scheduled_at.getTime() !== new Date(m.scheduled_at).getTime()) {
      const parts = await q.participants(trx, id);
      await notifyParticipants(
        trx,
        id,
        changes.title ?? m.title,
        changes.scheduled_at,
        parts.map((p) => p.person_id),
      );
    }
  });
}

export async function setAttendance(db: Kysely<DB>, actor: Actor, ctx: AuditContext, id: string, items: AttendanceInput): Promise<void> {
  await writable(db, actor, id);
  await db.transaction().execute(async (trx) => {
    const m = await lockOpen(trx, id);
    const members = new Set((await q.participants(trx, id)).map((p) => p.person_id));
    const issues: FieldIssue[] = [];
    items.forEach((it, i) => {
      if (!members.has(it.personId)) issues.push({ field: `${i}.personId`, key: 'v.meeting.not_participant' });
      else if (items.findIndex((x) => x.personId === it.personId) !== i)
        issues.push({ field: `${i}.personId`, key: 'v.meeting.duplicate_person' });
    });
    if (issues.length) throw invalid(...issues);
    for (const it of items) await q.setAttendance(trx, id, it.personId, it.attended, it.absenceReason ?? null);
    await recordAudit(trx, ctx, [
      { action: 'meeting.attendance_set', entityType: 'meeting', entityId: id, unitId: m.unit_id, after: items },
    ]);
  });
}

export async function addDocument(
  db: Kysely<DB>,
  actor: Actor,
  ctx: AuditContext,
  id: string,
  file: { fileName: string; mimeType: string; content: Buffer },
) {
  await writable(db, actor, id);
  const docId = randomUUID();
  const sha256 = createHash('sha256').update(file.content).digest('hex');
  const fileName = file.fileName; // checked by http/uploads.ts: no directory, no control characters, ≤ 200 characters
  await db.transaction().execute(async (trx) => {
    const m = await lockOpen(trx, id);
    await q.insertDocument(trx, {
      id: docId,
      owner_id: id,
      file_name: fileName,
      mime_type: file.mimeType || 'application/octet-stream',
      size_bytes: file.content.length,
      sha256,
      content: file.content,
      uploaded_by: actor.accountId,
    });
    await recordAudit(trx, ctx, [
      {
        action: 'meeting.document_add',
        entityType: 'meeting',
        entityId: id,
        unitId: m.unit_id,
        after: { documentId: docId, fileName, sizeBytes: file.content.length, sha256 },
      },
    ]);
  });
  const docs = await q.documents(db, id);
  return presentDocument(docs.find((d) => d.id === docId)!);
}

export async function listDocuments(db: Kysely<DB>, actor: Actor, id: string) {
  const m = await q.meetingRow(db, id);
  if (!m) throw notFound();
  await assertCanRead(db, actor, m.unit_id);
  return (await q.documents(db, id)).map(presentDocument);
}

export async function documentFile(db: Kysely<DB>, actor: Actor, id: string, docId: string) {
  const m = await q.meetingRow(db, id);
  if (!m) throw notFound();
  await assertCanRead(db, actor, m.unit_id);
  const doc = await q.documentContent(db, id, docId);
  if (!doc) throw notFound();
  return doc;
}
