// Plans and their candidates: the unit's plans, create, read (as of a day), add and remove a candidate
// with every rule checked by the domain (refusals name the field, the rule and the numbers).
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { todayInVietnam } from '../../../domain/dates.js';
import { PLANNING_RULES, blockingChecks, checkPlannable, type RuleCheck } from '../../../domain/planning/index.js';
import type {
  AddCandidateRequest,
  AddCandidateResult,
  CreatePlanRequest,
  PlanView,
  RemoveCandidateRequest,
  UnitPlans,
} from '../../../contracts/planning.js';
import type { DB } from '../../db/schema.js';
import { AppError, conflict, fieldError, invalid, notFound } from '../../errors.js';
import { rootsFor } from '../../http/access.js';
import type { Actor, AuditContext } from '../../http/context.js';
import type { Locale } from '../../i18n.js';
import { recordAudit } from '../audit/index.js';
import { unitInSubtrees } from '../org/index.js';
import * as f from './planning.facts.queries.js';
import { assertCanCreateFor, assertCanPrepare, assertCanReadPlan, canPrepare, planReadAccess, requireRoleFor } from './planning.policy.js';
import { auditCandidate, checkParams, fieldOfCheck, labeller, presentCheck } from './planning.presenter.js';
import * as q from './planning.queries.js';
import { candidateChecks, ladderKindOf } from './planning.rules.js';
import { loadPlanningSettings } from './planning.settings.js';
import { termViews } from './planning.ladder.service.js';
import { unitCadence } from './planning.procedure.service.js';
import { type PlanContext, buildPlanView, entriesOf, loadPlanContext, reviewWindow } from './planning.view.js';

type Trx = Transaction<DB>;

export async function listUnitPlans(db: Kysely<DB>, actor: Actor, unitId: string): Promise<UnitPlans> {
  const access = await planReadAccess(db, actor, unitId);
  const unit = await f.unitById(db, unitId);
  if (access === null || !unit) throw notFound();
  const plans = await q.plansOfUnit(db, unitId);
  const all = await termViews(db);
  const terms = all.filter((t) => t.plannable);
  // Counted as the plan page shows them: entries (a person planned for two posts is two entries) and
  // distinct people; a reader of approved plans does not see, so does not count, proposed top-ups.
  const candidates = (
    await q.activeCandidatesOfPlans(
      db,
      plans.map((p) => p.id),
    )
  ).filter((c) => access === 'all' || c.status === 'approved');
  const counts = (planId: string) => {
    const mine = candidates.filter((c) => c.plan_id === planId);
    return { candidates: mine.length, people: new Set(mine.map((c) => c.person_id)).size };
  };
  return {
    unit: { id: unit.id, name: unit.name },
    cadence: await unitCadence(db, actor, unitId, all),
    items: terms.map((term) => {
      const p = plans.find((x) => x.term_id === term.id);
      const visible = p && (access === 'all' || p.status === 'approved');
      return { term, plan: visible ? { id: p.id, status: p.status, version: p.version, ...counts(p.id) } : null };
    }),
    actions: { create: canPrepare(actor, unitId) && ladderKindOf(unit.kind) !== null },
  };
}

async function readable(db: Kysely<DB>, actor: Actor, id: string) {
  const plan = await q.planById(db, id);
  if (!plan) throw notFound();
  return { plan, access: await assertCanReadPlan(db, actor, plan) };
}

export async function getPlan(db: Kysely<DB>, actor: Actor, locale: Locale, id: string, asOf?: string): Promise<PlanView> {
  const { plan, access } = await readable(db, actor, id);
  const on = asOf && asOf < todayInVietnam() ? asOf : todayInVietnam();
  return buildPlanView(db, actor, locale, await loadPlanContext(db, plan, on), access, on);
}

