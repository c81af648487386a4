// Reading plans: one plan with its items, the signed-in person's plan of a week, and the overview
// of a unit's week (who is expected to write, who did, who is late).
import type { Kysely } from 'kysely';
import type { OverviewRow, OverviewStatus, PlanOverview, PlanView } from '../../../contracts/plans.js';
import type { DB } from '../../db/schema.js';
import { notFound } from '../../errors.js';
import { assertUnitInScope } from '../../http/access.js';
import type { Actor } from '../../http/context.js';
import type { Locale } from '../../i18n.js';
import { resolveDeadline } from './plans.deadline.js';
import { actionsOf, assertCanRead, requireOverseer, requireOwnPerson } from './plans.policy.js';
import { type OverviewInput, presentOverviewRow, presentPlan } from './plans.presenter.js';
import * as q from './plans.queries.js';
import { addDays } from '../../../domain/dates.js';
import { deadlineOf, weekStartOf } from './plans.week.js';

export async function planDetail(db: Kysely<DB>, actor: Actor, id: string, locale: Locale): Promise<PlanView> {
  const plan = await q.planById(db, id);
  if (!plan) throw notFound();
  const access = await assertCanRead(db, actor, { unitId: plan.unit_id, personId: plan.person_id, status: plan.status });
  const [items, deadline] = await Promise.all([q.itemsOf(db, id), resolveDeadline(db, plan.unit_id)]);
  return presentPlan(plan, items, {
    deadline: deadlineOf(plan.week_start, deadline),
    now: new Date(),
    actions: actionsOf(access, plan.status),
    locale,
  });
}

/** The actor's own plan for the week; 404 when they have none (the UI then offers to create it). */
/** The own plan of a week; null (not 404) when none was written yet: an ordinary state, not an error. */
export async function myPlan(db: Kysely<DB>, actor: Actor, week: string | undefined, locale: Locale): Promise<PlanView | null> {
  const personId = requireOwnPerson(actor);
  const id = await q.planIdOf(db, personId, weekStartOf(week));
  return id ? planDetail(db, actor, id, locale) : null;
}

const ORDER: OverviewStatus[] = ['missing', 'draft', 'returned', 'submitted_late', 'submitted_on_time', 'approved'];

export async function planOverview(db: Kysely<DB>, actor: Actor, unitId: string, week: string | undefined): Promise<PlanOverview> {
  requireOverseer(actor);
  const unit = await q.unitById(db, unitId);
  if (!unit) throw notFound();
  await assertUnitInScope(db, actor, 'plans.oversee', unitId);
  const weekStart = weekStartOf(week);
  const deadline = deadlineOf(weekStart, await resolveDeadline(db, unitId));
  const writers = await q.expectedWriters(db, unitId, weekStart);
  const plans = await q.plansOfWeek(
    db,
    unitId,
    weekStart,
    writers.map((w) => w.id),
  );
  const planOf = new Map(plans.map((p) => [p.person_id, p]));
  const inputs: Array<OverviewInput & { sortKey: string }> = writers.map((w) => ({
    person: w,
    postTitle: w.post_title,
    expected: true,
    plan: planOf.get(w.id) ?? null,
    sortKey: w.sort_key,
  }));
  const expectedIds = new Set(writers.map((w) => w.id));
  for (const p of plans) {
    if (!expectedIds.has(p.person_id))
      inputs.push({ person: { ...p, id: p.person_id }, postTitle: null, expected: false, plan: p, sortKey: p.sort_key });
  }
  const now = new Date();
  const rows: Array<OverviewRow & { sortKey: string }> = inputs.map((i) => ({
    ...presentOverviewRow(i, deadline, now),
    sortKey: i.sortKey,
  }));
  // Unexpected writers last; then the rows needing attention first; then Vietnamese name order.
  rows.sort(
    (a, b) =>
      Number(b.expected) - Number(a.expected) ||
      ORDER.indexOf(a.status) - ORDER.indexOf(b.status) ||
      (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0),
  );
  const expectedRows = rows.filter((r) => r.expected);
  const count = (s: OverviewStatus) => expectedRows.filter((r) => r.status === s).length;
  return {
    unitId,
    unitName: unit.name,
    weekStart,
    weekEnd: addDays(weekStart, 6),
    deadline: deadline.toISOString(),
    deadlinePassed: now.getTime() > deadline.getTime(),
    counts: {
      expected: expectedRows.length,
      missing: count('missing'),
      draft: count('draft'),
      submitted_on_time: count('submitted_on_time'),
      submitted_late: count('submitted_late'),
      returned: count('returned'),
      approved: count('approved'),
    },
    rows: rows.map(({ sortKey: _s, ...r }) => r),
  };
}
