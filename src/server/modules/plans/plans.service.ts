// Writing plans: create (own), replace the items (author while draft/returned, standing while
// submitted), submit, copy from last week. Each write locks the plan, checks the version (stale →
// 409) and the status rule, and audits in the same transaction.
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { PlanCreate, PlanItemInput, PlanStatus } from '../../../contracts/plans.js';
import type { DB } from '../../db/schema.js';
import { AppError, conflict, fieldError, forbidden, invalid, notFound } from '../../errors.js';
import type { Actor, AuditContext } from '../../http/context.js';
import { recordAudit } from '../audit/index.js';
import { type PlanAccess, accessTo, requireOwnPerson } from './plans.policy.js';
import { checkItems, itemInputs, itemRows, planSnapshot } from './plans.items.js';
import * as q from './plans.queries.js';
import { addDays } from '../../../domain/dates.js';
import { weekStartOf } from './plans.week.js';

const planExists = () => new AppError(409, 'plan_exists', [{ field: 'week', key: 'v.plan_exists' }]);

/** 400 naming the rule that forbids changing a plan in `status` (approved plans never change). */
export function statusRule(status: PlanStatus): AppError {
  if (status === 'approved') return fieldError('status', 'v.plan_approved');
  if (status === 'submitted') return fieldError('status', 'v.plan_submitted');
  return fieldError('status', 'v.plan_not_submitted');
}

/** Loads the plan for a write: 404 when unreadable, 403 when the actor is neither its author nor a reviewer. */
export async function planForWrite(db: Kysely<DB>, actor: Actor, id: string): Promise<{ plan: q.PlanRow; access: PlanAccess }> {
  const plan = await q.planById(db, id);
  if (!plan) throw notFound();
  const access = await accessTo(db, actor, { unitId: plan.unit_id, personId: plan.person_id, status: plan.status });
  if (!access.read) throw notFound();
  if (!access.author && !access.review) throw forbidden();
  return { plan, access };
}

/** Locks the row and checks the client's version: the row seen by the caller must still be current. */
export async function lockAt(trx: Transaction<DB>, id: string, version: number): Promise<q.LockedPlan> {
  const row = await q.lockPlan(trx, id);
  if (!row) throw notFound();
  if (row.version !== version) throw conflict();
  return row;
}

async function insertNewPlan(
  trx: Transaction<DB>,
  ctx: AuditContext,
  p: { unitId: string; personId: string; weekStart: string; items: PlanItemInput[] },
  action: 'plan.create' | 'plan.copy',
  extra: Record<string, unknown> = {},
): Promise<string> {
  const id = randomUUID();
  const row = { id, unit_id: p.unitId, person_id: p.personId, week_start: p.weekStart, status: 'draft' as const };
  await q.insertPlan(trx, row);
  await q.replaceItems(trx, id, itemRows(id, p.items));
  await recordAudit(trx, ctx, [
    {
      action,
      entityType: 'weekly_plan',
      entityId: id,
      personId: p.personId,
      unitId: p.unitId,
      after: { ...planSnapshot({ ...row, version: 1 }, p.items), ...extra },
    },
  ]);
  return id;
}

export async function createPlan(db: Kysely<DB>, actor: Actor, ctx: AuditContext, input: PlanCreate): Promise<string> {
  const personId = requireOwnPerson(actor);
  const person = await q.personById(db, personId);
  if (!person) throw forbidden();
  const weekStart = weekStartOf(input.week);
  const unitId = input.unitId ?? person.unit_id;
  if (input.unitId && input.unitId !== person.unit_id) {
    if (!(await q.unitById(db, unitId)) || !(await q.personBelongsTo(db, personId, unitId, weekStart)))
      throw fieldError('unitId', 'v.plan_unit');
  }
  const issues = await checkItems(db, weekStart, input.items, { confirmed: input.pastDueConfirmed });
  if (issues.length) throw invalid(...issues);
  if (await q.planIdOf(db, personId, weekStart)) throw planExists();
  const extra = input.pastDueConfirmed ? { pastDueConfirmed: true } : {};
  return db
    .transaction()
    .execute((trx) => insertNewPlan(trx, ctx, { unitId, personId, weekStart, items: input.items }, 'plan.create', extra));
}

