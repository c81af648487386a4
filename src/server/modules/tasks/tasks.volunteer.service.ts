// Volunteered hard tasks: a cadre takes on a hard or new task for their own unit with a committed
// roadmap of milestones. They lead it; there is no assigner (the standing committee appraises).
import { randomUUID } from 'node:crypto';
import type { Kysely, Updateable } from 'kysely';
import type { VolunteerCreate } from '../../../contracts/tasks.js';
import { todayInVietnam } from '../../../domain/dates.js';
import type { DB, TaskTable } from '../../db/schema.js';
import { roadmapState } from '../../../domain/roadmap.js';
import { conflict, forbidden, invalid, notFound } from '../../errors.js';
import type { Actor, AuditContext } from '../../http/context.js';
import { recordAudit } from '../audit/index.js';
import { checkNewTask, insertTaskTx, type NewTask, pastDueIssue } from './tasks.create.js';
import * as dq from './tasks.detail.queries.js';
import * as q from './tasks.queries.js';
import { unitInSubtrees } from '../org/index.js';
import { readRoots } from './tasks.policy.js';
import { withTask } from './tasks.service.js';

export async function createVolunteerTask(db: Kysely<DB>, actor: Actor, ctx: AuditContext, body: VolunteerCreate): Promise<string> {
  // Only someone with a person record can commit to a roadmap.
  if (!actor.personId) throw forbidden();
  const input: NewTask = {
    unitId: body.unitId,
    source: 'volunteer',
    title: body.title,
    description: body.description,
    assignerId: null,
    fieldCode: body.fieldCode ?? null,
    areaUnitId: body.areaUnitId ?? null,
    startDate: body.startDate,
    dueDate: body.dueDate,
    priority: body.priority,
    workUnits: body.workUnits,
    leadId: actor.personId,
    supportIds: body.supportIds,
    pastDueConfirmed: body.pastDueConfirmed,
  };
  if (!(await unitInSubtrees(db, readRoots(actor), body.unitId))) throw notFound();
  // The lead is the actor: "lead not in the unit" means the unit is not theirs.
  const issues = (await checkNewTask(db, actor, input)).map((i) =>
    i.field === 'leadId' ? { field: 'unitId', key: 'v.task.not_own_unit' } : i,
  );
  // A milestone date typed in the past is refused like the due date (decision 0029): the same
  // confirmation records a roadmap that started before it was entered.
  body.milestones.forEach((m, i) => {
    const past = pastDueIssue(`milestones.${i}.dueDate`, m.dueDate, body.pastDueConfirmed);
    if (past) issues.push({ ...past, key: 'v.task.milestone_past' });
  });
  if (issues.length) throw invalid(...issues);
  const milestones = body.milestones.map((m, i) => ({ id: randomUUID(), ordinal: i + 1, title: m.title, due_date: m.dueDate }));
  return db.transaction().execute(async (trx) => {
    const id = await insertTaskTx(trx, ctx, input, actor.accountId, { notifyLead: false, auditExtra: { milestones: body.milestones } });
    await dq.insertMilestones(
      trx,
      milestones.map((m) => ({ ...m, task_id: id })),
    );
    return id;
  });
}

export async function markMilestoneDone(
  db: Kysely<DB>,
  actor: Actor,
  ctx: AuditContext,
  taskId: string,
  milestoneId: string,
  body: { version?: number; doneOn: string; note: string },
): Promise<void> {
  await withTask(db, actor, taskId, 'milestone', undefined, async (trx, t) => {
    const m = await dq.milestoneRow(trx, taskId, milestoneId);
    if (!m) throw notFound();
    if (body.version !== undefined && body.version !== m.version) throw conflict();
    if (body.doneOn > todayInVietnam()) throw invalid({ field: 'doneOn', key: 'v.task.not_future' });
    if (body.doneOn < t.row.start_date) throw invalid({ field: 'doneOn', key: 'v.task.before_start' });
    await dq.markMilestoneDone(trx, m.id, body.doneOn, body.note);
    // The roadmap drives the task: its progress is the share of milestones done, the first done
    // milestone starts it, the last one completes it (on the latest milestone date) for appraisal.
    const roadmap = roadmapState(await dq.milestonesOf(trx, taskId));
    const changes: Updateable<TaskTable> = { progress: roadmap.progress };
    if (roadmap.allDone) Object.assign(changes, { status: 'done', completed_on: roadmap.lastDoneOn });
    else if (roadmap.anyDone && (t.row.status === 'new' || t.row.status === 'accepted')) changes.status = 'in_progress';
    if (changes.status && !t.row.acknowledged_at) changes.acknowledged_at = new Date();
    if (!(await q.updateTask(trx, taskId, t.row.version, changes))) throw conflict();
    const task = (row: { status: string; progress: number; completed_on: string | null }) => ({
      status: row.status,
      progress: row.progress,
      completedOn: row.completed_on,
    });
    await recordAudit(trx, ctx, [
      {
        action: 'task.milestone_done',
        entityType: 'task',
        entityId: taskId,
        unitId: t.row.unit_id,
        personId: t.holders.lead?.id ?? null,
        before: { milestoneId: m.id, title: m.title, dueDate: m.due_date, doneOn: m.done_on, note: m.note, task: task(t.row) },
        after: {
          milestoneId: m.id,
          title: m.title,
          dueDate: m.due_date,
          doneOn: body.doneOn,
          note: body.note,
          task: task({ ...t.row, ...changes }),
        },
      },
    ]);
  });
}
