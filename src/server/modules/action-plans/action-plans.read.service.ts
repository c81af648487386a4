// Reading leaders' action plans: one's own posts and plan of a year, one plan by id (its entries with
// the tracking tasks' milestones, the unit's indicators), and the standing committee's side-by-side
// view of a subtree's leaders (plan, unit indicators, latest rating), paged with a total.
import type { Kysely } from 'kysely';
import type {
  ActionPlanBoard,
  ActionPlanBoardRow,
  ActionPlanIndicatorView,
  ActionPlanItemView,
  ActionPlanView,
  MyActionPlan,
} from '../../../contracts/action-plans.js';
import { lateCount } from '../../../domain/action-plans.js';
import { todayInVietnam } from '../../../domain/dates.js';
import { fullName } from '../../../domain/names.js';
import { milestoneState } from '../../../domain/roadmap.js';
import type { DB } from '../../db/schema.js';
import { forbidden, notFound } from '../../errors.js';
import { type Coverage, holds } from '../../http/access.js';
import type { Actor } from '../../http/context.js';
import { indicatorProgress, indicatorsWithLatest } from '../indicators/index.js';
import { milestonesOfTasks } from '../tasks/index.js';
import { accessTo, assertBoard, requireOwnPerson, stepsOf } from './action-plans.policy.js';
import * as q from './action-plans.queries.js';

const currentYear = () => Number(todayInVietnam().slice(0, 4));
const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
const nameOf = (p: { family_name: string; middle_name: string; given_name: string }) =>
  fullName({ familyName: p.family_name, middleName: p.middle_name, givenName: p.given_name });

type Milestone = Awaited<ReturnType<typeof milestonesOfTasks>>[number];

/**
 * For each plan unit, the indicators of the year a plan there may take (its own and those of the unit
 * it belongs to), with the latest value by today (or the year's end).
 */
async function unitIndicators(db: Kysely<DB>, unitIds: readonly string[], year: number) {
  const on = [todayInVietnam(), `${year}-12-31`].sort()[0];
  const scope = await q.indicatorUnitsOf(db, unitIds);
  const byUnit = new Map<string, ActionPlanIndicatorView[]>();
  for (const r of await indicatorsWithLatest(db, [...new Set([...scope.values()].flat())], year, null, on)) {
    const latest = r.latest === null || r.latest === undefined ? null : Number(r.latest);
    const list = byUnit.get(r.unit_id) ?? byUnit.set(r.unit_id, []).get(r.unit_id)!;
    list.push({
      id: r.id,
      code: r.code,
      name: r.name,
      measure: r.measure,
      target: Number(r.target),
      latest,
      progressPct: indicatorProgress(r.direction, Number(r.target), latest),
    });
  }
  return new Map(unitIds.map((u) => [u, (scope.get(u) ?? [u]).flatMap((s) => byUnit.get(s) ?? [])]));
}

/** The entries of plans with their milestones: the tracking task's once approved, the written roadmap before. */
async function entriesOf(db: Kysely<DB>, planIds: readonly string[], indicators: ReadonlyMap<string, ActionPlanIndicatorView>) {
  const items = await q.itemsOf(db, planIds);
  const milestones = new Map<string, Milestone[]>();
  for (const m of await milestonesOfTasks(
    db,
    items.flatMap((i) => (i.task_id ? [i.task_id] : [])),
  ))
    (milestones.get(m.task_id) ?? milestones.set(m.task_id, []).get(m.task_id)!).push(m);
  const today = todayInVietnam();
  const byPlan = new Map<string, ActionPlanItemView[]>();
  for (const i of items) {
    const tracked = i.task_id ? (milestones.get(i.task_id) ?? []) : null;
    const rows =
      tracked ??
      (i.milestones as Array<{ title: string; dueDate: string }>).map((m, n) => ({
        id: null,
        ordinal: n + 1,
        title: m.title,
        due_date: m.dueDate,
        done_on: null,
        note: null,
        progress: null,
      }));
    const view: ActionPlanItemView = {
      id: i.id,
      ordinal: i.ordinal,
      kind: i.kind,
      title: i.title,
      indicator: i.indicator_id ? (indicators.get(i.indicator_id) ?? null) : null,
      targetValue: i.target_value === null ? null : Number(i.target_value),
      dueDate: i.due_date,
      taskId: i.task_id,
      progress: tracked ? (tracked[0]?.progress ?? 0) : null,
      milestones: rows.map((m) => ({
        id: m.id,
        ordinal: m.ordinal,
        title: m.title,
        dueDate: m.due_date,
        doneOn: m.done_on,
        note: m.note || null,
        state: milestoneState(m, today),
      })),
      lateMilestones: tracked ? lateCount(tracked, today) : 0,
    };
    (byPlan.get(i.plan_id) ?? byPlan.set(i.plan_id, []).get(i.plan_id)!).push(view);
  }
  return byPlan;
}

