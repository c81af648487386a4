// Cell meetings: the calendar (regular every month, themed at least each quarter, or combined), the
// documents members read on their phones, attendance of each member on the meeting's day, guests,
// minutes and resolution, and the tasks the resolution assigns (tasks of the task model, so they reach
// the members' boards). Flags and the [U] quality indicators are computed on every read, explained.
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { z } from 'zod';
import type {
  AddGuestRequest,
  AssignTaskRequest,
  AttendanceRequest,
  CreateMeetingRequest,
  MeetingView,
  PostDocumentsRequest,
  UpdateMeetingRequest,
} from '../../../contracts/party-cells.js';
import { compareDates, formatViDate, todayInVietnam } from '../../../domain/dates.js';
import { CELL_RULES, excusedStreaks, expectedAt, meetingQuality, standingPeriods } from '../../../domain/party-cells/index.js';
import type { AttendanceMark } from '../../../domain/party-cells/index.js';
import type { DB } from '../../db/schema.js';
import { type FieldIssue, conflict, fieldError, invalid, notFound } from '../../errors.js';
import type { Actor, AuditContext } from '../../http/context.js';
import type { Locale } from '../../i18n.js';
import type { AuditInput } from '../audit/index.js';
import { audited } from './party-cells.audited.js';
import { createTaskTx } from '../tasks/index.js';
import { loadManaged, manageCell, readCell } from './party-cells.policy.js';
import { finding, meetingSummary, viMonth } from './party-cells.present.js';
import * as q from './party-cells.queries.js';
import { loadCellSettings } from './party-cells.settings.js';
import * as w from './party-cells.writes.queries.js';

/** The civil day (Asia/Ho_Chi_Minh) and month of an instant. */
const dayOf = (d: Date) => todayInVietnam(d);
const monthOf = (d: Date) => dayOf(d).slice(0, 7);

export async function createMeeting(
  db: Kysely<DB>,
  actor: Actor,
  ctx: AuditContext,
  locale: Locale,
  cellId: string,
  body: z.infer<typeof CreateMeetingRequest>,
): Promise<MeetingView> {
  const { cell } = await manageCell(db, actor, cellId);
  const plannedAt = new Date(body.plannedAt);
  const month = monthOf(plannedAt);
  if (await w.meetingTaken(db, cell.id, month, body.kind))
    throw fieldError('plannedAt', 'cells.meeting.month_taken', {
      rule: CELL_RULES.meeting,
      kind: locale === 'vi' ? KIND_VI[body.kind] : body.kind,
      month: viMonth(month),
    });
  const id = randomUUID();
  await audited(
    db,
    ctx,
    (trx) =>
      w.insertMeeting(trx, {
        id,
        cell_id: cell.id,
        kind: body.kind,
        month,
        planned_at: plannedAt,
        place: body.place?.trim() ?? '',
        topic: body.topic?.trim() ?? '',
        prep_meeting_on: body.prepMeetingOn ?? null,
        agenda: body.agenda ?? '',
        documents_posted_at: null,
        started_at: null,
        ended_at: null,
        created_by: actor.accountId,
      }),
    { action: 'cells.meeting.create', entityType: 'cell_meeting', entityId: id, unitId: cell.id, after: body },
  );
  return getMeeting(db, actor, locale, id);
}

const KIND_VI = { regular: 'thường kỳ', themed: 'chuyên đề', combined: 'thường kỳ kết hợp chuyên đề' } as const;

