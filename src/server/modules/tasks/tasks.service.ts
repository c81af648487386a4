// Changes to a task after creation. Each runs in one transaction: lock the task, check scope
// (404), who may act (403), the task's state (409 task_state), the client's version (409
// conflict), write, audit with before/after, notify where the assignees need to know.
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction, Updateable } from 'kysely';
import type { AuditAction } from '../../../contracts/audit-vocabulary.js';
import type { TaskAppraise, TaskUpdate } from '../../../contracts/tasks.js';
import { todayInVietnam } from '../../../domain/dates.js';
import type { DB, TaskTable } from '../../db/schema.js';
import { AppError, type FieldIssue, conflict, forbidden, invalid, ownWork } from '../../errors.js';
import type { Actor, AuditContext } from '../../http/context.js';
import { recordAudit } from '../audit/index.js';
import { notifyAssignees } from './tasks.notify.js';
import { pastDueIssue } from './tasks.create.js';
import { OWN_WORK_RULE } from '../../../domain/judging/own-work.js';
import { type TaskAction, mayAct, ownWorkConflict, stateAllows } from './tasks.policy.js';
import { auditSnapshot } from './tasks.presenter.js';
import * as dq from './tasks.detail.queries.js';
import * as q from './tasks.queries.js';
import { factsOf, loadTask } from './tasks.read.service.js';

export const taskState = () => new AppError(409, 'task_state');

export type Loaded = Awaited<ReturnType<typeof loadTask>>;

/** Runs `work` on the locked task after the scope, permission, state and version checks. */
export async function withTask<T>(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  action: TaskAction,
  version: number | undefined,
  work: (trx: Transaction<DB>, t: Loaded) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    const loaded = await loadTask(trx, actor, id, { forUpdate: true });
    const facts = await factsOf(trx, actor, loaded.row, loaded.holders);
    if (ownWorkConflict(actor, facts, action) && (facts.managedByActor || actor.personId === facts.assignerId))
      throw ownWork('own_work.task', OWN_WORK_RULE);
    if (!mayAct(actor, facts, action)) throw forbidden();
    if (!stateAllows(facts, action)) throw taskState();
    if (version !== undefined && version !== loaded.row.version) throw conflict();
    return work(trx, loaded);
  });
}

/** Updates the task (bumping its version) and audits the change with before/after. */
export async function applyChange(
  trx: Transaction<DB>,
  ctx: AuditContext,
  t: Loaded,
  auditAction: AuditAction,
  changes: Updateable<TaskTable>,
  extra: Record<string, unknown> = {},
): Promise<void> {
  if (!(await q.updateTask(trx, t.row.id, t.row.version, changes))) throw conflict();
  const after = await q.taskRow(trx, t.row.id);
  await recordAudit(trx, ctx, [
    {
      action: auditAction,
      entityType: 'task',
      entityId: t.row.id,
      unitId: t.row.unit_id,
      personId: t.holders.lead?.id ?? null,
      before: auditSnapshot(t.row),
      after: { ...auditSnapshot(after!), ...extra },
    },
  ]);
}

export async function acknowledgeTask(db: Kysely<DB>, actor: Actor, ctx: AuditContext, id: string, version: number) {
  await withTask(db, actor, id, 'acknowledge', version, (trx, t) =>
    applyChange(trx, ctx, t, 'task.acknowledge', { status: 'accepted', acknowledged_at: new Date() }),
  );
}

export async function startTask(db: Kysely<DB>, actor: Actor, ctx: AuditContext, id: string, version: number) {
  await withTask(db, actor, id, 'start', version, (trx, t) =>
    applyChange(trx, ctx, t, 'task.start', { status: 'in_progress', acknowledged_at: t.row.acknowledged_at ?? new Date() }),
  );
}

export async function completeTask(
  db: Kysely<DB>,
  actor: Actor,
  ctx: AuditContext,
  id: string,
  body: { version: number; completedOn: string; note: string },
) {
  await withTask(db, actor, id, 'complete', body.version, async (trx, t) => {
    if (body.completedOn > todayInVietnam()) throw invalid({ field: 'completedOn', key: 'v.task.not_future' });
    if (body.completedOn < t.row.start_date) throw invalid({ field: 'completedOn', key: 'v.task.before_start' });
    await dq.insertProgress(trx, {
      id: randomUUID(),
      task_id: id,
      person_id: actor.personId,
      account_id: actor.accountId,
      progress: 100,
      note: body.note,
    });
    await applyChange(trx, ctx, t, 'task.complete', { status: 'done', progress: 100, completed_on: body.completedOn }, { note: body.note });
  });
}

export async function appraiseTask(db: Kysely<DB>, actor: Actor, ctx: AuditContext, id: string, body: TaskAppraise) {
  await withTask(db, actor, id, 'appraise', body.version, (trx, t) =>
    applyChange(trx, ctx, t, 'task.appraise', {
      quality_ok: body.qualityOk,
      major_errors: body.majorErrors,
      exceeded: body.exceeded,
      objective_cause: body.objectiveCause,
      appraisal_note: body.note,
      appraised_by: actor.personId,
      appraised_at: new Date(),
    }),
  );
}