export async function createPlan(trx: Trx, actor: Actor, ctx: AuditContext, locale: Locale, body: CreatePlanRequest): Promise<PlanView> {
  await assertCanCreateFor(trx, actor, body.unitId);
  const unit = (await f.unitById(trx, body.unitId))!;
  if (ladderKindOf(unit.kind) === null) throw fieldError('unitId', 'planning.unit_kind');
  const term = await q.termById(trx, body.termId);
  if (!term) throw fieldError('termId', 'v.unknown_ref', { field: 'termId' });
  const settings = await loadPlanningSettings(trx);
  if (!settings.age.referenceMonths[term.id]) {
    throw fieldError('termId', 'planning.term.no_reference_month', { term: term.name, rule: PLANNING_RULES.age });
  }
  if (await q.planOf(trx, body.unitId, body.termId)) {
    throw new AppError(409, 'planning.plan.exists', [{ field: 'termId', key: 'planning.plan.exists' }]);
  }
  const plan = await q.insertPlan(trx, { id: randomUUID(), unit_id: body.unitId, term_id: body.termId, created_by: actor.accountId });
  await recordAudit(trx, ctx, [
    {
      action: 'planning.plan.create',
      entityType: 'planning_plan',
      entityId: plan.id,
      unitId: plan.unit_id,
      after: { termId: plan.term_id },
    },
  ]);
  return buildPlanView(trx, actor, locale, await loadPlanContext(trx, plan), 'all');
}

/** The plan locked for a change by its organising body, at the version the form read, while it may be changed. */
async function preparing(trx: Trx, actor: Actor, id: string, version: number): Promise<PlanContext> {
  requireRoleFor(actor, 'planning.prepare');
  const plan = await q.planById(trx, id, true);
  if (!plan) throw notFound();
  await assertCanPrepare(trx, actor, plan);
  if (plan.version !== version) throw conflict();
  const ctx = await loadPlanContext(trx, plan);
  const window = reviewWindow(ctx.settings, todayInVietnam());
  if (plan.status === 'approved' && !window.open) {
    throw new AppError(400, 'planning.plan.outside_review', undefined, { rule: PLANNING_RULES.review, from: window.from, to: window.to });
  }
  return ctx;
}

/** 400 naming, for every rule that refuses, the field, the rule's citation and its numbers. */
function refuse(checks: readonly RuleCheck[], ctx: PlanContext, locale: Locale): AppError {
  const label = labeller(ctx.ladder.byCode, locale);
  return invalid(...checks.map((c) => ({ field: fieldOfCheck(c.code), key: c.code, params: checkParams(c, locale, label) })));
}

