// Writing leaders' action plans: create (own, for a leadership post held today), replace the entries
// (author while draft or returned), submit, return or approve (the standing committee, never one's
// own). Approval turns every entry into a volunteered task led by the leader, with the entry's
// milestones as the task's roadmap (decision 0034). Each write locks the row, checks the version
// (stale → 409) and the rules, audits and notifies in the same transaction.
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { ActionPlanItemInput, ActionPlanStatus } from '../../../contracts/action-plans.js';
import { checkActionPlanItems } from '../../../domain/action-plans.js';
import { todayInVietnam } from '../../../domain/dates.js';
import type { DB } from '../../db/schema.js';
import { AppError, conflict, fieldError, forbidden, invalid, notFound } from '../../errors.js';
import type { Actor, AuditContext } from '../../http/context.js';
import { recordAudit } from '../audit/index.js';
import { indicatorsWithLatest } from '../indicators/index.js';
import { notifyTx } from '../notifications/index.js';
import { createTaskTx, insertMilestones } from '../tasks/index.js';
import { type ActionPlanAccess, accessTo, requireOwnPerson, reviewRefusal } from './action-plans.policy.js';
import * as q from './action-plans.queries.js';

const exists = () => new AppError(409, 'action_plan_exists', [{ field: 'year', key: 'v.actionPlan.exists' }]);

function statusRule(status: ActionPlanStatus): AppError {
  if (status === 'approved') return fieldError('status', 'v.actionPlan.approved');
  if (status === 'submitted') return fieldError('status', 'v.actionPlan.submitted');
  return fieldError('status', 'v.actionPlan.not_submitted');
}

type ItemDraft = Parameters<typeof checkActionPlanItems>[1][number];

/** The domain rules, with the indicators of the plan's unit and the unit it belongs to. */
async function checkItems(db: Kysely<DB> | Transaction<DB>, unitId: string, year: number, items: readonly ItemDraft[]) {
  const units = (await q.indicatorUnitsOf(db, [unitId])).get(unitId) ?? [unitId];
  const indicators = await indicatorsWithLatest(db, units, year, null, `${year}-12-31`);
  const found = checkActionPlanItems(year, items, new Set(indicators.map((i) => i.id)));
  if (found.length) throw invalid(...found);
}

const itemRows = (planId: string, items: readonly ActionPlanItemInput[]) =>
  items.map((i, n) => ({
    id: randomUUID(),
    plan_id: planId,
    ordinal: n + 1,
    kind: i.kind,
    title: i.title,
    indicator_id: i.indicatorId,
    target_value: i.targetValue,
    due_date: i.dueDate,
    milestones: JSON.stringify(i.milestones),
  }));

const audit = (row: { id: string; person_id: string; unit_id: string }) => ({
  entityType: 'action_plan' as const,
  entityId: row.id,
  personId: row.person_id,
  unitId: row.unit_id,
});

/** Loads the plan for a write: 404 when unreadable, 403 when the actor is neither its author nor a reviewer. */
async function forWrite(db: Kysely<DB>, actor: Actor, id: string): Promise<{ row: q.PlanRow; access: ActionPlanAccess }> {
  const row = await q.planById(db, id);
  if (!row) throw notFound();
  const access = await accessTo(db, actor, { unitId: row.unit_id, personId: row.person_id });
  if (!access.read) throw notFound();
  if (!access.author && !access.review && !access.ownReview) throw forbidden();
  return { row, access };
}

async function lockAt(trx: Transaction<DB>, id: string, version: number, allowed: readonly ActionPlanStatus[]): Promise<q.LockedPlan> {
  const row = await q.lockPlan(trx, id);
  if (!row) throw notFound();
  if (row.version !== version) throw conflict();
  if (!allowed.includes(row.status)) throw statusRule(row.status);
  return row;
}

export async function createActionPlan(
  db: Kysely<DB>,
  actor: Actor,
  ctx: AuditContext,
  input: { year: number; postId: string; items: ActionPlanItemInput[] },
): Promise<string> {
  const personId = requireOwnPerson(actor);
  const posts = await q.leaderPostsOf(db, personId, todayInVietnam());
  // Holding no leadership post today, one writes no action plan at all (403); naming a post one does
  // not hold is a bad field (400).
  if (!posts.length) throw forbidden();
  const post = posts.find((p) => p.post_id === input.postId);
  if (!post) throw fieldError('postId', 'v.actionPlan.not_leader');
  await checkItems(db, post.unit_id, input.year, input.items);
  if (await q.planIdOf(db, personId, input.year)) throw exists();
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    await q.insertPlan(trx, { id, person_id: personId, unit_id: post.unit_id, post_id: post.post_id, year: input.year, status: 'draft' });
    await q.replaceItems(trx, id, itemRows(id, input.items));
    await recordAudit(trx, ctx, [
      {
        action: 'action_plan.create',
        ...audit({ id, person_id: personId, unit_id: post.unit_id }),
        after: { year: input.year, postId: post.post_id, status: 'draft', version: 1, items: input.items },
      },
    ]);
  });
  return id;
}