export async function changeDueDate(
  db: Kysely<DB>,
  actor: Actor,
  ctx: AuditContext,
  id: string,
  body: { version: number; dueDate: string; reason: string; objectiveCause?: boolean; pastDueConfirmed?: boolean },
) {
  await withTask(db, actor, id, 'changeDue', body.version, async (trx, t) => {
    if (body.dueDate < t.row.start_date) throw invalid({ field: 'dueDate', key: 'v.date_order' });
    if (body.dueDate === t.row.due_date) throw invalid({ field: 'dueDate', key: 'v.task.due_unchanged' });
    const pastDueConfirmed = body.pastDueConfirmed === true;
    const past = pastDueIssue('dueDate', body.dueDate, pastDueConfirmed);
    if (past) throw invalid(past);
    const changeId = randomUUID();
    const objectiveCause = body.objectiveCause === true;
    await dq.insertDueChange(trx, {
      id: changeId,
      task_id: id,
      old_due: t.row.due_date,
      new_due: body.dueDate,
      reason: body.reason,
      objective_cause: objectiveCause,
      changed_by: actor.accountId,
    });
    const extra = { reason: body.reason, objectiveCause, ...(pastDueConfirmed ? { pastDueConfirmed } : {}) };
    await applyChange(trx, ctx, t, 'task.due_change', { due_date: body.dueDate }, extra);
    await notifyAssignees(trx, {
      taskId: id,
      leadId: t.holders.lead?.id ?? null,
      supportIds: t.holders.supports.map((s) => s.id),
      kind: 'task_due_changed',
      stamp: changeId,
      params: { title: t.row.title, oldDueDate: t.row.due_date, dueDate: body.dueDate, reason: body.reason },
    });
  });
}

export async function cancelTask(db: Kysely<DB>, actor: Actor, ctx: AuditContext, id: string, body: { version: number; reason: string }) {
  await withTask(db, actor, id, 'cancel', body.version, async (trx, t) => {
    await applyChange(trx, ctx, t, 'task.cancel', { status: 'cancelled', cancelled_reason: body.reason });
    await notifyAssignees(trx, {
      taskId: id,
      leadId: t.holders.lead?.id ?? null,
      supportIds: t.holders.supports.map((s) => s.id),
      kind: 'task_cancelled',
      stamp: id,
      params: { title: t.row.title, reason: body.reason },
    });
  });
}

export async function updateTask(db: Kysely<DB>, actor: Actor, ctx: AuditContext, id: string, body: TaskUpdate) {
  await withTask(db, actor, id, 'edit', body.version, async (trx, t) => {
    const issues: FieldIssue[] = [];
    if (body.fieldCode && !(await q.fieldExists(trx, body.fieldCode))) issues.push({ field: 'fieldCode', key: 'v.task.field_unknown' });
    if (body.areaUnitId && !(await q.unitUnderAny(trx, [t.row.unit_id], body.areaUnitId)))
      issues.push({ field: 'areaUnitId', key: 'v.task.area_outside' });
    const supports = body.supportIds;
    if (supports) {
      const inUnit = await q.peopleInSubtree(trx, t.row.unit_id, supports);
      const previous = new Set(t.holders.supports.map((s) => s.id));
      supports.forEach((pid, i) => {
        if (pid === t.holders.lead?.id) issues.push({ field: `supportIds.${i}`, key: 'v.task.lead_in_support' });
        else if (!inUnit.has(pid)) issues.push({ field: `supportIds.${i}`, key: 'v.task.assignee_outside' });
      });
      if (issues.length) throw invalid(...issues);
      await q.replaceSupports(trx, id, supports);
      const added = supports.filter((pid) => !previous.has(pid));
      await notifyAssignees(trx, {
        taskId: id,
        leadId: null,
        supportIds: added,
        kind: 'task_assigned',
        stamp: `${id}:${t.row.version}`,
        params: { title: body.title ?? t.row.title, dueDate: t.row.due_date },
      });
    }
    if (issues.length) throw invalid(...issues);
    const changes: Updateable<TaskTable> = {};
    if (body.title !== undefined) changes.title = body.title.normalize('NFC');
    if (body.description !== undefined) changes.description = body.description;
    if (body.priority !== undefined) changes.priority = body.priority;
    if (body.workUnits !== undefined) changes.work_units = body.workUnits;
    if (body.fieldCode !== undefined) changes.field_code = body.fieldCode;
    if (body.areaUnitId !== undefined) changes.area_unit_id = body.areaUnitId;
    const extra = supports ? { supportIdsBefore: t.holders.supports.map((s) => s.id), supportIds: supports } : {};
    await applyChange(trx, ctx, t, 'task.update', changes, extra);
  });
}