/** The meeting, readable by the cell's readers and by the cell's members on the meeting's day. */
export async function getMeeting(db: Kysely<DB>, actor: Actor, locale: Locale, id: string): Promise<MeetingView> {
  const m = await q.meetingById(db, id);
  if (!m) throw notFound();
  const access = await readCell(db, actor, m.cell_id, dayOf(m.planned_at));
  const settings = await loadCellSettings(db, dayOf(m.planned_at));
  const day = dayOf(m.planned_at);
  const members = await q.membersOn(db, m.cell_id, day);
  const marks = new Map((await q.attendanceOf(db, id)).map((a) => [a.person_id, a]));
  // Marks of people no longer listed (they left after) are still shown: the register is what was taken.
  const extra = [...marks.keys()].filter((p) => !members.some((x) => x.person_id === p));
  const extraNames = await q.namesOf(db, extra);
  const attendance = [
    ...members.map((x) => ({ personId: x.person_id, name: x.name })),
    ...extra.map((p) => ({ personId: p, name: extraNames.get(p) ?? '' })),
  ].map((x) => ({ ...x, status: marks.get(x.personId)?.status ?? null, reason: marks.get(x.personId)?.reason ?? '' }));
  const history = await q.yearAttendance(db, [m.cell_id], Number(m.month.slice(0, 4)));
  const upTo = history.filter((h) => h.planned_at.getTime() <= m.planned_at.getTime());
  const byMeeting = new Map<string, Map<string, AttendanceMark>>();
  for (const h of upTo) {
    const map = byMeeting.get(h.meeting_id) ?? new Map<string, AttendanceMark>();
    map.set(h.person_id, h.status);
    byMeeting.set(h.meeting_id, map);
  }
  const streaks = excusedStreaks([...byMeeting.values()]);
  // A member exempted from Party work or suspended on the day is not expected: their mark (if any) is
  // kept in the register but left out of the indicators.
  const notExpected = new Set(members.filter((x) => !expectedAt(standingPeriods(x), day)).map((x) => x.person_id));
  const marked = attendance.filter((a): a is typeof a & { status: AttendanceMark } => a.status !== null && !notExpected.has(a.personId));
  const quality = meetingQuality(marked, new Map([...streaks].filter(([p]) => marks.has(p))), settings);
  const guests = await q.guestsOf(db, id);
  const tasks = await q.tasksOf(db, id);
  const canRead =
    access.manage ||
    (await readCell(db, actor, m.cell_id)
      .then(() => true)
      .catch(() => false));
  return {
    ...meetingSummary(
      { ...m, present: marked.filter((a) => a.status === 'present').length, marked: 0 },
      members.length - notExpected.size,
      settings,
      locale,
    ),
    cellId: m.cell_id,
    cellName: access.cell.name,
    prepMeetingOn: m.prep_meeting_on,
    agenda: m.agenda,
    documents: m.documents,
    documentsPostedAt: m.documents_posted_at?.toISOString() ?? null,
    startedAt: m.started_at?.toISOString() ?? null,
    endedAt: m.ended_at?.toISOString() ?? null,
    minutes: m.minutes,
    resolution: m.resolution,
    // A member sees their own mark among the others only where they read the cell as a whole.
    attendance: canRead ? attendance : attendance.filter((a) => a.personId === actor.personId),
    guests: guests.map((g) => ({ id: g.id, name: g.name, post: g.post, assigned: g.assigned, attended: g.attended, report: g.report })),
    tasks: tasks.map((x) => ({ id: x.id, title: x.title, leadName: x.lead_name ?? '', dueDate: x.due_date, status: x.status })),
    quality: {
      quality: quality.quality,
      indicators: quality.indicators.map((i) => finding(locale, 'quality', i.code, i.ok, i.params)),
    },
    version: m.version,
    actions: { manage: access.manage },
  };
}

const loadForWrite = (db: Kysely<DB>, actor: Actor, id: string, version: number) =>
  loadManaged(db, actor, () => q.meetingById(db, id), version);

type MeetingEvent = Omit<AuditInput, 'entityType' | 'entityId' | 'unitId'>;

/** Bumps the meeting at `version` (409 when stale), runs `work` and audits it, all in one transaction. */
async function writeMeeting<R>(
  db: Kysely<DB>,
  ctx: AuditContext,
  m: q.MeetingRow,
  version: number,
  work: (trx: Transaction<DB>) => Promise<R>,
  event: MeetingEvent | ((result: R) => MeetingEvent),
): Promise<R> {
  return audited(
    db,
    ctx,
    async (trx) => {
      if (!(await q.bumpMeeting(trx, m.id, version))) throw conflict();
      return work(trx);
    },
    (r) => ({ ...(typeof event === 'function' ? event(r) : event), entityType: 'cell_meeting', entityId: m.id, unitId: m.cell_id }),
  );
}