export async function updatePlan(
  db: Kysely<DB>,
  actor: Actor,
  ctx: AuditContext,
  id: string,
  version: number,
  items: PlanItemInput[],
  pastDueConfirmed = false,
): Promise<void> {
  const { plan, access } = await planForWrite(db, actor, id);
  const stored = itemInputs(await q.itemsOf(db, id));
  const issues = await checkItems(db, plan.week_start, items, { confirmed: pastDueConfirmed, stored });
  await db.transaction().execute(async (trx) => {
    const row = await lockAt(trx, id, version);
    const own = access.author && (row.status === 'draft' || row.status === 'returned');
    const review = access.review && row.status === 'submitted';
    if (!own && !review) throw statusRule(row.status);
    if (issues.length) throw invalid(...issues);
    const before = planSnapshot(row, itemInputs(await q.itemsOf(trx, id)));
    await q.replaceItems(trx, id, itemRows(id, items));
    if (!(await q.updatePlanRow(trx, id, version, {}))) throw conflict();
    await recordAudit(trx, ctx, [
      {
        action: 'plan.update',
        entityType: 'weekly_plan',
        entityId: id,
        personId: row.person_id,
        unitId: row.unit_id,
        before,
        // `byReviewer` marks an edit by the standing committee of a plan awaiting its decision.
        after: {
          ...planSnapshot({ ...row, version: version + 1 }, items),
          byReviewer: !own,
          ...(pastDueConfirmed ? { pastDueConfirmed } : {}),
        },
      },
    ]);
  });
}

export async function submitPlan(db: Kysely<DB>, actor: Actor, ctx: AuditContext, id: string, version: number): Promise<void> {
  const { access } = await planForWrite(db, actor, id);
  if (!access.author) throw forbidden();
  await db.transaction().execute(async (trx) => {
    const row = await lockAt(trx, id, version);
    if (row.status !== 'draft' && row.status !== 'returned') throw statusRule(row.status);
    const items = await q.itemsOf(trx, id);
    if (items.length === 0) throw fieldError('items', 'v.plan_empty');
    // The first submission is what the deadline is measured against; resubmitting keeps it.
    const submittedAt = row.submitted_at ?? new Date();
    if (!(await q.updatePlanRow(trx, id, version, { status: 'submitted', submitted_at: submittedAt }))) throw conflict();
    await recordAudit(trx, ctx, [
      {
        action: 'plan.submit',
        entityType: 'weekly_plan',
        entityId: id,
        personId: row.person_id,
        unitId: row.unit_id,
        before: { status: row.status, version },
        after: { status: 'submitted', version: version + 1, submittedAt: new Date(submittedAt).toISOString() },
      },
    ]);
  });
}

/** A draft for `week` from the author's plan of the week before, every date moved by 7 days, no tasks. */
export async function copyLastWeek(db: Kysely<DB>, actor: Actor, ctx: AuditContext, week: string): Promise<string> {
  const personId = requireOwnPerson(actor);
  const weekStart = weekStartOf(week);
  const sourceId = await q.planIdOf(db, personId, addDays(weekStart, -7));
  if (!sourceId) throw fieldError('week', 'v.plan_no_last_week');
  if (await q.planIdOf(db, personId, weekStart)) throw planExists();
  const source = await q.planById(db, sourceId);
  if (!source) throw notFound();
  const items = itemInputs(await q.itemsOf(db, sourceId), 7);
  return db
    .transaction()
    .execute((trx) =>
      insertNewPlan(trx, ctx, { unitId: source.unit_id, personId, weekStart, items }, 'plan.copy', { copiedFrom: sourceId }),
    );
}