export async function updateActionPlan(
  db: Kysely<DB>,
  actor: Actor,
  ctx: AuditContext,
  id: string,
  version: number,
  items: ActionPlanItemInput[],
): Promise<void> {
  const { row, access } = await forWrite(db, actor, id);
  if (!access.author) throw forbidden();
  await db.transaction().execute(async (trx) => {
    const locked = await lockAt(trx, id, version, ['draft', 'returned']);
    await checkItems(trx, row.unit_id, row.year, items);
    const before = (await q.itemsOf(trx, [id])).map((i) => ({ kind: i.kind, title: i.title, dueDate: i.due_date }));
    await q.replaceItems(trx, id, itemRows(id, items));
    if (!(await q.updatePlanRow(trx, id, version, {}))) throw conflict();
    await recordAudit(trx, ctx, [
      { action: 'action_plan.update', ...audit(locked), before: { version, items: before }, after: { version: version + 1, items } },
    ]);
  });
}

export async function submitActionPlan(db: Kysely<DB>, actor: Actor, ctx: AuditContext, id: string, version: number): Promise<void> {
  const { row, access } = await forWrite(db, actor, id);
  if (!access.author) throw forbidden();
  await db.transaction().execute(async (trx) => {
    const locked = await lockAt(trx, id, version, ['draft', 'returned']);
    // The unit's indicators may have changed since the draft: the entries are checked again.
    const items = (await q.itemsOf(trx, [id])).map((i) => ({
      kind: i.kind,
      indicatorId: i.indicator_id,
      targetValue: i.target_value === null ? null : Number(i.target_value),
      dueDate: i.due_date,
      milestones: i.milestones as Array<{ dueDate: string }>,
    }));
    await checkItems(trx, row.unit_id, row.year, items);
    const submittedAt = new Date();
    if (!(await q.updatePlanRow(trx, id, version, { status: 'submitted', submitted_at: submittedAt }))) throw conflict();
    await recordAudit(trx, ctx, [
      {
        action: 'action_plan.submit',
        ...audit(locked),
        before: { status: locked.status, version },
        after: { status: 'submitted', version: version + 1, submittedAt: submittedAt.toISOString() },
      },
    ]);
  });
}

async function reviewable(db: Kysely<DB>, actor: Actor, id: string): Promise<q.PlanRow> {
  const { row, access } = await forWrite(db, actor, id);
  if (!access.review) throw reviewRefusal(access);
  return row;
}

export async function returnActionPlan(
  db: Kysely<DB>,
  actor: Actor,
  ctx: AuditContext,
  id: string,
  version: number,
  comment: string,
): Promise<void> {
  const row = await reviewable(db, actor, id);
  await db.transaction().execute(async (trx) => {
    const locked = await lockAt(trx, id, version, ['submitted']);
    const change = { status: 'returned' as const, reviewed_by: actor.accountId, reviewed_at: new Date(), review_comment: comment };
    if (!(await q.updatePlanRow(trx, id, version, change))) throw conflict();
    await recordAudit(trx, ctx, [
      {
        action: 'action_plan.return',
        ...audit(locked),
        before: { status: locked.status, version },
        after: { status: 'returned', version: version + 1, comment },
      },
    ]);
    await notifyTx(trx, {
      personId: row.person_id,
      kind: 'action_plan_returned',
      params: { actionPlanId: id, year: row.year, comment },
      dedupeKey: `action_plan_returned:${id}:${version}`,
    });
  });
}

export async function approveActionPlan(db: Kysely<DB>, actor: Actor, ctx: AuditContext, id: string, version: number): Promise<void> {
  const row = await reviewable(db, actor, id);
  await db.transaction().execute(async (trx) => {
    const locked = await lockAt(trx, id, version, ['submitted']);
    const change = { status: 'approved' as const, reviewed_by: actor.accountId, reviewed_at: new Date(), review_comment: null };
    if (!(await q.updatePlanRow(trx, id, version, change))) throw conflict();
    const taskIds = await tasksOfEntries(trx, ctx, row, actor.accountId);
    await recordAudit(trx, ctx, [
      {
        action: 'action_plan.approve',
        ...audit(locked),
        before: { status: locked.status, version },
        after: { status: 'approved', version: version + 1, taskIds },
      },
    ]);
    await notifyTx(trx, {
      personId: row.person_id,
      kind: 'action_plan_approved',
      params: { actionPlanId: id, year: row.year },
      dedupeKey: `action_plan_approved:${id}:${version}`,
    });
  });
}

/** Each entry becomes a volunteered task of the leader (the tasks module tracks progress, evidence, late milestones). */
async function tasksOfEntries(trx: Transaction<DB>, ctx: AuditContext, plan: q.PlanRow, approvedBy: string): Promise<string[]> {
  const ids: string[] = [];
  for (const item of await q.itemsOf(trx, [plan.id])) {
    const milestones = item.milestones as Array<{ title: string; dueDate: string }>;
    const start = [`${plan.year}-01-01`, todayInVietnam()].sort()[1];
    const taskId = await createTaskTx(
      trx,
      ctx,
      {
        unitId: plan.unit_id,
        source: 'volunteer',
        sourceRef: item.id,
        title: item.title,
        assignerId: null,
        startDate: start < item.due_date ? start : item.due_date,
        dueDate: item.due_date,
        workUnits: 1,
        leadId: plan.person_id,
      },
      approvedBy,
      // The leader wrote these entries; the approval's own notice tells them (no "assigned" notice per entry).
      { notifyLead: false, auditExtra: { actionPlanId: plan.id, milestones } },
    );
    await insertMilestones(
      trx,
      milestones.map((m, n) => ({ id: randomUUID(), task_id: taskId, ordinal: n + 1, title: m.title, due_date: m.dueDate })),
    );
    await q.setItemTask(trx, item.id, taskId);
    ids.push(taskId);
  }
  return ids;
}