export async function updateMeeting(
  db: Kysely<DB>,
  actor: Actor,
  ctx: AuditContext,
  locale: Locale,
  id: string,
  body: z.infer<typeof UpdateMeetingRequest>,
): Promise<MeetingView> {
  const m = await loadForWrite(db, actor, id, body.version);
  const startedAt = body.startedAt ? new Date(body.startedAt) : null;
  const endedAt = body.endedAt ? new Date(body.endedAt) : null;
  if (body.status === 'held' && (!startedAt || !endedAt))
    throw fieldError(startedAt ? 'endedAt' : 'startedAt', 'cells.meeting.held_needs_times', { rule: CELL_RULES.meeting });
  if (endedAt && !startedAt) throw fieldError('startedAt', 'v.required');
  if (startedAt && endedAt && endedAt.getTime() <= startedAt.getTime()) throw fieldError('endedAt', 'cells.meeting.end_before_start');
  const plannedAt = new Date(body.plannedAt);
  if (monthOf(plannedAt) !== m.month) {
    // Moving a meeting to another month keeps the one-per-kind-per-month rule.
    if (await w.meetingTaken(db, m.cell_id, monthOf(plannedAt), m.kind, id))
      throw fieldError('plannedAt', 'cells.meeting.month_taken', {
        rule: CELL_RULES.meeting,
        kind: locale === 'vi' ? KIND_VI[m.kind] : m.kind,
        month: viMonth(monthOf(plannedAt)),
      });
  }
  await writeMeeting(
    db,
    ctx,
    m,
    body.version,
    (trx) =>
      w.setMeeting(trx, id, {
        planned_at: plannedAt,
        month: monthOf(plannedAt),
        place: body.place.trim(),
        topic: body.topic.trim(),
        prep_meeting_on: body.prepMeetingOn,
        agenda: body.agenda,
        started_at: startedAt,
        ended_at: endedAt,
        status: body.status,
        minutes: body.minutes,
        resolution: body.resolution,
      }),
    {
      action: 'cells.meeting.update',
      before: {
        status: m.status,
        plannedAt: m.planned_at.toISOString(),
        startedAt: m.started_at?.toISOString() ?? null,
        endedAt: m.ended_at?.toISOString() ?? null,
      },
      after: body,
    },
  );
  return getMeeting(db, actor, locale, id);
}

export async function postDocuments(
  db: Kysely<DB>,
  actor: Actor,
  ctx: AuditContext,
  locale: Locale,
  id: string,
  body: z.infer<typeof PostDocumentsRequest>,
): Promise<MeetingView> {
  const m = await loadForWrite(db, actor, id, body.version);
  if (m.status === 'cancelled') throw fieldError('documents', 'cells.meeting.cancelled');
  await writeMeeting(db, ctx, m, body.version, (trx) => w.setDocuments(trx, id, body.documents), {
    action: 'cells.meeting.documents_post',
    after: { length: body.documents.length },
  });
  return getMeeting(db, actor, locale, id);
}

