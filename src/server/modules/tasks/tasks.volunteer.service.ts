// Volunteered hard tasks: a cadre takes on a hard or new task for their own unit with a committed
// roadmap of milestones. They lead it; there is no assigner (the standing committee appraises).
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { VolunteerCreate } from '../../../contracts/tasks.js';
import { todayInVietnam } from '../../../domain/dates.js';
import type { DB } from '../../db/schema.js';
import { conflict, forbidden, invalid, notFound } from '../../errors.js';
import type { Actor, AuditContext } from '../../http/context.js';
import { recordAudit } from '../audit/index.js';
import { checkNewTask, insertTaskTx, type NewTask } from './tasks.create.js';
import * as dq from './tasks.detail.queries.js';
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
  };
  if (!(await unitInSubtrees(db, readRoots(actor), body.unitId))) throw notFound();
  // The lead is the actor: "lead not in the unit" means the unit is not theirs.
  const issues = (await checkNewTask(db, actor, input)).map((i) =>
    i.field === 'leadId' ? { field: 'unitId', key: 'v.task.not_own_unit' } : i,
  );
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
    await recordAudit(trx, ctx, [
      {
        action: 'task.milestone_done',
        entityType: 'task',
        entityId: taskId,
        unitId: t.row.unit_id,
        personId: t.holders.lead?.id ?? null,
        before: { milestoneId: m.id, title: m.title, dueDate: m.due_date, doneOn: m.done_on, note: m.note },
        after: { milestoneId: m.id, title: m.title, dueDate: m.due_date, doneOn: body.doneOn, note: body.note },
      },
    ]);
  });
}
