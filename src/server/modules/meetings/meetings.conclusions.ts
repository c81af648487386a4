// Conclusions of a briefing meeting and closing it: on close every conclusion becomes a task
// (source 'conclusion', sourceRef = the conclusion id, unit = the target unit, lead = the lead
// person, assigner = the first co-chair), created with the tasks module in the same transaction;
// the conclusion keeps the task id, so each side leads to the other.
import { TEXT } from '../../../contracts/limits.js';
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ConclusionsInput } from '../../../contracts/meetings.js';
import { formatViDate } from '../../../domain/dates.js';
import type { DB } from '../../db/schema.js';
import { type FieldIssue, invalid } from '../../errors.js';
import type { Actor, AuditContext } from '../../http/context.js';
import { recordAudit } from '../audit/index.js';
import { checkNewTask, createTaskTx, type NewTask } from '../tasks/index.js';
import * as q from './meetings.queries.js';
import { lockOpen, meetingDay, writable } from './meetings.service.js';

interface ConclusionItem {
  text: string;
  targetUnitId: string;
  leadPersonId: string;
  dueDate: string;
  workUnits: number;
}

// NewTask field → conclusion field, so a task issue names the conclusion's own field.
const FIELD_OF: Record<string, string> = {
  unitId: 'targetUnitId',
  leadId: 'leadPersonId',
  title: 'text',
  description: 'text',
  startDate: 'dueDate',
};
/** A task title derived from a longer text is shortened with a visible '…'; the whole text stays in the description / the source. */
const TITLE_MAX = TEXT.title;

function newTaskOf(c: ConclusionItem, meetingDate: string, assignerId: string | null, conclusionId: string | null): NewTask {
  const text = c.text.trim();
  return {
    unitId: c.targetUnitId,
    source: 'conclusion',
    sourceRef: conclusionId,
    title: text.length > TITLE_MAX ? `${text.slice(0, TITLE_MAX - 1)}…` : text,
    description: text,
    assignerId,
    startDate: meetingDate,
    dueDate: c.dueDate,
    workUnits: c.workUnits,
    leadId: c.leadPersonId,
  };
}

/** Validates conclusions as the tasks they will become; fields are named `${prefix}${i}.<field>`. */
async function checkConclusions(
  db: Kysely<DB>,
  actor: Actor,
  m: { unit_id: string; scheduled_at: Date },
  items: ConclusionItem[],
  prefix: string,
) {
  const day = meetingDay(m.scheduled_at);
  const issues: FieldIssue[] = [];
  const targetsOk = new Set<string>();
  for (const id of new Set(items.map((c) => c.targetUnitId))) if (await q.unitUnder(db, m.unit_id, id)) targetsOk.add(id);
  for (const [i, c] of items.entries()) {
    const p = `${prefix}${i}.`;
    if (!targetsOk.has(c.targetUnitId)) {
      issues.push({ field: `${p}targetUnitId`, key: 'v.meeting.target_outside' });
      continue;
    }
    if (c.dueDate < day) {
      issues.push({ field: `${p}dueDate`, key: 'v.meeting.due_before_meeting', params: { date: formatViDate(day) } });
      continue;
    }
    for (const issue of await checkNewTask(db, actor, newTaskOf(c, day, null, null))) {
      const [head, ...rest] = issue.field.split('.');
      issues.push({ ...issue, field: `${p}${[FIELD_OF[head] ?? head, ...rest].join('.')}` });
    }
  }
  if (issues.length) throw invalid(...issues);
}

export async function setConclusions(db: Kysely<DB>, actor: Actor, ctx: AuditContext, id: string, body: ConclusionsInput): Promise<void> {
  const m = await writable(db, actor, id);
  await checkConclusions(db, actor, m, body.items, 'items.');
  await db.transaction().execute(async (trx) => {
    await lockOpen(trx, id, body.version);
    const before = await q.conclusions(trx, id);
    const rows = body.items.map((c) => ({
      id: randomUUID(),
      text: c.text,
      target_unit_id: c.targetUnitId,
      lead_person_id: c.leadPersonId,
      due_date: c.dueDate,
      work_units: c.workUnits,
    }));
    await q.replaceConclusions(trx, id, rows);
    await q.bumpVersion(trx, id);
    await recordAudit(trx, ctx, [
      {
        action: 'meeting.conclusions_set',
        entityType: 'meeting',
        entityId: id,
        unitId: m.unit_id,
        before: before.map((c) => ({
          text: c.text,
          targetUnitId: c.target_unit_id,
          leadPersonId: c.lead_person_id,
          dueDate: c.due_date,
          workUnits: Number(c.work_units),
        })),
        after: body.items,
      },
    ]);
  });
}

/** Closes the meeting; each conclusion becomes a task. Returns the new task ids. */
export async function closeMeeting(db: Kysely<DB>, actor: Actor, ctx: AuditContext, id: string, version: number): Promise<string[]> {
  const m = await writable(db, actor, id);
  const current = await q.conclusions(db, id);
  const items: ConclusionItem[] = current.map((c) => ({
    text: c.text,
    targetUnitId: c.target_unit_id,
    leadPersonId: c.lead_person_id,
    dueDate: c.due_date,
    workUnits: Number(c.work_units),
  }));
  // People may have moved since the conclusions were recorded: check again, naming conclusions.<i>.
  await checkConclusions(db, actor, m, items, 'conclusions.');
  const chair = (await q.participants(db, id)).find((p) => p.role === 'chair');
  const day = meetingDay(m.scheduled_at);
  return db.transaction().execute(async (trx) => {
    await lockOpen(trx, id, version);
    // Conclusions re-read under the lock: a concurrent edit bumps the version, so these are the checked ones.
    const rows = await q.conclusions(trx, id);
    const taskIds: string[] = [];
    for (const [i, c] of rows.entries()) {
      const taskId = await createTaskTx(trx, ctx, newTaskOf(items[i], day, chair?.person_id ?? null, c.id), actor.accountId);
      await q.linkConclusionTask(trx, c.id, taskId);
      taskIds.push(taskId);
    }
    await q.bumpVersion(trx, id, { status: 'closed' });
    await recordAudit(trx, ctx, [
      {
        action: 'meeting.close',
        entityType: 'meeting',
        entityId: id,
        unitId: m.unit_id,
        before: { status: m.status },
        after: { status: 'closed', taskIds },
      },
    ]);
    return taskIds;
  });
}
