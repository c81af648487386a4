// The standing committee's decision on a submitted plan: return it with a comment, or approve it,
// which turns every item into a task (source 'plan', lead = the author, assigner = the approver's
// person) in the same transaction. The author is notified either way.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { conflict, fieldError, invalid } from '../../errors.js';
import type { Actor, AuditContext } from '../../http/context.js';
import { recordAudit } from '../audit/index.js';
import { notifyTx } from '../notifications/index.js';
import { type NewTask, checkNewTask, createTaskTx } from '../tasks/index.js';
import type { ItemRow, PlanRow } from './plans.queries.js';
import * as q from './plans.queries.js';
import { reviewRefusal } from './plans.policy.js';
import { lockAt, planForWrite, statusRule } from './plans.service.js';

async function reviewable(db: Kysely<DB>, actor: Actor, id: string): Promise<PlanRow> {
  const { plan, access } = await planForWrite(db, actor, id);
  if (!access.review) throw reviewRefusal(access);
  return plan;
}

export async function returnPlan(
  db: Kysely<DB>,
  actor: Actor,
  ctx: AuditContext,
  id: string,
  version: number,
  comment: string,
): Promise<void> {
  await reviewable(db, actor, id);
  await db.transaction().execute(async (trx) => {
    const row = await lockAt(trx, id, version);
    if (row.status !== 'submitted') throw statusRule(row.status);
    const now = new Date();
    const change = { status: 'returned' as const, reviewed_by: actor.accountId, reviewed_at: now, review_comment: comment };
    if (!(await q.updatePlanRow(trx, id, version, change))) throw conflict();
    await recordAudit(trx, ctx, [
      {
        action: 'plan.return',
        entityType: 'weekly_plan',
        entityId: id,
        personId: row.person_id,
        unitId: row.unit_id,
        before: { status: row.status, version },
        after: { status: 'returned', version: version + 1, comment },
      },
    ]);
    await notifyTx(trx, {
      personId: row.person_id,
      kind: 'plan_returned',
      params: { planId: id, weekStart: row.week_start, comment },
      dedupeKey: `plan_returned:${id}:${version}`,
    });
  });
}

function taskOf(plan: PlanRow, item: ItemRow, actor: Actor): NewTask {
  return {
    unitId: plan.unit_id,
    source: 'plan',
    sourceRef: item.id,
    title: item.title,
    description: item.description,
    assignerId: actor.personId,
    fieldCode: item.field_code,
    startDate: item.start_date,
    dueDate: item.due_date,
    workUnits: Number(item.work_units),
    leadId: plan.person_id,
  };
}

export async function approvePlan(db: Kysely<DB>, actor: Actor, ctx: AuditContext, id: string, version: number): Promise<void> {
  const plan = await reviewable(db, actor, id);
  // Checked before the transaction (the task rules read the database); the version check under
  // the lock guarantees the items checked are the items approved.
  const items = await q.itemsOf(db, id);
  const issues = (await Promise.all(items.map((item, n) => checkNewTask(db, actor, taskOf(plan, item, actor), `items.${n}.`)))).flat();
  await db.transaction().execute(async (trx) => {
    const row = await lockAt(trx, id, version);
    if (row.status !== 'submitted') throw statusRule(row.status);
    if (items.length === 0) throw fieldError('items', 'v.plan_empty');
    if (issues.length) throw invalid(...issues);
    const tasks: Array<{ itemId: string; taskId: string }> = [];
    for (const item of items) {
      const taskId = await createTaskTx(trx, ctx, taskOf(plan, item, actor), actor.accountId);
      await q.linkItemTask(trx, item.id, taskId);
      tasks.push({ itemId: item.id, taskId });
    }
    const change = { status: 'approved' as const, reviewed_by: actor.accountId, reviewed_at: new Date(), review_comment: null };
    if (!(await q.updatePlanRow(trx, id, version, change))) throw conflict();
    await recordAudit(trx, ctx, [
      {
        action: 'plan.approve',
        entityType: 'weekly_plan',
        entityId: id,
        personId: row.person_id,
        unitId: row.unit_id,
        before: { status: row.status, version },
        after: { status: 'approved', version: version + 1, tasks },
      },
    ]);
    await notifyTx(trx, {
      personId: row.person_id,
      kind: 'plan_approved',
      params: { planId: id, weekStart: row.week_start, taskCount: tasks.length },
      dedupeKey: `plan_approved:${id}`,
    });
  });
}