export async function addCandidate(
  trx: Trx,
  actor: Actor,
  audit: AuditContext,
  locale: Locale,
  planId: string,
  body: AddCandidateRequest,
): Promise<AddCandidateResult> {
  const ctx = await preparing(trx, actor, planId, body.version);
  const { plan, settings, ladder } = ctx;
  const post = ctx.posts.find((p) => p.row.code === body.postCode);
  if (!post) {
    const row = ladder.byCode.get(body.postCode);
    if (row && row.unit_kind === ctx.kind && row.concurrent_with !== null) {
      throw refuse([checkPlannable(ladder.ladder, [], body.postCode, body.targetLevel)], ctx, locale);
    }
    throw fieldError('postCode', 'planning.post.not_in_plan', { post: body.postCode });
  }
  const person = (await f.peopleFacts(trx, [body.personId]))[0];
  if (!person || !(await unitInSubtrees(trx, rootsFor(actor, 'planning.prepare'), person.unit_id))) {
    throw fieldError('personId', 'v.unknown_ref', { field: 'personId' });
  }
  const today = todayInVietnam();
  body.training.forEach((t, i) => {
    if (!settings.standards.scales[t.dimension]?.includes(t.level)) {
      throw fieldError(`training.${i}.level`, 'planning.standard.unknown_level', { dimension: t.dimension, level: t.level });
    }
    if (t.expectedBy < today)
      throw fieldError(`training.${i}.expectedBy`, 'planning.training.past', { today: today.split('-').reverse().join('/') });
  });
  const active = await q.candidatesAsOf(trx, plan.id, todayInVietnam());
  if (active.some((c) => c.post_code === body.postCode && c.person_id === body.personId)) {
    throw fieldError('personId', 'planning.candidate.duplicate', { post: locale === 'vi' ? post.row.title_vi : post.row.title_en });
  }
  // The posts-per-candidate cap counts the person's posts in every plan of the term.
  const others = (await q.activeEntriesOfPerson(trx, body.personId, plan.term_id)).map((e) => ({
    personId: e.person_id,
    postCode: e.post_code,
    targetLevel: e.target_level,
  }));
  const entries = [...entriesOf(active).filter((e) => e.personId !== body.personId), ...others];
  const held = (await f.heldLadderCodes(trx, [body.personId], todayInVietnam())).get(body.personId) ?? [];
  const checks = candidateChecks(ladder.ladder, post, person, held, body, entries, settings, ctx.schedule);
  const blocking = blockingChecks(checks);
  if (blocking.length > 0) throw refuse(blocking, ctx, locale);

  const inside = await unitInSubtrees(trx, [plan.unit_id], person.unit_id);
  const row = await q.insertCandidate(trx, {
    id: randomUUID(),
    plan_id: plan.id,
    post_code: body.postCode,
    person_id: body.personId,
    target_level: body.targetLevel,
    source: inside ? 'inside' : 'outside',
    training: JSON.stringify(body.training),
    note: body.note ?? null,
    status: 'proposed',
    added_on: todayInVietnam(),
    created_by: actor.accountId,
  });
  const bumped = await q.bumpPlan(trx, plan.id, plan.version);
  if (!bumped) throw conflict();
  await recordAudit(trx, audit, [
    {
      action: 'planning.candidate.add',
      entityType: 'planning_candidate',
      entityId: row.id,
      personId: row.person_id,
      unitId: plan.unit_id,
      after: { ...auditCandidate(row), checks: checks.map((c) => ({ code: c.code, outcome: c.outcome })) },
    },
  ]);
  const label = labeller(ladder.byCode, locale);
  return {
    plan: await buildPlanView(trx, actor, locale, { ...ctx, plan: bumped }, 'all'),
    warnings: checks.filter((c) => c.outcome === 'warn').map((c) => presentCheck(c, locale, label)),
  };
}

export async function removeCandidate(
  trx: Trx,
  actor: Actor,
  audit: AuditContext,
  locale: Locale,
  candidateId: string,
  body: RemoveCandidateRequest,
): Promise<PlanView> {
  requireRoleFor(actor, 'planning.prepare');
  const candidate = await q.candidateById(trx, candidateId);
  const plan = candidate ? await q.planById(trx, candidate.plan_id) : undefined;
  if (!candidate || !plan) throw notFound();
  // A reader who may not see a proposed candidate gets the same 404 as for a missing one.
  const access = await assertCanReadPlan(trx, actor, plan);
  if (access === 'approved' && candidate.status === 'proposed') throw notFound();
  const ctx = await preparing(trx, actor, plan.id, body.version);
  if (candidate.status === 'removed') throw notFound();
  const removed = await q.removeCandidate(trx, candidate.id, {
    removed_on: todayInVietnam(),
    removal_kind: ctx.plan.status === 'approved' ? 'review' : 'manual',
    removal_reason: body.reason,
  });
  if (!removed) throw conflict();
  const bumped = await q.bumpPlan(trx, plan.id, ctx.plan.version);
  if (!bumped) throw conflict();
  await recordAudit(trx, audit, [
    {
      action: 'planning.candidate.remove',
      entityType: 'planning_candidate',
      entityId: removed.id,
      personId: removed.person_id,
      unitId: plan.unit_id,
      before: auditCandidate(candidate),
      after: auditCandidate(removed),
    },
  ]);
  return buildPlanView(trx, actor, locale, { ...ctx, plan: bumped }, 'all');
}
