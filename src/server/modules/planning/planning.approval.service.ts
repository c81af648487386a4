// The standing committee's approval of a plan (a decision with number and date; nobody approves a plan
// that names them) and the nomination ballots the organising body records (rounds, counts, the
// threshold reached — computed by the domain's tallyBallot).
import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { todayInVietnam } from '../../../domain/dates.js';
import { validateBallotRound } from '../../../domain/planning/index.js';
import type { ApprovePlanRequest, PlanView, RecordBallotRequest } from '../../../contracts/planning.js';
import type { DB } from '../../db/schema.js';
import { AppError, conflict, fieldError, invalid, notFound, ownWork } from '../../errors.js';
import type { Actor, AuditContext } from '../../http/context.js';
import type { Locale } from '../../i18n.js';
import { recordAudit } from '../audit/index.js';
import { assertCanApprove, assertCanPrepare, requireRoleFor } from './planning.policy.js';
import * as q from './planning.queries.js';
import { buildPlanView, loadPlanContext } from './planning.view.js';

type Trx = Transaction<DB>;

/** Quy định 366-QĐ/TW, Điều 12–13 and Quy định 377-QĐ/TW: who may not approve their own inclusion. */
export const OWN_PLANNING_RULE = 'Quy định 366-QĐ/TW, Điều 12–13; Quy định 377-QĐ/TW';

export async function approvePlan(
  trx: Trx,
  actor: Actor,
  audit: AuditContext,
  locale: Locale,
  planId: string,
  body: ApprovePlanRequest,
): Promise<PlanView> {
  requireRoleFor(actor, 'planning.approve');
  const plan = await q.planById(trx, planId, true);
  if (!plan) throw notFound();
  await assertCanApprove(trx, actor, plan);
  if (plan.version !== body.version) throw conflict();
  const today = todayInVietnam();
  if (body.decisionDate > today) throw fieldError('decisionDate', 'planning.approve.future');
  const active = await q.candidatesAsOf(trx, plan.id, today);
  if (actor.personId !== null && active.some((c) => c.person_id === actor.personId)) throw ownWork('own_work.planning', OWN_PLANNING_RULE);
  const proposed = active.filter((c) => c.status === 'proposed');
  if (proposed.length === 0) throw new AppError(400, 'planning.approve.nothing');
  const latest = proposed.map((c) => c.added_on).sort()[proposed.length - 1];
  if (body.decisionDate < latest) throw fieldError('decisionDate', 'planning.approve.before_proposal', { date: latest });
  const approval = await q.insertApproval(trx, {
    id: randomUUID(),
    plan_id: plan.id,
    decision_ref: body.decisionRef,
    decision_date: body.decisionDate,
    approved_by: actor.accountId,
    candidates: proposed.length,
  });
  const approved = await q.approveProposed(trx, plan.id, approval.id, body.decisionDate);
  const bumped = await q.bumpPlan(trx, plan.id, plan.version, 'approved');
  if (!bumped) throw conflict();
  await recordAudit(trx, audit, [
    {
      action: 'planning.approve',
      entityType: 'planning_plan',
      entityId: plan.id,
      unitId: plan.unit_id,
      before: { status: plan.status },
      after: {
        status: 'approved',
        decisionRef: body.decisionRef,
        decisionDate: body.decisionDate,
        candidates: approved.map((c) => ({ id: c.id, personId: c.person_id, postCode: c.post_code, targetLevel: c.target_level })),
      },
    },
  ]);
  return buildPlanView(trx, actor, locale, await loadPlanContext(trx, bumped), 'all');
}

export async function recordBallot(
  trx: Trx,
  actor: Actor,
  audit: AuditContext,
  locale: Locale,
  planId: string,
  body: RecordBallotRequest,
): Promise<PlanView> {
  requireRoleFor(actor, 'planning.prepare');
  const plan = await q.planById(trx, planId, true);
  if (!plan) throw notFound();
  await assertCanPrepare(trx, actor, plan);
  if (plan.version !== body.version) throw conflict();
  const ctx = await loadPlanContext(trx, plan);
  if (!ctx.posts.some((p) => p.row.code === body.postCode))
    throw fieldError('postCode', 'planning.post.not_in_plan', { post: body.postCode });
  if (body.heldOn > todayInVietnam()) throw fieldError('heldOn', 'planning.approve.future');
  const round = { members: body.members, present: body.present, votes: Object.fromEntries(body.votes.map((v) => [v.personId, v.votes])) };
  if (Object.keys(round.votes).length !== body.votes.length) throw fieldError('votes', 'planning.ballot.duplicate_person');
  // The domain names fields by person id; the form's fields are by position.
  const issues = validateBallotRound(round);
  if (issues.length > 0) {
    throw invalid(
      ...issues.map((i) => {
        const m = /^rounds\.0\.votes\.(.+)$/.exec(i.field);
        const field = m ? `votes.${body.votes.findIndex((v) => v.personId === m[1])}.votes` : i.field.replace(/^rounds\.0\./, '');
        return { field, key: `planning.${i.code}`, params: i.params };
      }),
    );
  }
  const active = await q.candidatesAsOf(trx, plan.id, todayInVietnam());
  body.votes.forEach((v, i) => {
    if (!active.some((c) => c.post_code === body.postCode && c.person_id === v.personId)) {
      throw fieldError(`votes.${i}.personId`, 'planning.ballot.not_candidate');
    }
  });
  if (await q.ballotRoundTaken(trx, plan.id, body.postCode, body.round)) {
    throw fieldError('round', 'planning.ballot.round_taken', { round: body.round });
  }
  const row = await q.insertBallot(trx, {
    id: randomUUID(),
    plan_id: plan.id,
    post_code: body.postCode,
    round: body.round,
    held_on: body.heldOn,
    members: body.members,
    present: body.present,
    votes: JSON.stringify(body.votes),
    recorded_by: actor.accountId,
  });
  const bumped = await q.bumpPlan(trx, plan.id, plan.version);
  if (!bumped) throw conflict();
  await recordAudit(trx, audit, [
    {
      action: 'planning.ballot.record',
      entityType: 'planning_plan',
      entityId: plan.id,
      unitId: plan.unit_id,
      after: {
        ballotId: row.id,
        postCode: row.post_code,
        round: row.round,
        heldOn: row.held_on,
        members: row.members,
        present: row.present,
        votes: body.votes,
      },
    },
  ]);
  return buildPlanView(trx, actor, locale, { ...ctx, plan: bumped }, 'all');
}