export async function takeAttendance(
  db: Kysely<DB>,
  actor: Actor,
  ctx: AuditContext,
  locale: Locale,
  id: string,
  body: z.infer<typeof AttendanceRequest>,
): Promise<MeetingView> {
  const m = await loadForWrite(db, actor, id, body.version);
  if (m.status === 'cancelled') throw fieldError('marks', 'cells.meeting.cancelled');
  if (m.status === 'planned' && !m.started_at && m.planned_at.getTime() > Date.now()) throw fieldError('marks', 'cells.meeting.not_held');
  const day = dayOf(m.planned_at);
  const members = new Set((await q.membersOn(db, m.cell_id, day)).map((x) => x.person_id));
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  const names = await q.namesOf(
    db,
    body.marks.map((x) => x.personId),
  );
  body.marks.forEach((mark, i) => {
    if (seen.has(mark.personId)) issues.push({ field: `marks.${i}.personId`, key: 'cells.meeting.duplicate_mark' });
    seen.add(mark.personId);
    if (!members.has(mark.personId))
      issues.push({
        field: `marks.${i}.personId`,
        key: 'cells.membership.not_member',
        params: { rule: CELL_RULES.membership, name: names.get(mark.personId) ?? mark.personId, date: formatViDate(day) },
      });
    if (mark.status === 'excused' && !mark.reason?.trim())
      issues.push({ field: `marks.${i}.reason`, key: 'cells.meeting.reason_required', params: { rule: CELL_RULES.removal } });
  });
  if (issues.length) throw invalid(...issues);
  await writeMeeting(
    db,
    ctx,
    m,
    body.version,
    async (trx) => {
      for (const mark of body.marks) await w.upsertAttendance(trx, id, mark.personId, mark.status, mark.reason?.trim() ?? '');
    },
    { action: 'cells.meeting.attendance', after: { marks: body.marks } },
  );
  return getMeeting(db, actor, locale, id);
}

export async function addGuest(
  db: Kysely<DB>,
  actor: Actor,
  ctx: AuditContext,
  locale: Locale,
  id: string,
  body: z.infer<typeof AddGuestRequest>,
): Promise<MeetingView> {
  const m = await loadForWrite(db, actor, id, body.version);
  if (body.personId && !(await q.personById(db, body.personId))) throw fieldError('personId', 'v.unknown_ref', { field: 'personId' });
  await writeMeeting(
    db,
    ctx,
    m,
    body.version,
    (trx) =>
      w.insertGuest(trx, {
        id: randomUUID(),
        meeting_id: id,
        person_id: body.personId ?? null,
        name: body.name.trim(),
        post: body.post?.trim() ?? '',
        assigned: body.assigned ?? false,
        attended: body.attended ?? null,
        report: body.report ?? '',
      }),
    { action: 'cells.meeting.guest_add', after: body },
  );
  return getMeeting(db, actor, locale, id);
}

/** A task the resolution assigns to a member of the cell: a task of the task model (it reaches the member's board). */
export async function assignTask(
  db: Kysely<DB>,
  actor: Actor,
  ctx: AuditContext,
  locale: Locale,
  id: string,
  body: z.infer<typeof AssignTaskRequest>,
): Promise<MeetingView> {
  const m = await loadForWrite(db, actor, id, body.version);
  if (m.status === 'cancelled') throw fieldError('title', 'cells.meeting.cancelled');
  const day = dayOf(m.planned_at);
  if (!(await q.isMemberOn(db, m.cell_id, body.leadId, todayInVietnam())) && !(await q.isMemberOn(db, m.cell_id, body.leadId, day))) {
    const person = await q.personById(db, body.leadId);
    if (!person) throw fieldError('leadId', 'v.unknown_ref', { field: 'leadId' });
    throw fieldError('leadId', 'cells.task.not_member', { rule: CELL_RULES.membership, name: person.name });
  }
  if (compareDates(body.dueDate, day) < 0)
    throw fieldError('dueDate', 'cells.task.past_due', { date: formatViDate(body.dueDate), on: formatViDate(day) });
  await writeMeeting(
    db,
    ctx,
    m,
    body.version,
    async (trx) => {
      const taskId = await createTaskTx(
        trx,
        ctx,
        {
          unitId: m.cell_id,
          source: 'conclusion',
          sourceRef: null,
          title: body.title,
          description: m.resolution,
          assignerId: actor.personId,
          startDate: day,
          dueDate: body.dueDate,
          workUnits: 1,
          leadId: body.leadId,
        },
        actor.accountId,
      );
      await w.linkTask(trx, id, taskId);
      return taskId;
    },
    (taskId) => ({ action: 'cells.meeting.task_assign', personId: body.leadId, after: { ...body, taskId } }),
  );
  return getMeeting(db, actor, locale, id);
}