export async function actionPlanDetail(db: Kysely<DB>, actor: Actor, id: string): Promise<ActionPlanView> {
  const row = await q.planById(db, id);
  if (!row) throw notFound();
  const access = await accessTo(db, actor, { unitId: row.unit_id, personId: row.person_id });
  if (!access.read) throw notFound();
  const indicators = (await unitIndicators(db, [row.unit_id], row.year)).get(row.unit_id) ?? [];
  const items = (await entriesOf(db, [id], new Map(indicators.map((i) => [i.id, i])))).get(id) ?? [];
  return {
    id: row.id,
    version: row.version,
    year: row.year,
    unitId: row.unit_id,
    unitName: row.unit_name,
    postTitle: row.post_title,
    author: { id: row.person_id, fullName: nameOf(row) },
    status: row.status,
    submittedAt: iso(row.submitted_at),
    reviewedAt: iso(row.reviewed_at),
    reviewerName: row.reviewer_name,
    reviewComment: row.review_comment,
    items,
    lateMilestones: items.reduce((n, i) => n + i.lateMilestones, 0),
    indicators,
    can: stepsOf(access, row.status),
  };
}

/**
 * Whether the actor may write an action plan today: `action_plans.write_own`, a linked person, and a
 * leadership post held today (decision 0034). `me.can.writeActionPlan` and the write guard both ask it.
 */
export async function writesActionPlan(db: Kysely<DB>, actor: Coverage): Promise<boolean> {
  if (!holds(actor, 'action_plans.write_own') || !actor.personId) return false;
  return (await q.leaderPostsOf(db, actor.personId, todayInVietnam())).length > 0;
}

export async function myActionPlan(db: Kysely<DB>, actor: Actor, year: number = currentYear()): Promise<MyActionPlan> {
  const personId = requireOwnPerson(actor);
  const posts = await q.leaderPostsOf(db, personId, todayInVietnam());
  // Only the holders of a leadership post write one (me.can.writeActionPlan says the same).
  if (!posts.length) throw forbidden();
  const indicators = await unitIndicators(db, [...new Set(posts.map((p) => p.unit_id))], year);
  return {
    year,
    posts: posts.map((p) => ({
      postId: p.post_id,
      postTitle: p.post_title,
      unitId: p.unit_id,
      unitName: p.unit_name,
      indicators: indicators.get(p.unit_id) ?? [],
    })),
    planId: await q.planIdOf(db, personId, year),
  };
}

export async function actionPlanBoard(
  db: Kysely<DB>,
  actor: Actor,
  query: { unitId: string; year?: number; page: number; pageSize: number },
): Promise<ActionPlanBoard> {
  await assertBoard(db, actor, query.unitId);
  const unit = await q.unitById(db, query.unitId);
  if (!unit) throw notFound();
  const year = query.year ?? currentYear();
  const today = todayInVietnam();
  const { rows, total } = await q.leadersOfSubtree(db, query.unitId, today, query.page, query.pageSize);
  const personIds = rows.map((r) => r.id);
  const [plans, ratings, indicators, counts] = await Promise.all([
    q.plansOf(db, personIds, year),
    q.latestRatings(db, personIds),
    unitIndicators(db, [...new Set(rows.map((r) => r.unit_id))], year),
    q.planCounts(db, query.unitId, year, today),
  ]);
  const planOf = new Map(plans.map((p) => [p.person_id, p]));
  const entries = await entriesOf(
    db,
    plans.map((p) => p.id),
    new Map([...indicators.values()].flat().map((i) => [i.id, i])),
  );
  const ratingOf = new Map(ratings.map((r) => [r.person_id, r]));
  const items: ActionPlanBoardRow[] = rows.map((r) => {
    const plan = planOf.get(r.id);
    const list = plan ? (entries.get(plan.id) ?? []) : [];
    const tracked = list.filter((i) => i.progress !== null);
    const rating = ratingOf.get(r.id);
    return {
      person: { id: r.id, fullName: nameOf(r) },
      postTitle: r.post_title,
      unitId: r.unit_id,
      unitName: r.unit_name,
      planId: plan?.id ?? null,
      status: plan?.status ?? null,
      items: list.length,
      progressPct: tracked.length ? Math.floor(tracked.reduce((n, i) => n + i.progress!, 0) / tracked.length) : null,
      lateMilestones: list.reduce((n, i) => n + i.lateMilestones, 0),
      indicators: indicators.get(r.unit_id) ?? [],
      rating: rating?.decision_level ? { level: rating.decision_level, kind: rating.kind, year: rating.year, number: rating.number } : null,
    };
  });
  const n = (s: string) => Number(counts.find((c) => c.status === s)?.n ?? 0);
  const written = counts.reduce((s, c) => s + Number(c.n), 0);
  return {
    items,
    total,
    page: query.page,
    pageSize: query.pageSize,
    unitName: unit.name,
    year,
    counts: {
      leaders: total,
      missing: Math.max(0, total - written),
      submitted: n('submitted'),
      approved: n('approved'),
      late: counts.reduce((s, c) => s + Number(c.late ?? 0), 0),
    },
  };
}
